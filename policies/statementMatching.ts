// How a statement is read as IAM reads it: an action pattern (`*`, `?`) against an action, without
// case; which of a statement's patterns (Action, or a NotAction that leaves the action out) grant
// it; which service principals it names; which condition keys it carries or pins to values; the
// fields of an ARN a pattern names. Shared by every rule, so that every rule reads IAM's grammar one way.
import { parseArn } from "../components/iam/arn";
import type { InspectedStatement } from "./inspectedDocuments";

/** A character as a case-insensitive regular expression compares it (ECMAScript's Canonicalize, without `u`). */
function canonical(c: string): string {
    const upper = c.toUpperCase();
    return upper.length !== 1 || (c.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128) ? c : upper;
}

/** Whether two strings are equal as a case-insensitive regular expression compares them, unit by unit. */
function equalWithoutCase(a: string, b: string): boolean {
    if (a.length !== b.length) {
        return false;
    }
    for (let i = 0; i < a.length; i++) {
        if (a[i] !== b[i] && canonical(a[i]) !== canonical(b[i])) {
            return false;
        }
    }
    return true;
}

/** Whether an action pattern covers `action` (`iam:PassRole` by `iam:PassRole`, `iam:Pass*`, `iam:*`, `*`). */
export function coversAction(pattern: string, action: string): boolean {
    // Most patterns name one action: compared as the expression below compares them, without building it.
    if (!/[*?]/.test(pattern)) {
        return equalWithoutCase(pattern, action);
    }
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

/**
 * The statement's patterns that cover `action`: its Action patterns that match, or, for a
 * NotAction statement that does not exclude it, `NotAction` itself.
 */
export function patternsFor(s: InspectedStatement, action: string): string[] {
    const named = s.actions.filter((pattern) => coversAction(pattern, action));
    const notExcluded =
        s.notActions.length > 0 && !s.notActions.some((pattern) => coversAction(pattern, action));
    return notExcluded ? [...named, `NotAction ${s.notActions.join(", ")}`] : named;
}

/** Whether the pattern covers every action of `service` (`bedrock:*`, `*`). */
export const coversService = (pattern: string, service: string) => coversAction(pattern, `${service}:*`);

/** Whether a part of a pattern holds a wildcard. */
export const isWild = (part: string) => /[*?]/.test(part);

/** Whether a part of a pattern starts with a wildcard: it stands for any value, not a narrowed one. */
export const startsWild = (part: string) => /^[*?]/.test(part);

/**
 * The fields of a resource pattern of `service`: `undefined` when it is no ARN of the service
 * (`"*"` is read as every field wild); a wildcard service or partition counts as the service.
 */
export function arnOf(resource: string, service: string) {
    if (resource === "*") {
        return { partition: "*", service, region: "*", account: "*", resource: "*" };
    }
    const arn = parseArn(resource);
    return arn && coversAction(arn.service, service) ? arn : undefined;
}

/** Whether the statement's resources may be of `service` (`*`, an ARN of it, or NotResource). */
export const reachesService = (s: InspectedStatement, service: string) =>
    s.notResources.length > 0 || s.resources.some((r) => arnOf(r, service) !== undefined);

/** The resource types that hold identity policies: a role's inline ones, and the policy resources. */
export const IDENTITY_TYPES = [
    "aws:iam/role:Role",
    "aws:iam/rolePolicy:RolePolicy",
    "aws:iam/policy:Policy",
    "aws:iam/userPolicy:UserPolicy",
    "aws:iam/groupPolicy:GroupPolicy",
];

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
