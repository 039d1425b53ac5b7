import type { BedrockAgentRoleArgs } from "./bedrockAgentRoleArgs";
import { AGENT_CAPABILITIES } from "./capabilities";
import { ArgumentError } from "../iam/argumentError";
import type { CapabilityGrants, Lookup, LookupAnswers, PlannedArgs } from "../grants/grant";
import type { CrossRegionProfile } from "../grants/profileDestinations";
import type { ComponentShape } from "./componentShape";
import { agentGrantContext, anyAgentArn } from "./agentContext";
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
import { ManagedPolicyPart, packPolicies } from "../iam/policyPacking";
import type { LambdaPermissionGrant } from "../grants/lambdaFunctions";
import { fitName, RoleNameSource } from "../iam/names";
import { checkTrustPolicy, quotaLimits } from "../iam/quotas";
import { roleArn } from "../iam/roleIdentity";
import { RoleSettings, roleSettings } from "../iam/roleSettings";
import { trustPolicy } from "../grants/trustPolicy";

/** Name of the inline identity policy on the role. @internal */
export const INLINE_POLICY_NAME = "BedrockAgentPermissions";

/** A customer-managed policy of the role, with its name. */
export interface ManagedPolicy extends ManagedPolicyPart {
    /** The policy's name: the role's name and the part's key, within IAM's limit. */
    name: string;
}

/** A managed policy's key and name: what the component declares for it. @internal */
export type ManagedPolicyName = Pick<ManagedPolicy, "key" | "name">;

/** The statements one KMS key's policy needs: handed to its owner, never written by the package. */
export interface KeyPolicyStatements {
    /** The key's ARN. */
    keyArn: string;
    /** The statements to add to its key policy. */
    statements: ResourceStatement[];
}

/** What the documents are planned from. @internal */
export interface DocumentsRequest {
    /** The args, resolved, without Lambda functions. */
    args: PlannedArgs<BedrockAgentRoleArgs>;
    /** The provider's partition, account and region; `undefined` while not known. */
    provider?: AwsEnvironment;
    /** Project, stack and component name, from which the default role name is derived. */
    source: RoleNameSource;
    /** The component's shape: its role, Lambda permission slots and agents' keys. */
    shape: Pick<ComponentShape, "role" | "slots" | "agents" | "lambdaAgents">;
    /** The managed policies the component declared before the args resolved, when it could. */
    declaredManagedPolicies?: ManagedPolicyName[];
    /** How the capabilities' lookups are answered. */
    lookups: LookupAnswers;
    /** What AWS says of an existing role: its ARN, where it could be read. */
    existingRole?: { arn?: string };
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

function byKey(statements: ResourceStatement[]): KeyPolicyStatements[] {
    const keys = new Map<string, ResourceStatement[]>();
    for (const s of statements) {
        for (const key of s.Resource) {
            keys.set(key, [...(keys.get(key) ?? []), s]);
        }
    }
    return [...keys]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([keyArn, list]) => ({ keyArn, statements: list }));
}

/** The role's ARN as the capabilities name it, from the args and what AWS says of an existing role. */
function roleArnIn(request: DocumentsRequest): (scope: ArnScope) => string {
    const path = typeof request.args.path === "string" ? request.args.path : "/";
    return (scope) => roleArn(request.shape.role, path, scope, request.existingRole?.arn);
}

/**
 * What the provider must be asked before the documents can be planned, such as the destinations
 * of the inference profiles the args name.
 * @throws ArgumentError for an invalid argument those questions depend on
 * @internal
 */
