import * as pulumi from "@pulumi/pulumi";
import { BedrockAgentRole } from "../components/agents/bedrockAgentRole";
import { nameArgumentsAs } from "../components/resources/planObservers";
import { agentArgsFromConfig, inConfigTerms } from "./agentConfig";

/** What a stack exports of one component: its role, documents and model. */
export function componentOutputs(component: BedrockAgentRole) {
    return {
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

/** What the stack program returns: the component, and what the stack exports of it. */
export type AgentProgramOutputs = ReturnType<typeof componentOutputs> & { component: BedrockAgentRole };

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
    return { component, ...componentOutputs(component) };
}
