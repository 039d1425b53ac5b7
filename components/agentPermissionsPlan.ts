import type * as pulumi from "@pulumi/pulumi";
import type { BedrockAgentRoleArgs } from "./bedrockAgentRoleArgs";
import { AGENT_CAPABILITIES } from "./capabilities";
import {
    InvokedFunction,
    Lookup,
    LookupAnswers,
    PlannedArgs,
    withoutFunctions,
} from "./capabilities/capability";
import type { CrossRegionProfile } from "./capabilities/profileDestinations";
import { ComponentShape, componentShape } from "./componentShape";
import { agentGrantContext, anyAgentArn } from "./confusedDeputy";
import { agentEnvironment, ArnScope, AwsEnvironment, environmentArgs } from "./iam/awsEnvironment";
import {
    IdentityStatement,
    mergeStatementsBySid,
    PolicyDocument,
    ResourceStatement,
    TrustStatement,
} from "./iam/policyDocument";
import { MANAGED_POLICY_NAME_MAX } from "./iam/limits";
import { ManagedPolicyPart, packPolicies } from "./iam/policyPacking";
import {
    checkLambdaPolicySizes,
    LambdaFunctionTarget,
    lambdaFunctionTarget,
    LambdaPermissionGrant,
    LambdaPermissionSpec,
    lambdaPolicyWarnings,
} from "./lambdaPermissions";
import { fitName, RoleNameSource } from "./names";
import { checkTrustPolicy, quotaLimits } from "./quotas";
import { RoleSettings, roleSettings } from "./roleSettings";
import { trustPolicy } from "./trustPolicy";

/** Name of the inline identity policy on the role. @internal */
export const INLINE_POLICY_NAME = "BedrockAgentPermissions";

/** A customer-managed policy of the role, with its name. */
export interface ManagedPolicy extends ManagedPolicyPart {
    /** The policy's name: the role's name and the part's key, within IAM's limit. */
    name: string;
}

/** A managed policy's key and name: what the component declares for it. @internal */
export type ManagedPolicyName = Pick<ManagedPolicy, "key" | "name">;

/** What the documents are planned from. @internal */
export interface DocumentsRequest {
    /** The args, resolved, without Lambda functions. */
    args: PlannedArgs<BedrockAgentRoleArgs>;
    /** The provider's partition, account and region; `undefined` while not known. */
    provider?: AwsEnvironment;
    /** Project, stack and component name, from which the default role name is derived. */
    source: RoleNameSource;
    /** The component's shape: its role name, Lambda permission slots and agents' keys. */
    shape: Pick<ComponentShape, "roleName" | "slots" | "agents">;
    /** The managed policies the component declared before the args resolved, when it could. */
    declaredManagedPolicies?: ManagedPolicyName[];
    /** How the capabilities' lookups are answered. */
    lookups: LookupAnswers;
}

/** Every document and name the component writes, Lambda functions aside. */
export interface AgentDocuments {
    /** Partition, account and region of the agent. */
    environment: AwsEnvironment;
    /** The role's name. */
    roleName: string;
    /** The role's own settings. */
    role: RoleSettings;
    /** The role's trust policy. */
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
    /** The inference profiles granted: the models each routes to, and where that came from. */
    crossRegionProfiles: CrossRegionProfile[];
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
    const { context, agentArns } = agentGrantContext(args, request.provider);
    const scope: ArnScope = context;
    const arnOfAgent = new Map(shape.agents.map((agent) => [agent.key, agentArns[agent.index]]));
    // IAM is global, but a Lambda permission is made in a region: the agent's, not the provider's.
    const region =
        request.provider && request.provider.region !== scope.environment.region
            ? scope.environment.region
            : undefined;
    const grants = AGENT_CAPABILITIES.map((capability) => capability.grant(args, context, request.lookups));
    const limits = quotaLimits(args.quotas);
    const trust = trustPolicy(context);
    checkTrustPolicy(trust, limits);
    const packed = packPolicies(
        mergeStatementsBySid(grants.flatMap((g) => g.identity)),
        limits,
        scope.environment,
    );
    const [keyPolicyStatement] = grants.flatMap((g) => g.keyPolicy);
    const name = shape.roleName;
    const managedPolicies = packed.managed.map((part) => ({
        ...part,
        name: fitName(`${name}-${part.key}`, MANAGED_POLICY_NAME_MAX.value),
    }));
    checkDeclaredLayout(managedPolicies, request.declaredManagedPolicies);
    return {
        environment: scope.environment,
        roleName: name,
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
                slot.agentKey === undefined ? anyAgentArn(scope) : (arnOfAgent.get(slot.agentKey) as string),
        })),
        ...(keyPolicyStatement ? { keyPolicyStatement } : {}),
        crossRegionProfiles: uniqueProfiles(grants.flatMap((g) => g.crossRegionProfiles ?? [])),
    };
}

function uniqueProfiles(profiles: CrossRegionProfile[]): CrossRegionProfile[] {
    const byArn = new Map(profiles.map((p) => [p.profileArn, p]));
    return [...byArn.values()].sort((a, b) => (a.profileArn < b.profileArn ? -1 : 1));
}

