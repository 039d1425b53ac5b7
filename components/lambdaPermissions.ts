import { AgentGrants } from "./agentGrants";
import { agentSourceArns, BEDROCK_SERVICE_PRINCIPAL } from "./agentPrincipal";
import { fitName } from "./names";
import { policyDocument, policySize, Statement, statement } from "./policyDocument";
import { LAMBDA_POLICY_MAX, LAMBDA_POLICY_WARNING_SHARE } from "./quotas";

/** Lambda's limit on a permission's statement id. */
const STATEMENT_ID_MAX = 100;

/** One admitted agent, with the stable key that names its Lambda permissions. */
export interface AgentKey {
    /** Stable key: the agent id when known as the program runs, else its position (`agent-2`). */
    key: string;
    /** Position of the agent in the `agentIds` argument. */
    index: number;
}

/** One `aws.lambda.Permission`: Bedrock may invoke one action-group function for one agent. */
export interface LambdaPermissionSpec {
    /** Stable key of the permission within the component: the action group, and the agent key. */
    key: string;
    /** The action group whose function this is. */
    actionGroup: string;
    /** The function, as given (name or ARN). */
    function: string;
    /** The function's ARN. */
    functionArn: string;
    /** Statement id in the function's policy, unique to this role and permission. */
    statementId: string;
    /** The service principal admitted: `bedrock.amazonaws.com`. */
    principal: string;
    /** The action granted: `lambda:InvokeFunction`. */
    action: string;
    /** The account the calling agent must belong to. */
    sourceAccount: string;
    /** The agent (or `agent/*` pattern) that may call. */
    sourceArn: string;
}

/**
 * Keys of the agents named by `agentIds`, one per distinct agent: a plain id (or the id within a
 * plain ARN) keys itself, so reordering the list renames nothing; a value not yet known keys by
 * its position. Returns no keys when no agent is pinned.
 * @param agentIds the ids as given, with `undefined` for values not known yet
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

/** The action every permission grants. */
export const INVOKE_FUNCTION = "lambda:InvokeFunction";

/** The permission's statement id in the function's policy: unique to this role and permission. */
export function lambdaStatementId(roleName: string, key: string): string {
    return fitName(`${roleName}-${key}`.replace(/[^a-zA-Z0-9_-]/g, "-"), STATEMENT_ID_MAX);
}

/** The stable key of the permission for `actionGroup` and `agent` (none when no agent is pinned). */
export function lambdaPermissionKey(actionGroup: string, agent?: AgentKey): string {
    return agent ? `${actionGroup}-${agent.key}` : actionGroup;
}

/**
 * One permission per action-group function and admitted agent, each with the confused-deputy
 * conditions and a statement id unique to this role.
 * @param agentArnsByKey ARN of each pinned agent; empty when any agent of the account is admitted
 */
export function lambdaPermissions(
    grants: AgentGrants,
    roleName: string,
    agentArnsByKey: { agent: AgentKey; arn: string }[],
): LambdaPermissionSpec[] {
    const targets =
        agentArnsByKey.length > 0 ? agentArnsByKey : [{ agent: undefined, arn: agentSourceArns(grants)[0] }];
    return grants.functions.flatMap((fn) =>
        targets.map(({ agent, arn }) => {
            const key = lambdaPermissionKey(fn.actionGroup, agent);
            return {
                key,
                actionGroup: fn.actionGroup,
                function: fn.function,
                functionArn: fn.functionArn,
                statementId: lambdaStatementId(roleName, key),
                principal: BEDROCK_SERVICE_PRINCIPAL,
                action: INVOKE_FUNCTION,
                sourceAccount: grants.environment.account,
                sourceArn: arn,
            };
        }),
    );
}

/**
 * The statement Lambda adds to the function's resource-based policy for a permission, as Lambda
 * writes it: used to evaluate the permission as a resource policy and to measure its size.
 */
export function lambdaResourceStatement(spec: LambdaPermissionSpec): Statement {
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
 * Warnings for functions whose resource-based policy the component's permissions alone bring
 * near Lambda's 20 KB limit, which cannot be raised; other statements on the function add to it.
 */
export function lambdaPolicyWarnings(specs: LambdaPermissionSpec[]): string[] {
    const byFunction = new Map<string, LambdaPermissionSpec[]>();
    for (const spec of specs) {
        byFunction.set(spec.functionArn, [...(byFunction.get(spec.functionArn) ?? []), spec]);
    }
    const warnings: string[] = [];
    for (const [functionArn, permissions] of [...byFunction].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const size = policySize(policyDocument(permissions.map(lambdaResourceStatement)));
        if (size >= LAMBDA_POLICY_MAX * LAMBDA_POLICY_WARNING_SHARE) {
            warnings.push(
                `the resource-based policy of ${functionArn} would hold ${size} bytes from ${permissions.length} ` +
                    `permissions of this role alone, near Lambda's limit of ${LAMBDA_POLICY_MAX}; ` +
                    "share the function among fewer agents or action groups",
            );
        }
    }
    return warnings;
}
