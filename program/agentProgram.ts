import * as pulumi from "@pulumi/pulumi";
import { BedrockAgentRole } from "../components/bedrockAgentRole";
import { nameArgumentsAs } from "../components/planObservers";
import { agentArgsFromConfig, inConfigTerms } from "./agentConfig";

/** What the stack program exports. */
export interface AgentProgramOutputs {
    component: BedrockAgentRole;
    roleArn: pulumi.Output<string>;
    roleName: pulumi.Output<string>;
    trustPolicy: pulumi.Output<string>;
    identityPolicy: pulumi.Output<string>;
    managedPolicies: pulumi.Output<string[]>;
    keyPolicyStatement: pulumi.Output<string>;
    keyPolicyStatements: pulumi.Output<{ [keyArn: string]: string }>;
    callerPolicy: pulumi.Output<string>;
    foundationModel: pulumi.Output<string>;
}

/**
 * The stack program: reads the stack's config, checks it, and declares one `BedrockAgentRole`.
 * `pulumi up` runs it through `program/index.ts`; the offline plan runs the very same function on
 * mocks.
 */
export function agentProgram(): AgentProgramOutputs {
    const project = pulumi.getProject();
    const prefix = `${project}:`;
    const presentKeys = Object.keys(pulumi.runtime.allConfig())
        .filter((key) => key.startsWith(prefix))
        .map((key) => key.slice(prefix.length));
    nameArgumentsAs((error) => inConfigTerms(error, project));
    const { name, args } = agentArgsFromConfig(new pulumi.Config(), project, presentKeys);
    let component: BedrockAgentRole;
    try {
        component = new BedrockAgentRole(name, args);
    } catch (error) {
        throw inConfigTerms(error, project);
    }
    return {
        component,
        roleArn: component.roleArn,
        roleName: component.roleName,
        trustPolicy: component.trustPolicy,
        identityPolicy: component.identityPolicy,
        managedPolicies: component.managedPolicies,
        keyPolicyStatement: component.keyPolicyStatement,
        keyPolicyStatements: component.keyPolicyStatements,
        callerPolicy: component.callerPolicy,
        foundationModel: component.foundationModel,
    };
}
