// How the rules read a statement: which actions it allows, which service principals it names, and
// which condition keys it pins to values. Shared, so that every rule reads IAM's grammar one way.
import type { InspectedStatement } from "./inspectedDocuments";

/** Whether an action pattern covers an action (`iam:PassRole` by `iam:Pass*`, `iam:*`, `*`), without case. */
export function coversAction(pattern: string, action: string): boolean {
    const regex = new RegExp(
        `^${pattern
            .split("")
            .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
            .join("")}$`,
        "i",
    );
    return regex.test(action);
}

/** Whether the statement has the condition key under any operator. */
export const hasConditionKey = (s: InspectedStatement, key: string) =>
    Object.values(s.conditions).some((keys) =>
        Object.keys(keys).some((k) => k.toLowerCase() === key.toLowerCase()),
    );

/** Whether an Allow statement allows the action: named by `Action`, or left out of a `NotAction`. */
export const allowsAction = (s: InspectedStatement, action: string) =>
    s.effect === "Allow" &&
    (s.actions.some((a) => coversAction(a, action)) ||
        (s.notActions.length > 0 && !s.notActions.some((a) => coversAction(a, action))));

/** The service principals a statement names (`Principal: { Service: ... }`), in lower case. */
export function servicePrincipals(s: InspectedStatement): string[] {
    const service = (s.principal as { Service?: unknown } | undefined)?.Service;
    const list = service === undefined ? [] : Array.isArray(service) ? service : [service];
    return list.map((p) => String(p).trim().toLowerCase());
}

/**
 * Whether a condition operator pins its key to the values it lists: a positive string or ARN
 * match. `...IfExists` is true when the request lacks the key, a negated operator admits every
 * other value, and `ForAllValues:` is true of an empty set: none of these pins a key.
 */
export const pinningOperator = (operator: string) =>
    /^(ForAnyValue:)?(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike)$/i.test(operator);

/** The values the statement pins the key to (under pinning operators only); empty when it does not pin it. */
export function pinnedValues(s: InspectedStatement, key: string): string[] {
    return Object.entries(s.conditions)
        .filter(([operator]) => pinningOperator(operator))
        .flatMap(([, keys]) =>
            Object.entries(keys)
                .filter(([k]) => k.toLowerCase() === key.toLowerCase())
                .flatMap(([, values]) => values),
        );
}
