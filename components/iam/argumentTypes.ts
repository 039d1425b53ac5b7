import { ArgumentError } from "./argumentError";

// Checks of a value's runtime type. Args reach the component from TypeScript, JavaScript, Python,
// YAML and stack config, so any argument may hold any value; each check names the argument, says
// what it holds and shows a value of the right form.

/**
 * Whether a value is a Pulumi Output, from any copy of the SDK (the field Pulumi's own
 * `Output.isInstance` reads, so the pure core needs no Pulumi at runtime), or the unknown value a
 * preview answers a plain invoke with: both are known only later, and both are checked then.
 * @internal
 */
export function isOutput(value: unknown): boolean {
    const marked = value as { __pulumiOutput?: unknown; __pulumiUnknown?: unknown } | null | undefined;
    return marked?.__pulumiOutput === true || marked?.__pulumiUnknown === true;
}

/** Whether a value is a promise or another thenable. @internal */
export function isPromise(value: unknown): boolean {
    return typeof (value as { then?: unknown } | null | undefined)?.then === "function";
}

/** Whether a value holds no Output or promise anywhere, so it can be checked as it is. @internal */
export function isPlain(value: unknown): boolean {
    if (isOutput(value) || isPromise(value)) {
        return false;
    }
    return typeof value === "object" && value !== null ? Object.values(value).every(isPlain) : true;
}

/** What a value is, in words, for an error message. @internal */
export function describeValue(value: unknown): string {
    if (value === null) return "null";
    if (value === undefined) return "nothing";
    if (isOutput(value)) return "an Output";
    if (isPromise(value)) return "a promise";
    if (Array.isArray(value)) return "a list";
    if (typeof value === "string")
        return `the string ${JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}...` : value)}`;
    if (typeof value === "object") return "a map";
    return `the ${typeof value} ${String(value)}`;
}

function wrongType(argument: string, expected: string, value: unknown, example: string): ArgumentError {
    const hint = value === null ? "; leave the argument out instead" : "";
    return new ArgumentError(argument, `must be ${expected}, not ${describeValue(value)}${hint}`, example);
}

/**
 * A string argument.
 * @throws ArgumentError when the value is of another type
 * @internal
 */
export function stringArgument(argument: string, value: unknown, example: string): string {
    if (typeof value !== "string") {
        throw wrongType(argument, "a string", value, example);
    }
    return value;
}

/** An optional string argument: `undefined` when absent. @internal */
export function optionalString(argument: string, value: unknown, example: string): string | undefined {
    return value === undefined ? undefined : stringArgument(argument, value, example);
}

/** An optional boolean argument: `undefined` when absent. @internal */
export function optionalBoolean(argument: string, value: unknown): boolean | undefined {
    if (value !== undefined && typeof value !== "boolean") {
        throw wrongType(argument, "true or false", value, "true");
    }
    return value;
}

/**
 * An optional whole-number argument within `[min, max]`: `undefined` when absent.
 * @throws ArgumentError saying whether the value is not a number, not whole, or out of range
 * @internal
 */
export function optionalInteger(
    argument: string,
    value: unknown,
    range: { min: number; max: number; unit?: string },
): number | undefined {
    if (value === undefined) {
        return undefined;
    }
    const example = String(range.min);
    const unit = range.unit ? ` ${range.unit}` : "";
    if (typeof value !== "number" || Number.isNaN(value)) {
        throw wrongType(argument, "a number", value, example);
    }
    if (!Number.isInteger(value)) {
        throw new ArgumentError(argument, `${value} is not a whole number`, example);
    }
    if (value < range.min || value > range.max) {
        const side =
            value < range.min ? `below the minimum of ${range.min}` : `above the maximum of ${range.max}`;
        throw new ArgumentError(
            argument,
            `${value}${unit} is ${side}`,
            String(Math.min(Math.max(value, range.min), range.max)),
        );
    }
    return value;
}

/** An optional list argument: `[]` when absent. @internal */
export function optionalList(argument: string, value: unknown, example: string): unknown[] {
    if (value === undefined) {
        return [];
    }
    if (!Array.isArray(value)) {
        throw wrongType(argument, "a list", value, example);
    }
    return value;
}

/** An optional list of strings: `[]` when absent. @internal */
export function optionalStrings(argument: string, value: unknown, example: string): string[] {
    return optionalList(argument, value, `[${example}]`).map((item, i) =>
        stringArgument(`${argument}[${i}]`, item, example),
    );
}

/**
 * An optional list of strings, each matching `pattern`: `[]` when absent.
 * @param what what a matching value is, for errors (`an id`)
 * @throws ArgumentError naming the list, or the item that does not match
 * @internal
 */
export function matchingStrings(
    argument: string,
    value: unknown,
    pattern: RegExp,
    what: string,
    example: string,
): string[] {
    const values = optionalStrings(argument, value, `"${example}"`);
    values.forEach((item, i) => {
        if (!pattern.test(item)) {
            throw new ArgumentError(
                `${argument}[${i}]`,
                `"${item}" is not ${what} (${pattern.source})`,
                example,
            );
        }
    });
    return values;
}

/** Edits (insertions, deletions, substitutions) between two names, ignoring case. */
function distance(a: string, b: string): number {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
    for (let i = 1; i <= x.length; i++) {
        const current = [i];
        for (let j = 1; j <= y.length; j++) {
            current[j] = Math.min(
                previous[j] + 1,
                current[j - 1] + 1,
                previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1),
            );
        }
        previous = current;
    }
    return previous[y.length];
}

/**
 * The known name a misspelt one most likely meant: the nearest within a few edits, or one it
 * begins; `undefined` when none is near.
 * @internal
 */
export function closestName(given: string, known: readonly string[]): string | undefined {
    const near = known
        .map((name) => ({ name, edits: distance(given, name) }))
        .filter(
            ({ name, edits }) =>
                edits <= Math.max(1, Math.floor(name.length / 4)) ||
                (given.length >= 4 && name.toLowerCase().startsWith(given.toLowerCase())),
        )
        .sort((a, b) => a.edits - b.edits);
    return near[0]?.name;
}

/** "; did you mean X?" for a misspelt name, or nothing. @internal */
export function suggestion(given: string, known: readonly string[]): string {
    const closest = closestName(given, known);
    return closest ? `; did you mean ${closest}?` : "";
}

/**
 * A map argument whose fields must all be known: a typo in a field's name would otherwise drop
 * what it grants without a word.
 * @throws ArgumentError when the value is not a map, or names a field not in `fields`
 * @internal
 */
export function mapArgument(
    argument: string,
    value: unknown,
    fields: readonly string[],
    example: string,
): Record<string, unknown> {
    if (typeof value !== "object" || value === null || Array.isArray(value) || isOutput(value)) {
        throw wrongType(argument, "a map", value, example);
    }
    for (const field of Object.keys(value)) {
        if (!fields.includes(field)) {
            const where = argument === "args" ? field : `${argument}.${field}`;
            throw new ArgumentError(
                where,
                `is not a known argument${suggestion(field, fields)} (known: ${fields.join(", ")})`,
                example,
            );
        }
    }
    return value as Record<string, unknown>;
}

/**
 * A list that must be known when the program runs (not an Output), because its items name
 * resources.
 * @internal
 */
export function plainList(argument: string, value: unknown, example: string): unknown[] {
    if (isOutput(value) || isPromise(value)) {
        throw new ArgumentError(
            argument,
            "must be a list known when the program runs, not an Output",
            example,
        );
    }
    return optionalList(argument, value, example);
}
