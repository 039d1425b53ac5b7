import type { BedrockAgentRoleArgs } from "./bedrockAgentRoleArgs";
import { AGENT_CAPABILITIES } from "./capabilities";
import { isPending } from "../grants/grant";
import type { ComponentShape } from "./componentShape";
import { agentGrantContext, anyAgentArn } from "./agentContext";
import { agentKey } from "./capabilities/agentKey";
import type { ArnScope } from "../iam/awsEnvironment";
import type { DraftRequest, DraftRole } from "../roles/roleFamily";
import type { AgentPlanned } from "./lateArguments";
import { AGENT_KIND } from "./agentKind";
import { passRoleStatement } from "../grants/deployer";
import { roleDeployerStatements } from "../grants/roleDeployer";
import { mergeStatementsBySid, policyDocument, ResourceStatement } from "../iam/policyDocument";
import type { LambdaPermissionGrant } from "./lambdaPermissions";
import { checkTrustPolicy, quotaLimits } from "../iam/quotas";
import { roleArn } from "../iam/roleIdentity";
import { roleSettings } from "../iam/roleSettings";
import { trustPolicy } from "../grants/trustPolicy";
import { RolePlan, roleDocuments } from "../grants/roleDocuments";

/** An agent's args as its documents read them: resolved, without their late values. @internal */
export type AgentPlannedArgs = AgentPlanned<BedrockAgentRoleArgs>;

/** What an agent's documents are drafted from. @internal */
export type DocumentsRequest = DraftRequest<
    AgentPlannedArgs,
    Pick<ComponentShape, "role" | "slots" | "agents" | "lambdaAgents">
>;

/** Every document and name the component writes, Lambda functions aside. */
export interface AgentDocuments extends RolePlan {
    /** An agent's role. */
    kind: "agent";
    /**
     * ARNs of the agents the trust policy admits (`agentIds`), in order; empty when it admits every
     * agent of the account and region.
     */
    admittedAgents: string[];
    /** Who may invoke each Lambda permission's function, in slot order. */
    lambdaPermissions: LambdaPermissionGrant[];
    /** Statement to add to the agent's KMS key policy, when a key is used. */
    keyPolicyStatement?: ResourceStatement;
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
export function draftAgentDocuments(request: DocumentsRequest): DraftRole<AgentDocuments> {
    const { args, shape } = request;
    const { context, agentArns } = agentGrantContext(args, request.provider, roleArnIn(request));
    const scope: ArnScope = context;
    const results = new Map(
        AGENT_CAPABILITIES.map((capability) => [capability, capability.grant(args, context)]),
    );
    const limits = quotaLimits(args.quotas);
    const trust = trustPolicy(context, AGENT_KIND.trustStatementId);
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
                inlinePolicyName: AGENT_KIND.inlinePolicyName,
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
                kind: "agent",
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
                deployerStatements: [
                    passRoleStatement(context),
                    ...roleDeployerStatements({
                        scope,
                        roleArn: context.roleArn,
                        existing: existing !== undefined,
                        role,
                        managedPolicies: documents.managedPolicies,
                    }),
                ],
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
