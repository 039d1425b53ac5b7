// What a stack exports of the component its config declares: the role, its documents, and what
// the kind adds (an agent's callers' policy and model, an AgentCore resource's checked name).
import type * as pulumi from "@pulumi/pulumi";
import type { AgentCoreKindEntry } from "../components/agentcore/agentCoreKinds";
import type { BedrockAgentRole } from "../components/agents/bedrockAgentRole";

/** What a stack exports of an agent's role: its role, documents and model. */
export function agentOutputs(component: BedrockAgentRole) {
    return {
        roleArn: component.roleArn,
        roleName: component.roleName,
        trustPolicy: component.trustPolicy,
        identityPolicy: component.identityPolicy,
        managedPolicies: component.managedPolicies,
        keyPolicyStatement: component.keyPolicyStatement,
        keyPolicyStatements: component.keyPolicyStatements,
        callerPolicy: component.callerPolicy,
        deployerStatements: component.deployerStatements,
        foundationModel: component.foundationModel,
    };
}

/**
 * What a stack exports of an AgentCore role: its role and documents, the resource's name as
 * checked (`runtimeName`, ...), for the resource to take, the deployer's statements, and the
 * callers', resource-based and log destinations' policies where the kind has them.
 */
export function agentCoreOutputs<Args>(
    entry: AgentCoreKindEntry<Args>,
    component: object,
): Record<string, pulumi.Output<unknown>> {
    const names = [
        "roleArn",
        "roleName",
        "trustPolicy",
        "identityPolicy",
        "managedPolicies",
        "keyPolicyStatements",
        entry.nameArgument,
        "deployerStatements",
        ...(entry.callerOutput ? ["callerPolicy"] : []),
        ...(entry.resourcePolicyOutput ? ["resourcePolicy"] : []),
        ...(entry.deliveryOutput ? ["deliveryPolicies"] : []),
    ];
    const outputs = component as Record<string, pulumi.Output<unknown>>;
    return Object.fromEntries(names.map((name) => [name, outputs[name]]));
}
