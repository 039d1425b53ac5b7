import { ArgumentError } from "../iam/argumentError";
import { optionalBoolean } from "../iam/argumentTypes";
import { privilegeEscalationActions, selfChangingActions } from "../iam/privilegeEscalation";
import { IdentityStatement } from "../iam/policyDocument";
import { GrantContext } from "./grant";

/**
 * Refuses what would let the role change its own permissions or trust, and privilege escalation
 * not opted into; returns the warning an opted-in statement deserves.
 * @throws ArgumentError naming the statement's actions or its opt-in
 * @internal
 */
export function checkEscalation(
    argument: string,
    fields: Record<string, unknown>,
    s: IdentityStatement,
    context: GrantContext,
): string | undefined {
    const optedIn = optionalBoolean(
        `${argument}.allowsPrivilegeEscalation`,
        fields.allowsPrivilegeEscalation,
    );
    if (s.Effect !== "Allow") {
        return undefined;
    }
    const selfChanging = selfChangingActions(s.Action, s.Resource, context.roleArn);
    if (selfChanging.length > 0) {
        throw new ArgumentError(
            `${argument}.resources`,
            `would let the role change its own permissions or trust (${selfChanging.join(", ")} on the role or its policies)`,
            "resources other than the role and its policies",
        );
    }
    const escalating = privilegeEscalationActions(s.Action, s.Resource);
    if (escalating.length > 0 && optedIn !== true) {
        throw new ArgumentError(
            `${argument}.actions`,
            `${escalating.join(", ")} let the role gain permissions it was not given (privilege escalation); ` +
                "if that is meant, say so with allowsPrivilegeEscalation: true on the statement",
            "actions without privilege escalation",
        );
    }
    if (escalating.length === 0 && optedIn === true) {
        throw new ArgumentError(
            `${argument}.allowsPrivilegeEscalation`,
            "is set, but the statement grants no privilege-escalation action",
            "leave it out",
        );
    }
    return escalating.length > 0
        ? `${argument} (${s.Sid}) grants privilege-escalation actions, opted in with allowsPrivilegeEscalation: ${escalating.join(", ")}`
        : undefined;
}
