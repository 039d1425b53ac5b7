import { computedOnce, readDataFile } from "./dataFiles";

/** One action of `data/privilegeEscalationActions.json`, with why it escalates and its page. */
interface EscalationEntry {
    action: string;
    why: string;
    source: string;
    /** When set, the action escalates only on resources whose ARN contains this. */
    onlyOn?: string;
}

/** The listed actions, by lower-cased name, read once. */
const escalationActions = computedOnce(
    () =>
        new Map(
            readDataFile<{ actions: EscalationEntry[] }>("privilegeEscalationActions.json").actions.map(
                (entry) => [entry.action.toLowerCase(), entry],
            ),
        ),
);

/**
 * The actions of a statement that let a principal gain permissions it was not given (pass a role
 * to a service, write a policy version, mint credentials or tokens for another principal or user,
 * run code or commands with another role), from the list in
 * `data/privilegeEscalationActions.json` and the page it cites for each. Matched without case; an
 * action that escalates on some resources only (code sent to a custom code interpreter) counts
 * when a resource may be one of those.
 * @internal
 */
export function privilegeEscalationActions(actions: string[], resources: string[]): string[] {
    const listed = escalationActions();
    return actions.filter((action) => {
        const entry = listed.get(action.toLowerCase());
        const onlyOn = entry?.onlyOn;
        return (
            entry !== undefined &&
            (onlyOn === undefined ||
                resources.some((resource) => resource === "*" || resource.includes(onlyOn)))
        );
    });
}

/** Actions that change a role's permissions or its trust, on the role itself. */
const ROLE_CHANGING = [
    "iam:AttachRolePolicy",
    "iam:DeleteRolePermissionsBoundary",
    "iam:DeleteRolePolicy",
    "iam:DetachRolePolicy",
    "iam:PutRolePermissionsBoundary",
    "iam:PutRolePolicy",
    "iam:UpdateAssumeRolePolicy",
    "iam:UpdateRole",
];

/** Actions that change a managed policy's permissions, on the policy. */
const POLICY_CHANGING = ["iam:CreatePolicyVersion", "iam:DeletePolicyVersion", "iam:SetDefaultPolicyVersion"];

/** Whether an ARN pattern with `*` and `?` wildcards matches `arn`. */
function matches(pattern: string, arn: string): boolean {
    const regex = pattern
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*")
        .replace(/\?/g, ".");
    return new RegExp(`^${regex}$`).test(arn);
}

/**
 * The actions of a statement that would let the role change its own permissions or trust: a
 * role-changing action on a resource matching the role, or a policy-changing action on a
 * resource matching one of its managed policies (named after the role).
 * @param roleArn the role's ARN
 * @internal
 */
export function selfChangingActions(actions: string[], resources: string[], roleArn: string): string[] {
    const policyPrefix = `${roleArn.replace(":role/", ":policy/")}-`;
    const ofPolicies = (resource: string) =>
        resource.startsWith(policyPrefix) ||
        ["Part", "A-1", "x"].some((s) => matches(resource, policyPrefix + s));
    return actions.filter((action) => {
        const lower = action.toLowerCase();
        if (ROLE_CHANGING.some((a) => a.toLowerCase() === lower)) {
            return resources.some((resource) => matches(resource, roleArn));
        }
        return POLICY_CHANGING.some((a) => a.toLowerCase() === lower) && resources.some(ofPolicies);
    });
}
