// How the rules read a statement: whether an action pattern covers an action, and whether a
// condition key is present under any operator.
import type { InspectedStatement } from "./inspectedDocuments";

/** Whether an action pattern covers an action (`iam:PassRole` by `iam:Pass*`, `iam:*`, `*`). */
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
