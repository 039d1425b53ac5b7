import type { GrantContext } from "./grant";
import { confusedDeputyConditions } from "./confusedDeputy";
import { PolicyDocument, policyDocument, statement, TrustStatement } from "../iam/policyDocument";

/**
 * The role's trust policy: the service principal may assume the role only for the resources it
 * acts for, of this account.
 * @param sid the statement's id, which names who assumes the role
 * @param resourceAccount whether the role's account is pinned too (`aws:ResourceAccount`), where
 *   AWS's trust policy for the role pins it
 * @internal
 */
export function trustPolicy(
    context: GrantContext,
    sid: string,
    resourceAccount = false,
): PolicyDocument<TrustStatement> {
    const conditions = confusedDeputyConditions(context);
    return policyDocument([
        statement<TrustStatement>({
            Sid: sid,
            Effect: "Allow",
            Principal: { Service: context.servicePrincipal },
            Action: ["sts:AssumeRole"],
            Condition: resourceAccount
                ? {
                      ...conditions,
                      StringEquals: {
                          ...conditions.StringEquals,
                          "aws:ResourceAccount": [context.environment.account],
                      },
                  }
                : conditions,
        }),
    ]);
}

type Grants = Set<string>;

/** Every single grant of a trust policy, as text, whatever its form: strings or lists, Sids. */
function trustGrants(document: unknown): Grants | undefined {
    const list = (value: unknown): string[] =>
        Array.isArray(value) ? value.map(String) : value === undefined ? [] : [String(value)];
    const statements = (document as { Statement?: unknown })?.Statement;
    if (!Array.isArray(statements)) {
        return undefined;
    }
    const grants: Grants = new Set();
    for (const s of statements as Record<string, unknown>[]) {
        const principal = (s.Principal ?? {}) as Record<string, unknown>;
        const conditions = Object.entries((s.Condition ?? {}) as Record<string, Record<string, unknown>>)
            .flatMap(([operator, keys]) =>
                Object.entries(keys).map(
                    ([key, values]) => `${operator} ${key}=${list(values).sort().join(",")}`,
                ),
            )
            .sort()
            .join(";");
        for (const [kind, who] of Object.entries(principal)) {
            for (const one of list(who)) {
                for (const action of list(s.Action)) {
                    grants.add(`${s.Effect} ${kind}:${one} ${action} ${conditions}`);
                }
            }
        }
    }
    return grants;
}

/**
 * Whether an existing role's trust policy, as AWS holds it, grants other than `expected`. An
 * unreadable policy differs.
 */
function trustPolicyDiffers(read: string, expected: PolicyDocument<TrustStatement>): boolean {
    let parsed: unknown;
    try {
        parsed = JSON.parse(read.startsWith("%7B") ? decodeURIComponent(read) : read);
    } catch {
        return true;
    }
    const [a, b] = [trustGrants(parsed), trustGrants(expected)];
    return !a || !b || a.size !== b.size || [...a].some((grant) => !b.has(grant));
}

/**
 * The warning an existing role deserves when its trust policy, as AWS holds it, differs from the
 * one the resources it is for need; `undefined` when it does not.
 * @param resources what the role is for, as the review says it: `agents`, `runtimes`
 * @internal
 */
export function existingTrustWarning(
    role: string,
    read: unknown,
    expected: PolicyDocument<TrustStatement>,
    resources: string,
): string | undefined {
    return typeof read === "string" && trustPolicyDiffers(read, expected)
        ? `the trust policy of the existing role ${role} differs from the one its ${resources} need; ` +
              "set it to this component's trustPolicy output"
        : undefined;
}
