import * as pulumi from "@pulumi/pulumi";
import { BedrockAgentRole } from "../components/agents/bedrockAgentRole";
import type { ArgumentError } from "../components/iam/argumentError";
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

/** A `BedrockAgentRole` whose errors name the stack's config keys, which set its args. */
class ConfiguredAgentRole extends BedrockAgentRole {
    protected override argumentErrorFor(error: ArgumentError): ArgumentError {
        return inConfigTerms(error, pulumi.getProject()) as ArgumentError;
    }
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
    const { name, args } = agentArgsFromConfig(new pulumi.Config(), project, presentKeys);
    let component: BedrockAgentRole;
    try {
        component = new ConfiguredAgentRole(name, args);
    } catch (error) {
        throw inConfigTerms(error, project);
    }
    return { component, ...componentOutputs(component) };
}
