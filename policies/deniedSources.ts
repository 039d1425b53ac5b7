// A trust may pin a service principal's source by denying every other one: an Allow without
// conditions beside a Deny for the same principal and action whose only condition is a negated
// match of one key (StringNotEquals aws:SourceAccount, ArnNotLike aws:SourceArn). IAM denies a
// request whose value differs, and one without the key: a negated operator is true when the key is
// absent, and so is `...IfExists` (IAM's condition-operators page). A Deny naming two keys denies
// only when both differ (a statement's conditions are ANDed): it pins neither.
import type { InspectedStatement } from "./inspectedDocuments";
import { coversAction, servicePrincipals } from "./statementMatching";

const NEGATED =
    /^(StringNotEquals|StringNotEqualsIgnoreCase|StringNotLike|ArnNotEquals|ArnNotLike)(IfExists)?$/i;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The Deny statements that apply to the service principal's `action`: they name it (or `*`) and cover the action. */
export function denialsFor(
    statements: InspectedStatement[],
    principal: string,
    action: string,
): InspectedStatement[] {
    return statements.filter(
        (s) =>
            s.effect === "Deny" &&
            (s.principal === "*" || servicePrincipals(s).includes(principal)) &&
            (s.actions.some((a) => coversAction(a, action)) ||
                (s.notActions.length > 0 && !s.notActions.some((a) => coversAction(a, action)))),
    );
}

/**
 * The values a Deny leaves the key: those its negated operators list, when the key is its only
 * condition (several negated operators on it deny what none of them lists); empty when it pins nothing.
 */
export function valuesLeftBy(deny: InspectedStatement, key: string): string[] {
    const entries = Object.entries(deny.conditions);
    const pins =
        entries.length > 0 &&
        entries.every(
            ([operator, keys]) =>
                NEGATED.test(operator) &&
                Object.keys(keys).length > 0 &&
                Object.keys(keys).every((k) => same(k, key)),
        );
    return pins ? entries.flatMap(([, keys]) => Object.values(keys).flat()) : [];
}

/** Why a Deny that names the key does not pin it, or `undefined` when it pins it or does not name it. */
export function denialGap(deny: InspectedStatement, key: string): string | undefined {
    const entries = Object.entries(deny.conditions);
    const names = entries.some(([, keys]) => Object.keys(keys).some((k) => same(k, key)));
    if (!names || valuesLeftBy(deny, key).length > 0) {
        return undefined;
    }
    const others = entries.flatMap(([operator, keys]) =>
        Object.keys(keys)
            .filter((k) => !same(k, key))
            .map((k) => (NEGATED.test(operator) ? `${k} differs` : `its ${operator} ${k} holds`)),
    );
    return others.length > 0
        ? `the Deny of statement ${deny.index} denies only when ${others.join(" and ")} too: one Deny per key`
        : `the Deny of statement ${deny.index} (${entries.map(([operator]) => operator).join(", ")}) does not deny every other value`;
}
