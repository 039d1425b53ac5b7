import { ArgumentError } from "../components/argumentError";
import type { BedrockAgentRoleArgs } from "../components/bedrockAgentRoleArgs";
import type { ActionGroupArgs } from "../components/capabilities/actionGroups";

/** Where config values come from: `pulumi.Config`, whose `get` returns structured values as JSON. */
export interface ConfigSource {
    get(key: string): string | undefined;
}

/** The component's name in the stack program, unless the `agentName` config key gives one. */
export const DEFAULT_AGENT_NAME = "agent";

type Kind = "string" | "boolean" | "integer" | "strings" | "actionGroups";

/**
 * The config keys the stack program reads, each named like the component argument it sets, so an
 * error about an argument names the config key to fix.
 */
export const CONFIG_KEYS: Record<string, Kind> = {
    agentName: "string",
    foundationModels: "strings",
    streaming: "boolean",
    actionGroups: "actionGroups",
    knowledgeBases: "strings",
    thirdPartyKnowledgeBaseSecrets: "strings",
    customerEncryptionKey: "string",
    agentIds: "strings",
    account: "string",
    region: "string",
    roleNameSuffix: "string",
    description: "string",
    path: "string",
    maxSessionDuration: "integer",
    permissionsBoundary: "string",
    trustPolicySize: "integer",
    managedPoliciesPerRole: "integer",
};

const EXAMPLES: Record<Kind, string> = {
    string: '"value"',
    boolean: "true",
    integer: "3600",
    strings: '["anthropic.claude-3-5-sonnet-20240620-v1:0"]',
    actionGroups:
        "[{ name: lookup-orders, lambdaFunction: lookup-orders, apiSchema: { bucket: agent-schemas, key: orders.json } }]",
};

function parse(key: string, raw: string, kind: Kind): unknown {
    if (kind === "string") {
        return raw;
    }
    try {
        return JSON.parse(raw);
    } catch {
        throw new ArgumentError(
            key,
            `"${raw}" is not a ${kind === "strings" ? "list" : kind}`,
            EXAMPLES[kind],
        );
    }
}

function checkShape(key: string, value: unknown, kind: Kind): void {
    const fail = (what: string) => {
        throw new ArgumentError(key, `must be ${what}`, EXAMPLES[kind]);
    };
    if (kind === "boolean" && typeof value !== "boolean") fail("true or false");
    if (kind === "integer" && !Number.isInteger(value)) fail("a whole number");
    if (kind === "strings" && !(Array.isArray(value) && value.every((v) => typeof v === "string"))) {
        fail("a list of strings");
    }
    if (kind === "actionGroups") {
        if (!Array.isArray(value)) fail("a list of action groups");
        (value as unknown[]).forEach((group, i) => checkActionGroup(`${key}[${i}]`, group));
    }
}

const GROUP_FIELDS = ["name", "lambdaFunction", "apiSchema"];
const SCHEMA_FIELDS = ["bucket", "key", "arn"];

function checkFields(
    key: string,
    value: unknown,
    fields: string[],
    example: string,
): Record<string, unknown> {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw new ArgumentError(key, "must be a map", example);
    }
    for (const [field, fieldValue] of Object.entries(value)) {
        if (!fields.includes(field)) {
            throw new ArgumentError(
                `${key}.${field}`,
                `is not a known field (known: ${fields.join(", ")})`,
                example,
            );
        }
        if (typeof fieldValue !== "string" && !(fields === GROUP_FIELDS && field === "apiSchema")) {
            throw new ArgumentError(`${key}.${field}`, "must be a string", example);
        }
    }
    return value as Record<string, unknown>;
}

function checkActionGroup(key: string, group: unknown): void {
    const example = EXAMPLES.actionGroups;
    const fields = checkFields(key, group, GROUP_FIELDS, example);
    if (typeof fields.name !== "string") {
        throw new ArgumentError(`${key}.name`, "is missing", example);
    }
    if (fields.apiSchema !== undefined) {
        checkFields(
            `${key}.apiSchema`,
            fields.apiSchema,
            SCHEMA_FIELDS,
            "{ bucket: agent-schemas, key: orders.json }",
        );
    }
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
                `is not a config key of this program (known: ${Object.keys(CONFIG_KEYS).join(", ")})`,
                `${project}:foundationModels`,
            );
        }
    }
    const values: Record<string, unknown> = {};
    for (const [key, kind] of Object.entries(CONFIG_KEYS)) {
        const raw = config.get(key);
        if (raw !== undefined) {
            const value = parse(`${project}:${key}`, raw, kind);
            checkShape(`${project}:${key}`, value, kind);
            values[key] = value;
        }
    }
    const args: BedrockAgentRoleArgs = {
        foundationModels: values.foundationModels as string[] | undefined,
        streaming: values.streaming as boolean | undefined,
        actionGroups: values.actionGroups as ActionGroupArgs[] | undefined,
        knowledgeBases: values.knowledgeBases as string[] | undefined,
        thirdPartyKnowledgeBases: (values.thirdPartyKnowledgeBaseSecrets as string[] | undefined)?.map(
            (secret) => ({
                credentialsSecretArn: secret,
            }),
        ),
        customerEncryptionKey: values.customerEncryptionKey as string | undefined,
        agentIds: values.agentIds as string[] | undefined,
        account: values.account as string | undefined,
        region: values.region as string | undefined,
        roleNameSuffix: values.roleNameSuffix as string | undefined,
        description: values.description as string | undefined,
        path: values.path as string | undefined,
        maxSessionDuration: values.maxSessionDuration as number | undefined,
        permissionsBoundary: values.permissionsBoundary as string | undefined,
        quotas: {
            trustPolicySize: values.trustPolicySize as number | undefined,
            managedPoliciesPerRole: values.managedPoliciesPerRole as number | undefined,
        },
    };
    const defined = Object.fromEntries(
        Object.entries(args).filter(([, v]) => v !== undefined),
    ) as BedrockAgentRoleArgs;
    return { name: (values.agentName as string | undefined) ?? DEFAULT_AGENT_NAME, args: defined };
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
