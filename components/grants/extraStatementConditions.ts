import { ArgumentError } from "../iam/argumentError";
import { isConditionKeyOf } from "../iam/actionCatalog";
import { mapArgument, optionalList, stringArgument } from "../iam/argumentTypes";
import { Conditions, isConditionOperator } from "../iam/policyDocument";
import { nonEmptyStrings } from "./extraStatementFields";
import { GrantContext } from "./grant";

const CONDITION_EXAMPLE = '{ operator: "StringEquals", key: "aws:ResourceTag/team", values: ["support"] }';

/**
 * The conditions of an extra statement, as the policy writes them; none when the list is absent
 * or empty.
 * @throws ArgumentError naming a condition whose operator, key or values IAM would not hold to, or
 *   one that repeats an operator and key
 * @internal
 */
export function checkedConditions(
    argument: string,
    value: unknown,
    actions: string[],
): Conditions | undefined {
    const entries = optionalList(argument, value, `[${CONDITION_EXAMPLE}]`).map((item, i) => {
        const where = `${argument}[${i}]`;
        const fields = mapArgument(where, item, ["operator", "key", "values"], CONDITION_EXAMPLE);
        const operator = stringArgument(`${where}.operator`, fields.operator, "StringEquals");
        if (!isConditionOperator(operator)) {
            throw new ArgumentError(
                `${where}.operator`,
                `"${operator}" is not a condition operator`,
                "StringEquals",
            );
        }
        const key = stringArgument(`${where}.key`, fields.key, "aws:ResourceTag/team");
        // A key IAM does not define is missing from every request, which makes a negated operator
        // true: a misspelt aws:ResourceAccount would silently lift the restriction it states.
        if (!/^[A-Za-z0-9-]+:[\w./:@+=-]+$/.test(key) || !isConditionKeyOf(key, actions)) {
            const services = [...new Set(actions.map((a) => a.split(":")[0]))].join(", ");
            throw new ArgumentError(
                `${where}.key`,
                `"${key}" is not a condition key IAM defines for these actions (a global key, or a key of ${services})`,
                "aws:ResourceTag/team",
            );
        }
        const values = nonEmptyStrings(`${where}.values`, fields.values, '"support"');
        values.forEach((value, j) => {
            if (value.includes("${")) {
                throw new ArgumentError(
                    `${where}.values[${j}]`,
                    `"${value}" holds a policy variable`,
                    '"support"',
                );
            }
        });
        return { operator, key, values };
    });
    if (entries.length === 0) {
        return undefined;
    }
    const result: Record<string, Record<string, string[]>> = {};
    entries.forEach(({ operator, key, values }, i) => {
        if (result[operator]?.[key]) {
            throw new ArgumentError(
                `${argument}[${i}]`,
                `repeats ${operator} ${key}`,
                "list the values together",
            );
        }
        result[operator] = { ...result[operator], [key]: values };
    });
    return result as Conditions;
}

/**
 * The conditions of an S3 statement that allows, with `aws:ResourceAccount` equal to the agent's
 * account as the component's own S3 statements have, unless the user states the account
 * themselves: S3 ARNs carry no account, so without it a bucket of that name in any account would
 * be granted.
 * @throws ArgumentError when S3 actions share a statement with other services' actions
 * @internal
 */
export function s3Account(
    argument: string,
    effect: string,
    actions: string[],
    given: Conditions | undefined,
    context: GrantContext,
): Conditions | undefined {
    const s3 = actions.filter((action) => action.startsWith("s3:"));
    if (s3.length === 0 || effect !== "Allow") {
        return given;
    }
    if (s3.length !== actions.length) {
        throw new ArgumentError(
            `${argument}.actions`,
            "mixes S3 actions, which are held to the role's account by aws:ResourceAccount, with other services' actions",
            "the S3 actions in a statement of their own",
        );
    }
    const stated = Object.values(given ?? {}).some((keys) =>
        Object.keys(keys ?? {}).some((key) => key.toLowerCase() === "aws:resourceaccount"),
    );
    return stated
        ? given
        : {
              ...given,
              StringEquals: {
                  ...given?.StringEquals,
                  "aws:ResourceAccount": [context.environment.account],
              },
          };
}
