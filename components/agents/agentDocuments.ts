import type { BedrockAgentRoleArgs } from "./bedrockAgentRoleArgs";
import { AGENT_CAPABILITIES } from "./capabilities";
import { ArgumentError } from "../iam/argumentError";
import { CapabilityGrants, isPending, Lookup, LookupAnswers, PlannedArgs } from "../grants/grant";
import type { KeyPolicyGrant } from "../grants/keys";
import type { CrossRegionProfile } from "../grants/profileDestinations";
import type { ComponentShape } from "./componentShape";
import { agentGrantContext, anyAgentArn } from "./agentContext";
import { agentKey } from "./capabilities/agentKey";
import type { ArnScope, AwsEnvironment } from "../iam/awsEnvironment";
import { MANAGED_POLICY_NAME_MAX } from "../iam/limits";
import {
    IdentityStatement,
    mergeStatementsBySid,
    PolicyDocument,
    policyDocument,
    ResourceStatement,
    TrustStatement,
} from "../iam/policyDocument";
import { ManagedPolicy, packPolicies } from "../iam/policyPacking";
import type { LambdaPermissionGrant } from "../grants/lambdaFunctions";
import { fitName, RoleNameSource } from "../iam/names";
import { checkTrustPolicy, quotaLimits } from "../iam/quotas";
import { roleArn } from "../iam/roleIdentity";
import { RoleSettings, roleSettings } from "../iam/roleSettings";
import { trustPolicy } from "../grants/trustPolicy";

/** Name of the inline identity policy on the role. @internal */
export const INLINE_POLICY_NAME = "BedrockAgentPermissions";

/** Id of the trust policy's statement. */
const TRUST_STATEMENT_ID = "AllowBedrockAgentsToAssumeRole";

/** The statements one KMS key's policy needs: handed to its owner, never written by the package. */
export interface KeyPolicyStatements {
    /** The key's ARN. */
    keyArn: string;
    /** The key's id. */
    keyId: string;
    /** The statements to add to its key policy. */
    statements: ResourceStatement[];
}

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
export interface AgentDocuments {
    /** Partition, account and region of the agent. */
    environment: AwsEnvironment;
    /** The role's name. */
    roleName: string;
    /** The role's ARN. */
    roleArn: string;
    /** The existing role the policies are attached to, as given; absent when the component creates the role. */
    existingRole?: string;
    /**
     * ARNs of the agents the trust policy admits (`agentIds`), in order; empty when it admits every
     * agent of the account and region.
     */
    admittedAgents: string[];
    /** The role's own settings. */
    role: RoleSettings;
    /** The role's trust policy: written on the role, or, for an existing role, what it should be. */
    trustPolicy: PolicyDocument<TrustStatement>;
    /** Name of the inline identity policy. */
    inlinePolicyName: string;
    /** The identity policy written inline on the role. */
    inlinePolicy: PolicyDocument<IdentityStatement>;
    /** Identity policy statements that did not fit inline, as customer-managed policies. */
    managedPolicies: ManagedPolicy[];
    /** Who may invoke each Lambda permission's function, in slot order. */
    lambdaPermissions: LambdaPermissionGrant[];
    /** Statement to add to the agent's KMS key policy, when a key is used. */
    keyPolicyStatement?: ResourceStatement;
    /** The statements each KMS key's policy needs, by key. */
    keyPolicies: KeyPolicyStatements[];
    /** The identity policy the principals that invoke the agent need; absent when they need nothing of the role's args. */
    callerPolicy?: PolicyDocument<IdentityStatement>;
    /** The inference and guardrail profiles granted: what each routes to, and where that came from. */
    crossRegionProfiles: CrossRegionProfile[];
    /** What is valid but worth a person's attention. */
    warnings: string[];
}

