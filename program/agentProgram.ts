import * as pulumi from "@pulumi/pulumi";
import { BedrockAgentRole } from "../components/bedrockAgentRole";
import { agentArgsFromConfig } from "./agentConfig";

/** What the stack program exports. */
export interface AgentProgramOutputs {
    component: BedrockAgentRole;
    roleArn: pulumi.Output<string>;
    roleName: pulumi.Output<string>;
    trustPolicy: pulumi.Output<string>;
    identityPolicy: pulumi.Output<string>;
    managedPolicies: pulumi.Output<string[]>;
    keyPolicyStatement: pulumi.Output<string>;
}

/**
 * The stack program: reads the stack's config, checks it, and declares one `BedrockAgentRole`.
 * `pulumi up` runs it through `program/index.ts`; the offline plan runs the very same function on
 * mocks.
 * @param configKeys the project's config keys present in the stack, so unknown ones are refused
 */
export function agentProgram(configKeys?: string[]): AgentProgramOutputs {
    const project = pulumi.getProject();
    const { name, args } = agentArgsFromConfig(new pulumi.Config(), project, configKeys);
    const component = new BedrockAgentRole(name, args);
    return {
        component,
        roleArn: component.roleArn,
        roleName: component.roleName,
        trustPolicy: component.trustPolicy,
        identityPolicy: component.identityPolicy,
        managedPolicies: component.managedPolicies,
        keyPolicyStatement: component.keyPolicyStatement,
    };
}