export function lookupsOf(
    args: PlannedArgs<BedrockAgentRoleArgs>,
    shape: Pick<ComponentShape, "role">,
    provider?: AwsEnvironment,
): Lookup[] {
    const { context } = agentGrantContext(args, provider, (scope) => roleArn(shape.role, "/", scope));
    return AGENT_CAPABILITIES.flatMap((capability) => capability.lookups?.(args, context) ?? []);
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
 * The layout is counted the same in every environment, so the managed policies declared as the
 * component was constructed are those the plan needs; only a resource that two forms name (an
 * id, and an ARN that matches the environment only once it is known) can make them differ.
 */
function checkDeclaredLayout(planned: ManagedPolicyName[], declared: ManagedPolicyName[] | undefined): void {
    const keys = (parts: ManagedPolicyName[]) => parts.map((p) => p.key).join(", ") || "none";
    if (declared && keys(declared) !== keys(planned)) {
        throw new Error(
            `the managed policies declared as the component was constructed (${keys(declared)}) differ from those ` +
                `its documents need in the provider's environment (${keys(planned)}): name each resource once`,
        );
    }
}

/**
 * Validates resolved args and computes every document, name and Lambda permission grant. Its
 * input type has no Lambda function, so no document can depend on one. Pure: the same request
 * gives the same documents, whatever the order of its lists.
 * @throws ArgumentError for the first invalid argument, or a quota the documents would exceed
 * @internal
 */
export function planAgentDocuments(request: DocumentsRequest): AgentDocuments {
    const { args, shape } = request;
    const { context, agentArns } = agentGrantContext(args, request.provider, roleArnIn(request));
    const scope: ArnScope = context;
    // Agents of lambdaAgentIds are admitted once they resolve (admitLambdaAgents), never before.
    const arnOfAgent = new Map(
        shape.lambdaAgents.length > 0 ? [] : shape.agents.map((agent) => [agent.key, agentArns[agent.index]]),
    );
    // IAM is global, but a Lambda permission is made in a region: the agent's, not the provider's.
    const region =
        request.provider && request.provider.region !== scope.environment.region
            ? scope.environment.region
            : undefined;
    const grants = AGENT_CAPABILITIES.map((capability) => capability.grant(args, context, request.lookups));
    checkUserSids(grants);
    const limits = quotaLimits(args.quotas);
    const trust = trustPolicy(context);
    checkTrustPolicy(trust, limits);
    const packed = packPolicies(
        mergeStatementsBySid(grants.flatMap((g) => g.identity)),
        limits,
        scope.environment,
    );
    const keyStatements = grants.flatMap((g) => g.keyPolicy);
    const keyPolicyStatement = keyStatements.find((s) => s.Sid === "AllowBedrockAgentsToUseKey");
    const callers = mergeStatementsBySid(grants.flatMap((g) => g.callers ?? []));
    const name = shape.role.name;
    const managedPolicies = packed.managed.map((part) => ({
        ...part,
        name: fitName(`${name}-${part.key}`, MANAGED_POLICY_NAME_MAX.value),
    }));
    checkDeclaredLayout(managedPolicies, request.declaredManagedPolicies);
    const existing = shape.role.existing;
    return {
        environment: scope.environment,
        roleName: name,
        roleArn: context.roleArn,
        ...(existing ? { existingRole: existing.given } : {}),
        role: roleSettings(args, scope),
        trustPolicy: trust,
        inlinePolicyName: INLINE_POLICY_NAME,
        inlinePolicy: packed.inline,
        managedPolicies,
        lambdaPermissions: shape.slots.map((slot) => ({
            ...slot,
            ...(region ? { region } : {}),
            sourceAccount: scope.environment.account,
            sourceArn:
                slot.agentKey === undefined ? anyAgentArn(scope) : (arnOfAgent.get(slot.agentKey) ?? ""),
        })),
        ...(keyPolicyStatement ? { keyPolicyStatement } : {}),
        keyPolicies: byKey(keyStatements),
        ...(callers.length > 0 ? { callerPolicy: policyDocument(callers) } : {}),
        crossRegionProfiles: uniqueProfiles(grants.flatMap((g) => g.crossRegionProfiles ?? [])),
        warnings: [],
    };
}

/** The scope of a plan's documents: their environment, fully known. @internal */
export function documentsScope(documents: AgentDocuments): ArnScope {
    return { environment: documents.environment, unknownFields: [] };
}