function uniqueProfiles(profiles: CrossRegionProfile[]): CrossRegionProfile[] {
    const byArn = new Map(profiles.map((p) => [p.profileArn, p]));
    return [...byArn.values()].sort((a, b) => (a.profileArn < b.profileArn ? -1 : 1));
}

function byKey(grants: KeyPolicyGrant[]): KeyPolicyStatements[] {
    const keys = new Map<string, KeyPolicyStatements>();
    for (const { key, statement } of grants) {
        const entry = keys.get(key.arn) ?? { keyArn: key.arn, keyId: key.id, statements: [] };
        entry.statements.push(statement);
        keys.set(key.arn, entry);
    }
    return [...keys.values()].sort((a, b) => (a.keyArn < b.keyArn ? -1 : 1));
}

/** The role's ARN as the capabilities name it, from the args and what AWS says of an existing role. */
function roleArnIn(request: DocumentsRequest): (scope: ArnScope) => string {
    const path = typeof request.args.path === "string" ? request.args.path : "/";
    return (scope) => roleArn(request.shape.role, path, scope, request.existingRole?.arn);
}

/** Refuses a statement id the user chose that another capability's statement already has. */
function checkUserSids(grants: CapabilityGrants[]): void {
    for (const { userSids } of grants) {
        const taken = grants
            .filter((g) => g.userSids !== userSids)
            .flatMap((g) => [...g.identity, ...(g.callers ?? [])].map((s) => s.Sid));
        const clash = Object.keys(userSids ?? {}).find((sid) => taken.includes(sid));
        if (clash && userSids) {
            throw new ArgumentError(
                userSids[clash],
                `"${clash}" is the id of a statement the component writes`,
                "another id, such as ReadOrdersTable",
            );
        }
    }
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
    checkTrustPolicy(trust, limits);
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
            checkUserSids(grants);
            // Agents of lambdaAgentIds are admitted once they resolve (admitLambdaAgents), never before.
            const arnOfAgent = new Map(
                shape.lambdaAgents.length > 0
                    ? []
                    : shape.agents.map((agent) => [agent.key, agentArns[agent.index]]),
            );
            // IAM is global, but a Lambda permission is made in a region: the agent's, not the provider's.
            const region =
                request.provider.region !== scope.environment.region ? scope.environment.region : undefined;
            const statementArguments = Object.assign({}, ...grants.map((g) => g.statementArguments ?? {}));
            const packed = packPolicies(
                mergeStatementsBySid(grants.flatMap((g) => g.identity)),
                limits,
                scope.environment,
                (sid) => statementArguments[sid] ?? "args",
            );
            const keyPolicyStatement = grantsOf.get(agentKey)?.keyPolicy[0]?.statement;
            const callers = mergeStatementsBySid(grants.flatMap((g) => g.callers ?? []));
            const name = shape.role.name;
            const existing = shape.role.existing;
            return {
                environment: scope.environment,
                roleName: name,
                roleArn: context.roleArn,
                ...(existing ? { existingRole: existing.given } : {}),
                admittedAgents: context.sourceIds.length > 0 ? context.sourceArns : [],
                role,
                trustPolicy: trust,
                inlinePolicyName: INLINE_POLICY_NAME,
                inlinePolicy: packed.inline,
                managedPolicies: packed.managed.map((part) => ({
                    ...part,
                    name: fitName(`${name}-${part.key}`, MANAGED_POLICY_NAME_MAX.value),
                })),
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
                keyPolicies: byKey(grants.flatMap((g) => g.keyPolicy)),
                ...(callers.length > 0 ? { callerPolicy: policyDocument(callers) } : {}),
                crossRegionProfiles: uniqueProfiles(grants.flatMap((g) => g.crossRegionProfiles ?? [])),
                warnings: grants.flatMap((g) => g.warnings ?? []),
            };
        },
    };
}

/** The scope of a plan's documents: their environment, fully known. @internal */
export function documentsScope(documents: AgentDocuments): ArnScope {
    return { environment: documents.environment };
}
