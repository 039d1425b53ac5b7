// Reading a stack's config: every value arrives as text (structures as JSON), and each key's
// value is parsed and checked against the kind its argument table declares, naming the full key.
import { ArgumentError } from "../components/iam/argumentError";
import type { ArgumentTable, ConfigKind } from "../components/roles/roleArguments";

/** Where config values come from: `pulumi.Config`, whose `get` returns structured values as JSON. */
export interface ConfigSource {
    get(key: string): string | undefined;
}

/** A config key the stack program reads: the kind of value it holds, and a valid one. */
export interface ConfigKey {
    kind: ConfigKind;
    example: string;
}

/** The config keys of every role kind that stand for the `quotas` argument's fields, flat. */
export const QUOTA_KEYS: Record<string, ConfigKey> = {
    trustPolicySize: { kind: "integer", example: "4096" },
    managedPoliciesPerRole: { kind: "integer", example: "20" },
};

/**
 * The config keys of a component's arguments, each named like the argument it sets (as its
 * argument table declares them), and the quotas' flat keys.
 */
export function tableKeys<Args>(table: ArgumentTable<Args>): Record<string, ConfigKey> {
    return {
        ...Object.fromEntries(
            Object.entries<{ config?: ConfigKind; example: string }>(table).flatMap(([name, declared]) =>
                declared.config ? [[name, { kind: declared.config, example: declared.example }]] : [],
            ),
        ),
        ...QUOTA_KEYS,
    };
}

const KIND_NAMES: Record<ConfigKind, string> = {
    string: "a string",
    boolean: "true or false",
    integer: "a whole number",
    strings: "a list",
    list: "a list",
    map: "a map",
};

function parse(key: string, raw: string, { kind, example }: ConfigKey): unknown {
    if (kind === "string") {
        return raw;
    }
    try {
        return JSON.parse(raw);
    } catch {
        throw new ArgumentError(key, `"${raw}" is not ${KIND_NAMES[kind]}`, example);
    }
}

/** Checks a config value's type; the component checks what it holds, naming the same key. */
function checkKind(key: string, value: unknown, { kind, example }: ConfigKey): void {
    const valid =
        (kind === "boolean" && typeof value === "boolean") ||
        (kind === "integer" && Number.isInteger(value)) ||
        (kind === "strings" && Array.isArray(value) && value.every((v) => typeof v === "string")) ||
        (kind === "list" && Array.isArray(value)) ||
        (kind === "map" && typeof value === "object" && value !== null && !Array.isArray(value)) ||
        kind === "string";
    if (!valid) {
        throw new ArgumentError(
            key,
            `must be ${kind === "strings" ? "a list of strings" : KIND_NAMES[kind]}`,
            example,
        );
    }
}

/**
 * The values of the keys given, each parsed and checked against its kind.
 * @throws ArgumentError naming the full config key (`project:key`), what is wrong and an example
 */
export function readConfigValues(
    config: ConfigSource,
    project: string,
    keys: Record<string, ConfigKey>,
): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const [key, declared] of Object.entries(keys)) {
        const raw = config.get(key);
        if (raw !== undefined) {
            const value = parse(`${project}:${key}`, raw, declared);
            checkKind(`${project}:${key}`, value, declared);
            values[key] = value;
        }
    }
    return values;
}

/**
 * A component's args from config values: each argument of the table from the key of its name,
 * and `quotas` from its flat keys.
 */
export function argsOf<Args>(
    table: ArgumentTable<Args>,
    values: Record<string, unknown>,
): Record<string, unknown> {
    const args: Record<string, unknown> = Object.fromEntries(
        Object.keys(table).flatMap((name) => (values[name] === undefined ? [] : [[name, values[name]]])),
    );
    const quotas = Object.fromEntries(
        Object.keys(QUOTA_KEYS).flatMap((key) => (values[key] === undefined ? [] : [[key, values[key]]])),
    );
    if (Object.keys(quotas).length > 0) {
        args.quotas = quotas;
    }
    return args;
}
