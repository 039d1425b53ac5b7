// The resource-based permissions an agent's Lambda functions need: one per function and admitted
// agent, named stably, measured against Lambda's fixed 20 KB policy limit.
import { ArgumentError } from "../iam/argumentError";
import { LAMBDA_POLICY_MAX, LAMBDA_POLICY_WARNING_SHARE, LAMBDA_STATEMENT_ID_MAX } from "../iam/limits";
import {
    IdentityStatement,
    policyDocument,
    policySize,
    ResourceStatement,
    statement,
} from "../iam/policyDocument";
import { fitName, shortHash } from "../iam/names";
import { INVOKE_FUNCTION, LambdaFunctionTarget } from "../grants/lambdaFunctions";

/** One admitted agent, with the stable key that names its Lambda permissions. @internal */
export interface AgentKey {
    /** Stable key: the agent id when known as the program runs, else its position (`agent-2`). */
    key: string;
    /** Position of the agent in the `agentIds` argument. */
    index: number;
}

/**
 * Keys of the agents named by `agentIds`, one per distinct agent: a plain id (or the id within a
 * plain ARN) keys itself, so reordering the list renames nothing; a value not yet known keys by
 * its position. Returns no keys when no agent is pinned.
 * @param agentIds the ids as given, with `undefined` for values not known yet
 * @internal
 */
export function agentKeys(agentIds: (string | undefined)[]): AgentKey[] {
    const keys = new Map<string, AgentKey>();
    agentIds.forEach((id, index) => {
        const key = id === undefined ? `agent-${index + 1}` : id.slice(id.lastIndexOf("/") + 1);
        if (!keys.has(key)) {
            keys.set(key, { key, index });
        }
    });
    return [...keys.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}

/**
 * Where one Lambda permission goes, fixed when the component is constructed: which function, for
 * which admitted agent, and under which names.
 */
export interface LambdaPermissionSlot {
    /** Stable key of the permission within the component: the function's key, and the agent's. */
    key: string;
    /** Name of the `aws.lambda.Permission` resource. */
    resourceName: string;
    /** Statement id in the function's policy, unique to this role and permission. */
    statementId: string;
    /** Key of the function (an action group's name). */
    functionKey: string;
    /** Key of the agent admitted; absent when every agent of the account is. */
    agentKey?: string;
    /** The service principal admitted: `bedrock.amazonaws.com`. */
    principal: string;
    /** The action granted: `lambda:InvokeFunction`. */
    action: string;
}

/**
 * A statement id Lambda accepts: letters, digits, `_` and `-`, at most 100 characters. Where other
 * characters had to be replaced, a hash of the original keeps two roles whose names differ only
 * in them apart on a function they share.
 */
function statementId(name: string): string {
    const safe = name.replace(/[^a-zA-Z0-9_-]/g, "-");
    return fitName(safe === name ? name : `${safe}-${shortHash(name)}`, LAMBDA_STATEMENT_ID_MAX.value);
}

/**
 * One slot per function and admitted agent, ordered by function then agent.
 * @param functionKeys keys of the invoked functions
 * @param agents the pinned agents' keys; empty when any agent of the account is admitted
 * @internal
 */
export function lambdaPermissionSlots(
    functionKeys: string[],
    agents: AgentKey[],
    names: { componentName: string; roleName: string; principal: string },
): LambdaPermissionSlot[] {
    const targets: (AgentKey | undefined)[] = agents.length > 0 ? agents : [undefined];
    return [...functionKeys].sort().flatMap((functionKey) =>
        targets.map((agent) => {
            const key = agent ? `${functionKey}-${agent.key}` : functionKey;
            return {
                key,
                resourceName: `${names.componentName}-invoke-${key}`,
                statementId: statementId(`${names.roleName}-${key}`),
                functionKey,
                ...(agent ? { agentKey: agent.key } : {}),
                principal: names.principal,
                action: INVOKE_FUNCTION,
            };
        }),
    );
}

/** Who may invoke through one slot's permission, the function aside. */
export interface LambdaPermissionGrant extends LambdaPermissionSlot {
    /** The agent's region, where the permission is made, when it is not the provider's. */
    region?: string;
    /** The account the calling agent must belong to. */
    sourceAccount: string;
    /** The agent (or `agent/*` pattern) that may call. */
    sourceArn: string;
}

/** One `aws.lambda.Permission`: Bedrock may invoke one function for one agent. */
export type LambdaPermissionSpec = LambdaPermissionGrant & LambdaFunctionTarget;

/**
 * The statement Lambda adds to the function's resource-based policy for a permission, as Lambda
 * writes it: used to evaluate the permission as a resource policy and to measure its size.
 */
export function lambdaResourceStatement(spec: LambdaPermissionSpec): ResourceStatement {
    return statement({
        Sid: spec.statementId,
        Effect: "Allow",
        Principal: { Service: spec.principal },
        Action: [spec.action],
        Resource: [spec.functionArn],
        Condition: {
            StringEquals: { "AWS:SourceAccount": [spec.sourceAccount] },
            ArnLike: { "AWS:SourceArn": [spec.sourceArn] },
        },
    });
}

/**
 * What the deployer needs for the permissions (aws.lambda.Permission: AddPermission to create,
 * GetPolicy to read, RemovePermission to delete), on each function as the permission names it:
 * adding a statement for the permissions' service principal only (Lambda's Service Authorization
 * Reference, list_awslambda.html: `lambda:Principal` on AddPermission). Empty without permissions.
 * @internal
 */
export function lambdaPermissionDeployerStatements(specs: LambdaPermissionSpec[]): IdentityStatement[] {
    if (specs.length === 0) {
        return [];
    }
    const functions = specs.map((spec) => spec.functionArn);
    const principals = specs.map((spec) => spec.principal);
    return [
        statement({
            Sid: "AddLambdaPermissions",
            Effect: "Allow",
            Action: ["lambda:AddPermission"],
            Resource: functions,
            Condition: { StringEquals: { "lambda:Principal": principals } },
        }),
        // No condition: whether Lambda sends lambda:Principal with the statement id alone is unsaid.
        statement({
            Sid: "ReadAndRemoveLambdaPermissions",
            Effect: "Allow",
            Action: ["lambda:GetPolicy", "lambda:RemovePermission"],
            Resource: functions,
        }),
    ];
}

/** The size of the resource-based policy this role's permissions write on each function. */
function lambdaPolicySizes(
    specs: LambdaPermissionSpec[],
): { spec: LambdaPermissionSpec; size: number; count: number }[] {
    const byFunction = new Map<string, LambdaPermissionSpec[]>();
    for (const spec of specs) {
        byFunction.set(spec.functionArn, [...(byFunction.get(spec.functionArn) ?? []), spec]);
    }
    return [...byFunction]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([, permissions]) => ({
            spec: permissions[0],
            size: policySize(policyDocument(permissions.map(lambdaResourceStatement))),
            count: permissions.length,
        }));
}