/**
 * What the provider must be asked before the documents can be planned, such as the destinations
 * of the inference profiles the args name.
 * @throws ArgumentError for an invalid argument those questions depend on
 * @internal
 */
export function lookupsOf(args: PlannedArgs<BedrockAgentRoleArgs>, provider?: AwsEnvironment): Lookup[] {
    const { context } = agentGrantContext(args, provider);
    return AGENT_CAPABILITIES.flatMap((capability) => capability.lookups?.(args, context) ?? []);
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

/** The scope of a plan's documents: their environment, fully known. @internal */
export function documentsScope(documents: AgentDocuments): ArnScope {
    return { environment: documents.environment, unknownFields: [] };
}

/** Everything the component creates, as plain data: the single source of truth for what is granted. */
export interface AgentPermissionsPlan extends Omit<AgentDocuments, "lambdaPermissions"> {
    /** One permission per Lambda function and admitted agent. */
    lambdaPermissions: LambdaPermissionSpec[];
    /** Things that are valid but worth a person's attention, such as a quota nearly reached. */
    warnings: string[];
}

function specsOf(
    documents: AgentDocuments,
    targets: Record<string, LambdaFunctionTarget>,
): LambdaPermissionSpec[] {
    return documents.lambdaPermissions
        .filter((grant) => grant.functionKey in targets)
        .map((grant) => ({ ...grant, ...targets[grant.functionKey] }));
}

/**
 * Checks functions against the documents' environment, and the resource-based policies their
 * permissions would write against Lambda's limit.
 * @param values each function's resolved value, in the order of `functions`
 * @returns each function's target, by function key
 * @throws ArgumentError naming the function's argument
 * @internal
 */
export function checkFunctions(
    documents: AgentDocuments,
    functions: InvokedFunction[],
    values: unknown[],
): Record<string, LambdaFunctionTarget> {
    const scope = documentsScope(documents);
    const targets = Object.fromEntries(
        functions.map((fn, i) => [fn.key, lambdaFunctionTarget(fn.argument, values[i], scope)]),
    );
    const argumentOf = new Map(functions.map((fn) => [fn.key, fn.argument]));
    checkLambdaPolicySizes(specsOf(documents, targets), (key) => argumentOf.get(key) as string);
    return targets;
}

/**
 * Joins the documents and every checked function into the whole plan.
 * @param targets each function's target, by function key
 * @internal
 */
export function completePlan(
    documents: AgentDocuments,
    targets: Record<string, LambdaFunctionTarget>,
): AgentPermissionsPlan {
    const lambdaPermissions = specsOf(documents, targets);
    return { ...documents, lambdaPermissions, warnings: lambdaPolicyWarnings(lambdaPermissions) };
}

/** What {@link planAgentPermissions} computes a plan from. */
export interface PlanRequest {
    /** The component's args, every value plain. */
    args: pulumi.Unwrap<BedrockAgentRoleArgs>;
    /** Partition, account and region of the provider that creates the role. */
    provider: AwsEnvironment;
    /** Project, stack and component name, from which the default role name is derived. */
    source: RoleNameSource;
}

/**
 * Validates plain args and computes every document, name and permission a `BedrockAgentRole`
 * with these args creates: what a reviewer or a test reads. Pure: the same request gives the same
 * plan, whatever the order of its lists.
 * @throws ArgumentError for the first invalid argument, or a quota the plan would exceed
 */
export function planAgentPermissions(request: PlanRequest): AgentPermissionsPlan {
    const shape = componentShape(request.args, request.source);
    const documents = planAgentDocuments({
        ...request,
        args: withoutFunctions(request.args),
        shape,
        lookups: { from: "table" },
    });
    const values = shape.functions.map((fn) => fn.value);
    return completePlan(documents, checkFunctions(documents, shape.functions, values));
}

/**
 * Checks everything about plain args that does not depend on the provider's partition, account
 * and region: every id and ARN's form, names, settings and quota values. The component runs it as
 * it is constructed, when all args are plain values, so such mistakes throw before anything is
 * declared; the plan checks the rest once the environment is known. It returns the managed
 * policies the role needs, whose layout does not depend on the environment, unless statements
 * still wait for the provider's answers (inference profile destinations).
 * @throws ArgumentError for the first invalid argument
 * @internal
 */
export function checkArgumentForms(
    args: pulumi.Unwrap<BedrockAgentRoleArgs>,
    source: RoleNameSource,
    shape: ComponentShape,
): ManagedPolicyName[] | undefined {
    const planned = withoutFunctions(args);
    const documents = planAgentDocuments({ args: planned, source, shape, lookups: { from: "none" } });
    const scope = agentEnvironment(environmentArgs(args));
    shape.functions.forEach((fn) => lambdaFunctionTarget(fn.argument, fn.value, scope));
    return lookupsOf(planned).length > 0
        ? undefined
        : documents.managedPolicies.map(({ key, name }) => ({ key, name }));
}
