import { ArgumentError } from "../iam/argumentError";
import { mapArgument, optionalList, stringArgument } from "../iam/argumentTypes";

/** An extra statement as it is written, for the examples of errors. @internal */
export const EXTRA_STATEMENT_EXAMPLE =
    '{ sid: "ReadOrdersTable", actions: ["dynamodb:GetItem"], resources: ["arn:aws:dynamodb:us-east-1:123456789012:table/orders"] }';

const FIELDS = ["sid", "effect", "actions", "resources", "conditions", "allowsPrivilegeEscalation"];

/**
 * The fields of an extra statement.
 * @throws ArgumentError when it is no map or holds a field an extra statement does not have
 * @internal
 */
export function statementFields(argument: string, item: unknown): Record<string, unknown> {
    return mapArgument(argument, item, FIELDS, EXTRA_STATEMENT_EXAMPLE);
}

/**
 * A list of strings that may not be empty.
 * @throws ArgumentError when it is no list, is empty or holds anything but strings
 * @internal
 */
export function nonEmptyStrings(argument: string, value: unknown, example: string): string[] {
    const list = optionalList(argument, value, `[${example}]`);
    if (list.length === 0) {
        throw new ArgumentError(argument, "is empty", `[${example}]`);
    }
    return list.map((item, i) => stringArgument(`${argument}[${i}]`, item, example));
}

/**
 * The statement's id: letters and digits, as IAM allows.
 * @throws ArgumentError naming `argument` otherwise
 * @internal
 */
export function checkedSid(argument: string, value: unknown): string {
    const sid = stringArgument(argument, value, "ReadOrdersTable");
    if (!/^[A-Za-z0-9]{1,100}$/.test(sid)) {
        throw new ArgumentError(argument, `"${sid}" is not letters and digits`, "ReadOrdersTable");
    }
    return sid;
}

/**
 * The statement's effect: `Allow` when not given, or `Deny`.
 * @throws ArgumentError naming `argument` otherwise
 * @internal
 */
export function checkedEffect(argument: string, value: unknown): "Allow" | "Deny" {
    const effect = value === undefined ? "Allow" : stringArgument(argument, value, "Allow");
    if (effect !== "Allow" && effect !== "Deny") {
        throw new ArgumentError(argument, `"${effect}" is neither Allow nor Deny`, "Allow");
    }
    return effect;
}