function describeSize(spec: LambdaPermissionSpec, size: number, count: number): string {
    return (
        `the resource-based policy of ${spec.functionArn} would hold ${size} bytes from ${count} ` +
        `permissions of this role alone`
    );
}

/**
 * Refuses permissions that alone would take a function's resource-based policy over Lambda's
 * 20 KB limit, which cannot be raised: `pulumi up` would fail half-way through them.
 * @param argumentOf the argument that gave a function, by its key
 * @throws ArgumentError naming the argument that gave the function
 * @internal
 */
export function checkLambdaPolicySizes(
    specs: LambdaPermissionSpec[],
    argumentOf: (functionKey: string) => string,
): void {
    const limit = LAMBDA_POLICY_MAX.value;
    const over = lambdaPolicySizes(specs).find(({ size }) => size > limit);
    if (over) {
        throw new ArgumentError(
            argumentOf(over.spec.functionKey),
            `${describeSize(over.spec, over.size, over.count)}, over Lambda's fixed limit of ${limit}; give the ` +
                "action groups their own functions, or pin fewer agents",
            "a function per action group",
        );
    }
}

/**
 * Warnings for functions whose resource-based policy the component's permissions alone bring
 * near Lambda's 20 KB limit; other statements on the function add to it.
 * @internal
 */
export function lambdaPolicyWarnings(specs: LambdaPermissionSpec[]): string[] {
    const limit = LAMBDA_POLICY_MAX.value;
    return lambdaPolicySizes(specs)
        .filter(({ size }) => size >= limit * LAMBDA_POLICY_WARNING_SHARE)
        .map(
            ({ spec, size, count }) =>
                `${describeSize(spec, size, count)}, near Lambda's limit of ${limit}; share the function among ` +
                "fewer agents or action groups",
        );
}
