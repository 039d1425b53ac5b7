import { ArgumentError } from "../components/iam/argumentError";
import type { BedrockAgentRoleArgs } from "../components/agents/bedrockAgentRoleArgs";
import { AGENT_ARGUMENTS } from "../components/agents/agentArguments";
import type { ConfigKind } from "../components/roles/roleArguments";
import { suggestion } from "../components/iam/argumentTypes";

/** Where config values come from: `pulumi.Config`, whose `get` returns structured values as JSON. */
export interface ConfigSource {
    get(key: string): string | undefined;
}

/** The component's name in the stack program, unless the `agentName` config key gives one. */
export const DEFAULT_AGENT_NAME = "agent";

/**
 * The config keys that stand for an argument's fields, flat because a stack's config reads best
 * so: the quotas, and the third-party knowledge bases' secrets; and the component's name.
 */
const FLAT_KEYS: Record<string, { kind: ConfigKind; example: string }> = {
    agentName: { kind: "string", example: "support-agent" },
    thirdPartyKnowledgeBaseSecrets: {
        kind: "strings",
        example: '["arn:aws:secretsmanager:us-east-1:123456789012:secret:pinecone-AbC123"]',
    },
    trustPolicySize: { kind: "integer", example: "4096" },
    managedPoliciesPerRole: { kind: "integer", example: "20" },
};

/**
 * The config keys the stack program reads, each named like the component argument it sets (as
 * {@link AGENT_ARGUMENTS} declares them), so an error about an argument names the config key to
 * fix; and the flat keys.
 */
export const CONFIG_KEYS: Record<string, ConfigKind> = {
    ...Object.fromEntries(
        Object.entries(AGENT_ARGUMENTS).flatMap(([name, declared]) =>
            declared.config ? [[name, declared.config]] : [],
        ),
    ),
    ...Object.fromEntries(Object.entries(FLAT_KEYS).map(([key, flat]) => [key, flat.kind])),
};

/** A valid value of each config key, shown when the key's value is refused. */
const EXAMPLES: Record<string, string> = {
    ...Object.fromEntries(
        Object.entries(AGENT_ARGUMENTS).map(([name, declared]) => [name, declared.example]),
    ),
    ...Object.fromEntries(Object.entries(FLAT_KEYS).map(([key, flat]) => [key, flat.example])),
};

const KIND_NAMES: Record<ConfigKind, string> = {
    string: "a string",
    boolean: "true or false",
    integer: "a whole number",
    strings: "a list",
    list: "a list",
    map: "a map",
};

function parse(key: string, name: string, raw: string, kind: ConfigKind): unknown {
    if (kind === "string") {
        return raw;
    }
    try {
        return JSON.parse(raw);
    } catch {
        throw new ArgumentError(key, `"${raw}" is not ${KIND_NAMES[kind]}`, EXAMPLES[name]);
    }
}

/** Checks a config value's type; the component checks what it holds, naming the same key. */
function checkKind(key: string, name: string, value: unknown, kind: ConfigKind): void {
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
            EXAMPLES[name],
        );
    }
}

/** Letters, digits, `-`, `_` and `.`: a name that reads the same in a URN, a role name and a log. */
const COMPONENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** The component's name: the `agentName` key's, checked, or the default. */
function componentName(project: string, given: string | undefined): string {
    if (given !== undefined && !COMPONENT_NAME.test(given)) {
        throw new ArgumentError(
            `${project}:agentName`,
            `"${given}" is not a component name: up to 100 letters, digits, "-", "_" and ".", starting with a letter or digit`,
            FLAT_KEYS.agentName.example,
        );
    }
    return given ?? DEFAULT_AGENT_NAME;
}

/**
 * Reads and checks the stack's config, returning the component's args. Unknown keys of this
 * project are refused, so a typo never silently grants less or more.
 * @param configKeys the project's keys present in the stack, to refuse unknown ones
 * @throws ArgumentError naming the full config key (`project:key`), what is wrong and an example
 */
export function agentArgsFromConfig(
    config: ConfigSource,
    project: string,
    configKeys: string[] = [],
): { name: string; args: BedrockAgentRoleArgs } {
    for (const key of configKeys) {
        if (!(key in CONFIG_KEYS)) {
            throw new ArgumentError(
                `${project}:${key}`,
                `is not a config key of this program${suggestion(key, Object.keys(CONFIG_KEYS))} (known: ${Object.keys(CONFIG_KEYS).join(", ")})`,
                `${project}:foundationModels`,
            );
        }
    }
    const values: Record<string, unknown> = {};
    for (const [key, kind] of Object.entries(CONFIG_KEYS)) {
        const raw = config.get(key);
        if (raw !== undefined) {
            const value = parse(`${project}:${key}`, key, raw, kind);
            checkKind(`${project}:${key}`, key, value, kind);
            values[key] = value;
        }
    }
    const args: Record<string, unknown> = Object.fromEntries(
        Object.keys(AGENT_ARGUMENTS).flatMap((name) =>
            values[name] === undefined ? [] : [[name, values[name]]],
        ),
    );
    const secrets = values.thirdPartyKnowledgeBaseSecrets as string[] | undefined;
    if (secrets !== undefined) {
        args.thirdPartyKnowledgeBases = secrets.map((secret) => ({ credentialsSecretArn: secret }));
    }
    const quotas = Object.fromEntries(
        ["trustPolicySize", "managedPoliciesPerRole"].flatMap((key) =>
            values[key] === undefined ? [] : [[key, values[key]]],
        ),
    );
    if (Object.keys(quotas).length > 0) {
        args.quotas = quotas;
    }
    const defined = args as BedrockAgentRoleArgs;
    return { name: componentName(project, values.agentName as string | undefined), args: defined };
}

/**
 * Whether an error's argument already names a config key (`project:key…`, `aws:region`) rather
 * than an argument: an argument's own name has no `:`, though a map key after it may
 * (`inferenceProfileDestinations["us.anthropic.claude-sonnet-4-20250514-v1:0"]`).
 */
const isConfigKey = (argument: string, project: string) =>
    argument.startsWith(`${project}:`) || /^[^[.]*:/.test(argument);

/**
 * An error about a component argument, restated about the config key that set it.
 * @internal
 */
export function inConfigTerms(error: unknown, project: string): unknown {
    if (ArgumentError.isArgumentError(error) && !isConfigKey(error.argument, project)) {
        return new ArgumentError(
            configKeyOf(project, error.argument),
            error.problem,
            error.example,
            error.resource,
            error.component,
        );
    }
    return error;
}

/**
 * The config key that an error about a component argument concerns: arguments and config keys
 * share names, except the quotas and the third-party secrets, which config keeps flat.
 */
export function configKeyOf(project: string, argument: string): string {
    const flat = argument
        .replace(/^quotas\./, "")
        .replace(
            /^thirdPartyKnowledgeBases(\[\d+\])\.credentialsSecretArn$/,
            "thirdPartyKnowledgeBaseSecrets$1",
        );
    return `${project}:${flat}`;
}
