import type { BedrockAgentRoleArgs } from "./bedrockAgentRoleArgs";
import { AGENT_CAPABILITIES } from "./capabilities";
import { isPending, Lookup, LookupAnswers, PlannedArgs } from "../grants/grant";
import type { ComponentShape } from "./componentShape";
import { agentGrantContext, anyAgentArn } from "./agentContext";
import { agentKey } from "./capabilities/agentKey";
import type { ArnScope, AwsEnvironment } from "../iam/awsEnvironment";
import {
    IdentityStatement,
    mergeStatementsBySid,
    PolicyDocument,
    policyDocument,
    ResourceStatement,
} from "../iam/policyDocument";
import type { LambdaPermissionGrant } from "../grants/lambdaFunctions";
import type { RoleNameSource } from "../iam/names";
import { checkTrustPolicy, quotaLimits } from "../iam/quotas";
import { roleArn } from "../iam/roleIdentity";
import { roleSettings } from "../iam/roleSettings";
import { trustPolicy } from "../grants/trustPolicy";
import { RolePlan, roleDocuments } from "../grants/roleDocuments";

/** Name of the inline identity policy on the role. @internal */
export const INLINE_POLICY_NAME = "BedrockAgentPermissions";

/** Id of the trust policy's statement. */
const TRUST_STATEMENT_ID = "AllowBedrockAgentsToAssumeRole";

/** What the documents are planned from. @internal */
export interface DocumentsRequest {
    /** The args, resolved, without their late values. */
    args: PlannedArgs<BedrockAgentRoleArgs>;
    /** The provider's partition, account and region. */
    provider: AwsEnvironment;
    /** Project, stack and component name, from which the default role name is derived. */
    source: RoleNameSource;
    /** The component's shape: its role, Lambda permission slots and agents' keys. */
    shape: Pick<ComponentShape, "role" | "slots" | "agents" | "lambdaAgents">;
    /** What AWS says of an existing role: its ARN, where it could be read. */
    existingRole?: { arn?: string };
}

/**
 * The documents once every argument is checked and every capability has granted what it can:
 * what the provider must still be asked, and how the documents are finished from its answers.
 * @internal
 */
export interface DraftDocuments {
    /** What the provider must be asked (inference profiles' destinations); often nothing. */
    lookups: Lookup[];
    /**
     * The documents, from the provider's answers to `lookups`.
     * @throws ArgumentError for an invalid answer, or a quota the documents would exceed
     */
    finish(answers: LookupAnswers): AgentDocuments;
}

/** Every document and name the component writes, Lambda functions aside. */
export interface AgentDocuments extends RolePlan {
    /**
     * ARNs of the agents the trust policy admits (`agentIds`), in order; empty when it admits every
     * agent of the account and region.
     */
    admittedAgents: string[];
    /** Who may invoke each Lambda permission's function, in slot order. */
    lambdaPermissions: LambdaPermissionGrant[];
    /** Statement to add to the agent's KMS key policy, when a key is used. */
    keyPolicyStatement?: ResourceStatement;
    /** The identity policy the principals that invoke the agent need; absent when they need nothing of the role's args. */
    callerPolicy?: PolicyDocument<IdentityStatement>;
}

/** The role's ARN as the capabilities name it, from the args and what AWS says of an existing role. */
function roleArnIn(request: DocumentsRequest): (scope: ArnScope) => string {
    const path = typeof request.args.path === "string" ? request.args.path : "/";
    return (scope) => roleArn(request.shape.role, path, scope, request.existingRole?.arn);
}

/**
 * Checks resolved args and computes every document, name and Lambda permission grant: each
 * capability grants once, and those that need the provider's answers say what to ask. Its input
 * type has no late value, so no document can depend on one. Pure: the same request and answers
 * give the same documents, whatever the order of their lists.
 * @throws ArgumentError for the first invalid argument
 * @internal
 */
export function draftAgentDocuments(request: DocumentsRequest): DraftDocuments {
    const { args, shape } = request;
    const { context, agentArns } = agentGrantContext(args, request.provider, roleArnIn(request));
    const scope: ArnScope = context;
    const results = new Map(
        AGENT_CAPABILITIES.map((capability) => [capability, capability.grant(args, context)]),
    );
    const limits = quotaLimits(args.quotas);
    const trust = trustPolicy(context, TRUST_STATEMENT_ID);
    checkTrustPolicy(trust, limits, {
        argument: "agentIds",
        fewer: "pin fewer agents",
        example: '["AGENT12345"]',
    });
    const role = roleSettings(args, scope);
    return {
        lookups: [...results.values()].flatMap((result) => (isPending(result) ? result.lookups : [])),
        finish(answers) {
            const grantsOf = new Map(
                [...results].map(([capability, result]) => [
                    capability,
                    isPending(result) ? result.grant(answers) : result,
                ]),
            );
            const grants = [...grantsOf.values()];
            const name = shape.role.name;
            const documents = roleDocuments(grants, {
                scope,
                limits,
                roleName: name,
                inlinePolicyName: INLINE_POLICY_NAME,
            });
            // Agents of lambdaAgentIds are admitted once they resolve (admitLambdaAgents), never before.
            const arnOfAgent = new Map(
                shape.lambdaAgents.length > 0
                    ? []
                    : shape.agents.map((agent) => [agent.key, agentArns[agent.index]]),
            );
            // IAM is global, but a Lambda permission is made in a region: the agent's, not the provider's.
            const region =
                request.provider.region !== scope.environment.region ? scope.environment.region : undefined;
            const keyPolicyStatement = grantsOf.get(agentKey)?.keyPolicy[0]?.statement;
            const callers = mergeStatementsBySid(grants.flatMap((g) => g.callers ?? []));
            const existing = shape.role.existing;
            return {
                environment: scope.environment,
                roleName: name,
                roleArn: context.roleArn,
                ...(existing ? { existingRole: existing.given } : {}),
                admittedAgents: context.sourceIds.length > 0 ? context.sourceArns : [],
                role,
                trustPolicy: trust,
                inlinePolicyName: documents.inlinePolicyName,
                inlinePolicy: documents.inlinePolicy,
                managedPolicies: documents.managedPolicies,
                lambdaPermissions: shape.slots.map((slot) => ({
                    ...slot,
                    ...(region ? { region } : {}),
                    sourceAccount: scope.environment.account,
                    sourceArn:
                        slot.agentKey === undefined
                            ? anyAgentArn(scope)
                            : (arnOfAgent.get(slot.agentKey) ?? ""),
                })),
                ...(keyPolicyStatement ? { keyPolicyStatement } : {}),
                keyPolicies: documents.keyPolicies,
                ...(callers.length > 0 ? { callerPolicy: policyDocument(callers) } : {}),
                crossRegionProfiles: documents.crossRegionProfiles,
                warnings: documents.warnings,
            };
        },
    };
}

/** The scope of a plan's documents: their environment, fully known. @internal */
export function documentsScope(documents: AgentDocuments): ArnScope {
    return { environment: documents.environment };
}
