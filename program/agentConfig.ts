import { ArgumentError } from "../components/iam/argumentError";
import type { BedrockAgentRoleArgs } from "../components/agents/bedrockAgentRoleArgs";
import type { ActionGroupArgs } from "../components/agents/capabilities/actionGroups";

/** Where config values come from: `pulumi.Config`, whose `get` returns structured values as JSON. */
export interface ConfigSource {
    get(key: string): string | undefined;
}

/** The component's name in the stack program, unless the `agentName` config key gives one. */
export const DEFAULT_AGENT_NAME = "agent";

type Kind = "string" | "boolean" | "integer" | "strings" | "list" | "map";

/**
 * The config keys the stack program reads, each named like the component argument it sets, so an
 * error about an argument names the config key to fix.
 */
export const CONFIG_KEYS: Record<string, Kind> = {
    agentName: "string",
    foundationModels: "strings",
    inferenceProfileDestinations: "map",
    streaming: "boolean",
    actionGroups: "list",
    knowledgeBases: "strings",
    thirdPartyKnowledgeBaseSecrets: "strings",
    customerEncryptionKey: "string",
    guardrails: "list",
    collaborators: "strings",
    prompts: "strings",
    codeInterpreterFiles: "list",
    customOrchestration: "map",
    memoryEncryptionKey: "string",
    agentAliases: "strings",
    extraStatements: "list",
    existingRole: "string",
    agentIds: "strings",
    lambdaAgentIds: "strings",
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

/** A valid value of each config key, shown when the key's value is refused. */
const EXAMPLES: Record<string, string> = {
    agentName: "support-agent",
    foundationModels: '["us.anthropic.claude-sonnet-4-20250514-v1:0"]',
    inferenceProfileDestinations:
        '{ "us.anthropic.claude-sonnet-4-20250514-v1:0": ["us-east-1", "us-east-2", "us-west-2"] }',
    streaming: "true",
    actionGroups:
        "[{ name: lookup-orders, lambdaFunction: lookup-orders, apiSchema: { bucket: agent-schemas, key: orders.json } }]",
    knowledgeBases: '["KB12345678"]',
    thirdPartyKnowledgeBaseSecrets:
        '["arn:aws:secretsmanager:us-east-1:123456789012:secret:pinecone-AbC123"]',
    customerEncryptionKey: "1234abcd-12ab-34cd-56ef-1234567890ab",
    guardrails: "[{ guardrail: gr1234abcd56, crossRegionProfile: us.guardrail.v1:0 }]",
    collaborators: '["AGENT12345/ALIAS12345"]',
    prompts: '["PROMPT1234:1"]',
    codeInterpreterFiles: "[{ bucket: agent-files, key: sales/2026.csv }]",
    customOrchestration: "{ lambdaFunction: orchestrator }",
    memoryEncryptionKey: "1234abcd-12ab-34cd-56ef-1234567890ab",
    agentAliases: '["AGENT12345/ALIAS12345"]',
    extraStatements:
        '[{ sid: ReadOrdersTable, actions: ["dynamodb:GetItem"], resources: ["arn:aws:dynamodb:us-east-1:123456789012:table/orders"] }]',
    existingRole: "support-agent-role",
    agentIds: '["AGENT12345"]',
    lambdaAgentIds: '["AGENT12345"]',
    account: '"123456789012"',
    region: "us-east-1",
    roleNameSuffix: "support-agent-prod",
    description: "Service role of the support agent",
    path: "/bedrock/",
    maxSessionDuration: "3600",
    permissionsBoundary: "arn:aws:iam::123456789012:policy/AgentBoundary",
    trustPolicySize: "4096",
    managedPoliciesPerRole: "20",
};

const KIND_NAMES: Record<Kind, string> = {
    string: "a string",
    boolean: "true or false",
    integer: "a whole number",
    strings: "a list",
    list: "a list",
    map: "a map",
};

function parse(key: string, name: string, raw: string, kind: Kind): unknown {
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
function checkKind(key: string, name: string, value: unknown, kind: Kind): void {
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
            const value = parse(`${project}:${key}`, key, raw, kind);
            checkKind(`${project}:${key}`, key, value, kind);
            values[key] = value;
        }
    }
    const args: BedrockAgentRoleArgs = {
        foundationModels: values.foundationModels as string[] | undefined,
        streaming: values.streaming as boolean | undefined,
        inferenceProfileDestinations: values.inferenceProfileDestinations as
            Record<string, string[]> | undefined,
        actionGroups: values.actionGroups as ActionGroupArgs[] | undefined,
        knowledgeBases: values.knowledgeBases as string[] | undefined,
        thirdPartyKnowledgeBases: (values.thirdPartyKnowledgeBaseSecrets as string[] | undefined)?.map(
            (secret) => ({
                credentialsSecretArn: secret,
            }),
        ),
        customerEncryptionKey: values.customerEncryptionKey as string | undefined,
        guardrails: values.guardrails as BedrockAgentRoleArgs["guardrails"],
        collaborators: values.collaborators as string[] | undefined,
        prompts: values.prompts as string[] | undefined,
        codeInterpreterFiles: values.codeInterpreterFiles as BedrockAgentRoleArgs["codeInterpreterFiles"],
        customOrchestration: values.customOrchestration as BedrockAgentRoleArgs["customOrchestration"],
        memoryEncryptionKey: values.memoryEncryptionKey as string | undefined,
        agentAliases: values.agentAliases as string[] | undefined,
        extraStatements: values.extraStatements as BedrockAgentRoleArgs["extraStatements"],
        existingRole: values.existingRole as string | undefined,
        agentIds: values.agentIds as string[] | undefined,
        lambdaAgentIds: values.lambdaAgentIds as string[] | undefined,
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
 * An error about a component argument, restated about the config key that set it.
 * @internal
 */
export function inConfigTerms(error: unknown, project: string): unknown {
    if (ArgumentError.isArgumentError(error) && !error.argument.includes(":")) {
        return new ArgumentError(configKeyOf(project, error.argument), error.problem, error.example);
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
