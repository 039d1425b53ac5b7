// What the adversarial suite strikes: valid args of every component that together name every
// argument of its args interface (the compiler names one left out), and the path of every
// argument and of every field and item within one, derived from those args.
import type * as pulumi from "@pulumi/pulumi";
import type { AgentCoreKind, AgentCoreKindArgs } from "../../components/agentcore/agentCoreKinds";
import type { BedrockAgentRoleArgs } from "../../components/agents/bedrockAgentRoleArgs";
import { ENV, PROFILE, PROVIDER_SECRET, SECRET } from "./adversarialValues";

type KeysOfEach<T> = T extends unknown ? keyof T : never;
/** The arguments of `Args` that none of `Bases` names. */
type Unstruck<Args, Bases extends readonly object[]> = Exclude<keyof Args, KeysOfEach<Bases[number]>>;
type Plain<Args> = Partial<pulumi.Unwrap<Args>>;

/** One valid args object to strike, and the paths within it. */
export interface Base {
    /** What sets this base apart from the component's others, for a failure's message. */
    variant: string;
    args: Record<string, unknown>;
}

/**
 * The bases of a component whose args are `Args`: several where arguments exclude each other (an
 * existing role and the settings of a created one; a container and a code artifact). Together
 * they must name every argument, or this call does not compile and names the ones left out.
 */
export function everyArgument<Args>() {
    return <Bases extends readonly [Plain<Args>, ...Plain<Args>[]]>(
        variants: readonly string[],
        bases: Bases &
            ([Unstruck<Args, Bases>] extends [never] ? unknown : { unstruck: Unstruck<Args, Bases> }),
    ): readonly Base[] =>
        bases.map((args, i) => ({ variant: variants[i], args: args as Record<string, unknown> }));
}

/** A key of an argument's value: a field's name or an item's index. */
export type PathKey = string | number;

/** Every path within `value`: each field and item, and each one's own, depth first. */
function pathsWithin(value: unknown, prefix: PathKey[]): PathKey[][] {
    if (value === null || typeof value !== "object") {
        return [];
    }
    const keys: PathKey[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
    return keys.flatMap((key) => {
        const path = [...prefix, key];
        return [path, ...pathsWithin((value as Record<PathKey, unknown>)[key], path)];
    });
}

/** Where the suite strikes: one base and one path within it. */
export interface Strike {
    base: Base;
    path: PathKey[];
}

/** Every path of every base, and a name no component knows beside each base's arguments. */
export const strikesOf = (bases: readonly Base[]): Strike[] =>
    bases.flatMap((base) =>
        [...pathsWithin(base.args, []), ["unknownArgument"]].map((path) => ({ base, path })),
    );

/** The value at `path` in `args`, or undefined where the path leads nowhere. */
export const valueAt = (args: unknown, path: PathKey[]): unknown =>
    path.reduce<unknown>((value, key) => (value as Record<PathKey, unknown> | undefined)?.[key], args);

const KEY = "1234abcd-12ab-34cd-56ef-1234567890ab";
const EXTRA_STATEMENT = {
    sid: "ReadSales",
    effect: "Allow",
    actions: ["dynamodb:GetItem", "dynamodb:Query"],
    resources: [`arn:aws:dynamodb:eu-west-3:${ENV.account}:table/sales`],
    conditions: [{ operator: "StringEquals", key: "aws:ResourceTag/team", values: ["support"] }],
    allowsPrivilegeEscalation: false,
};
/** The settings only a role the component creates takes. */
const CREATED_ROLE = {
    roleNameSuffix: "support-agent",
    description: "Support agent",
    path: "/agents/",
    tags: { team: "support" },
    maxSessionDuration: 3600,
    permissionsBoundary: `arn:aws:iam::${ENV.account}:policy/AgentBoundary`,
};
const QUOTAS = { trustPolicySize: 2048, managedPoliciesPerRole: 10 };

const AGENT_GRANTS = {
    foundationModels: ["anthropic.claude-3-5-sonnet-20240620-v1:0", PROFILE],
    streaming: true,
    inferenceProfileDestinations: { [PROFILE]: ["eu-west-3", "eu-central-1"] },
    actionGroups: [
        {
            name: "orders",
            lambdaFunction: "orders-fn",
            apiSchema: { bucket: "agent-schemas", key: "orders.json" },
        },
        { name: "tickets", apiSchema: { arn: "arn:aws:s3:::agent-schemas/tickets.json" } },
    ],
    knowledgeBases: ["KBPRODUCTS", "KBORDERS01"],
    thirdPartyKnowledgeBases: [{ credentialsSecretArn: SECRET, knowledgeBase: "KBPINECONE" }],
    customerEncryptionKey: KEY,
    guardrails: [
        {
            guardrail: "gr1234abcd56",
            crossRegionProfile: "eu.guardrail.v1:0",
            crossRegionDestinations: ["eu-west-3", "eu-central-1"],
            kmsKey: "5678abcd-12ab-34cd-56ef-1234567890ab",
        },
    ],
    collaborators: ["COLLAB0001/ALIAS00001"],
    prompts: ["PROMPT1234:2"],
    codeInterpreterFiles: [{ bucket: "agent-files", key: "sales.csv" }],
    customOrchestration: { lambdaFunction: "orchestrator" },
    promptOverrideParser: { lambdaFunction: "parse-output" },
    memoryEncryptionKey: "9abcabcd-12ab-34cd-56ef-1234567890ab",
    agentAliases: ["AGENT12345/LIVE000001"],
    extraStatements: [EXTRA_STATEMENT],
    agentIds: ["AGENT12345", "AGENT67890"],
    lambdaAgentIds: ["AGENT12345"],
    account: ENV.account,
    region: ENV.region,
    partition: ENV.partition,
    quotas: QUOTAS,
};

/** The agent's component: a role it creates, and an existing role it grants. */
export const AGENT_BASES = everyArgument<BedrockAgentRoleArgs>()(
    ["a created role", "an existing role"],
    [
        { ...AGENT_GRANTS, ...CREATED_ROLE },
        { ...AGENT_GRANTS, existingRole: "support-agent-role" },
    ],
);

const AGENTCORE_ROLE = { extraStatements: [EXTRA_STATEMENT], quotas: QUOTAS };
const AGENTCORE_EXISTING_ROLE = { existingRole: `arn:aws:iam::${ENV.account}:role/platform/agentcore-role` };
const PROVIDERS = {
    oauthProviders: [
        { provider: "github", secretArn: PROVIDER_SECRET, secretSource: "MANAGED" },
        {
            provider: "jira",
            secretArn: `arn:aws:secretsmanager:${ENV.region}:${ENV.account}:secret:jira-client-XyZ789`,
            secretSource: "EXTERNAL",
        },
    ],
    apiKeyProviders: [
        {
            provider: "weather",
            secretArn: PROVIDER_SECRET.replace("oauth2/github", "apikey/weather"),
            secretSource: "MANAGED",
        },
    ],
    tokenVaultKey: `arn:aws:kms:${ENV.region}:${ENV.account}:key/${KEY}`,
};
/**
 * The runtime's call flags and sources, as its callers and its resource policy both take them:
 * neither the user-id nor the command opt-in, which are valid but warn on every strike. A fresh
 * copy for each: a strike of one argument's list must leave the other's whole.
 */
const runtimeCalls = () => ({
    webSocket: true,
    anyUserId: false,
    stopSessions: true,
    agentCard: true,
    commands: false,
    allowCommandEscalation: false,
    sourceVpcEndpoints: ["vpce-0a1b2c3d4e5f60718"],
    sourceVpcs: ["vpc-1a2b3c4d"],
});

const RUNTIME_GRANTS = {
    runtimeName: "support_agent",
    foundationModels: [PROFILE, "amazon.nova-pro-v1:0"],
    streaming: true,
    inferenceProfileDestinations: { [PROFILE]: ["eu-west-3", "eu-central-1"] },
    memories: ["support_memory-AbCdE12345"],
    gateways: [`arn:aws:bedrock-agentcore:${ENV.region}:${ENV.account}:gateway/support-gateway-abcdefghij`],
    runtimes: [
        { runtime: "billing_agent-AbCdE12345", endpoint: "DEFAULT", agentCard: true },
        {
            runtime: `arn:aws:bedrock-agentcore:${ENV.region}:${ENV.account}:runtime/orders_agent-AbCdE12345`,
            endpoint: "prod",
        },
    ],
    browsers: [
        "aws.browser.v1",
        `arn:aws:bedrock-agentcore:${ENV.region}:${ENV.account}:browser-custom/support_browser-AbCdE12345`,
    ],
    // AWS's built-in interpreter only: a custom one is valid but warns on every strike.
    codeInterpreters: [`arn:aws:bedrock-agentcore:${ENV.region}:aws:code-interpreter/aws.codeinterpreter.v1`],
    ...PROVIDERS,
    observability: true,
    workloadAccessTokens: true,
    workloadAccessTokensForAnyUser: false,
    knowledgeBases: ["KBPRODUCTS"],
    guardrails: [{ guardrail: "gr1234abcd56" }],
    callers: { endpoints: ["prod", "DEFAULT"], ...runtimeCalls() },
    // OAuth callers in the other base.
    resourcePolicy: { principals: ["arn:aws:iam::210987654321:role/support-app"], ...runtimeCalls() },
    logDelivery: [
        { source: "support_agent-traces", logType: "TRACES", destination: "support_agent-xray", xray: true },
    ],
    ...AGENTCORE_ROLE,
};

const GATEWAY_GRANTS = {
    gatewayName: "support-gateway",
    lambdaTargets: ["lookup-orders", `arn:aws:lambda:${ENV.region}:${ENV.account}:function:open-ticket`],
    interceptors: ["redact-pii"],
    functionUrlTargets: [
        "orders-mcp",
        `arn:aws:lambda:${ENV.region}:${ENV.account}:function:billing-mcp:live`,
    ],
    apiGatewayTargets: [
        {
            restApiId: "a1b2c3d4e5",
            stage: "prod",
            toolFilters: [
                { filterPath: "/pets/{petId}", methods: ["GET", "DELETE"] },
                { filterPath: "/pets", methods: ["POST"] },
            ],
        },
    ],
    runtimeTargets: [
        { runtime: "orders_mcp-AbCdE12345", endpoint: "DEFAULT" },
        {
            runtime: `arn:aws:bedrock-agentcore:${ENV.region}:${ENV.account}:runtime/billing_mcp-AbCdE12345`,
            endpoint: "live",
        },
    ],
    gatewayTargets: [
        "orders-gateway-abcdefghij",
        `arn:aws:bedrock-agentcore:${ENV.region}:${ENV.account}:gateway/billing-gateway-abcdefghij`,
    ],
    ...PROVIDERS,
    workloadAccessTokensForJwt: true,
    workloadAccessTokensForUserId: false,
    schemaObjects: [{ bucket: "gateway-schemas", key: "orders/openapi.json" }],
    policyEngine: "support_policies-AbCdE12345",
    customerEncryptionKey: KEY,
    callers: { sourceVpcEndpoints: ["vpce-0a1b2c3d4e5f60718"], sourceVpcs: ["vpc-1a2b3c4d"] },
    resourcePolicy: {
        oauthCallers: true,
        sourceVpcEndpoints: ["vpce-0a1b2c3d4e5f60718"],
        sourceVpcs: ["vpc-1a2b3c4d"],
    },
    logDelivery: [
        {
            source: "support-gateway-logs",
            logType: "APPLICATION_LOGS",
            destination: "support-gateway-s3",
            bucket: "gateway-logs",
        },
    ],
    ...AGENTCORE_ROLE,
};

const EVALUATION_GRANTS = {
    onlineEvaluationConfigName: "support_evaluation",
    logGroups: [
        "/aws/bedrock-agentcore/runtimes/support_agent-AbCdE12345-DEFAULT",
        `arn:aws:logs:${ENV.region}:${ENV.account}:log-group:/aws/bedrock-agentcore/runtimes/support_agent-AbCdE12345-canary`,
    ],
    transactionSearchSpans: true,
    foundationModels: [PROFILE, "amazon.nova-pro-v1:0"],
    streaming: false,
    inferenceProfileDestinations: { [PROFILE]: ["eu-west-3", "eu-central-1"] },
    evaluatorFunctions: ["score-refunds", `arn:aws:lambda:${ENV.region}:${ENV.account}:function:score-tone`],
    evaluators: [
        "helpfulness_judge-AbCdE12345",
        `arn:aws:bedrock-agentcore:${ENV.region}:${ENV.account}:evaluator/tone_judge-AbCdE12345`,
    ],
    evaluatorKeys: [KEY],
    ...AGENTCORE_ROLE,
};

const MEMORY_GRANTS = {
    memoryName: "support_memory",
    foundationModels: [PROFILE, "amazon.nova-pro-v1:0"],
    streaming: false,
    inferenceProfileDestinations: { [PROFILE]: ["eu-west-3", "eu-central-1"] },
    selfManagedStrategies: [
        {
            topicArn: `arn:aws:sns:${ENV.region}:${ENV.account}:memory-extraction`,
            bucket: "memory-payloads",
            topicKey: KEY,
            bucketKey: `arn:aws:kms:${ENV.region}:${ENV.account}:key/5678abcd-12ab-34cd-56ef-1234567890ab`,
        },
        { topicArn: "memory-reflection", bucket: "memory-reflection-payloads" },
    ],
    recordStream: {
        streamArn: `arn:aws:kinesis:${ENV.region}:${ENV.account}:stream/memory-records`,
        key: "9abcabcd-12ab-34cd-56ef-1234567890ab",
    },
    customerEncryptionKey: "mrk-0123456789abcdef0123456789abcdef",
    // deleteRecords beside namespaces is valid but warns on every strike.
    callers: {
        events: true,
        deleteEvents: true,
        records: true,
        deleteRecords: false,
        listActors: true,
        selfManagedPipeline: true,
        actorIds: ["user-1"],
        sessionIds: ["session-1"],
        namespaces: ["/users/user-1/"],
        sourceVpcEndpoints: ["vpce-0a1b2c3d4e5f60718"],
        sourceVpcs: ["vpc-1a2b3c4d"],
    },
    logDelivery: [
        {
            source: "support_memory-logs",
            logType: "APPLICATION_LOGS",
            destination: "support_memory-cwl",
            logGroup: "/aws/vendedlogs/bedrock-agentcore/memory/APPLICATION_LOGS/support_memory",
        },
        {
            source: "support_memory-usage",
            logType: "USAGE_LOGS",
            destination: "support_memory-usage-cwl",
            logGroup: `arn:aws:logs:${ENV.region}:${ENV.account}:log-group:/aws/vendedlogs/support_memory-usage`,
        },
        {
            source: "support_memory-traces",
            logType: "TRACES",
            destination: "support_memory-xray",
            xray: true,
        },
    ],
    ...AGENTCORE_ROLE,
};

const HARNESS_GRANTS = {
    harnessName: "support_harness",
    foundationModels: [PROFILE, "amazon.nova-pro-v1:0"],
    streaming: true,
    inferenceProfileDestinations: { [PROFILE]: ["eu-west-3", "eu-central-1"] },
    observability: true,
    browsers: ["aws.browser.v1"],
    codeInterpreters: ["aws.codeinterpreter.v1"],
    memories: ["support_memory-AbCdE12345"],
    gateways: ["support-gateway-abcdefghij"],
    ...PROVIDERS,
    ...AGENTCORE_ROLE,
};

const BROWSER_GRANTS = {
    browserName: "research_browser",
    recording: { bucket: "browser-recordings", prefix: "sessions/" },
    enterprisePolicies: [
        { bucket: "browser-policies", key: "managed/allow-list.json" },
        { arn: "arn:aws:s3:::browser-policies/managed/no-passwords.json" },
    ],
    networkMode: "VPC",
    ...AGENTCORE_ROLE,
};

const CODE_INTERPRETER_GRANTS = {
    codeInterpreterName: "analysis_sandbox",
    inputPrefixes: [
        { bucket: "analysis-data", prefix: "input/" },
        { bucket: "reference-data", prefix: "rates" },
    ],
    outputPrefixes: [{ bucket: "analysis-data", prefix: "output/" }],
    ...AGENTCORE_ROLE,
};

/**
 * Every AgentCore kind's bases: a kind added to the family table is a compile error here until
 * it has bases naming each of its arguments.
 */
export const AGENTCORE_BASES: { readonly [K in AgentCoreKind]: readonly Base[] } = {
    runtime: everyArgument<AgentCoreKindArgs["runtime"]>()(
        ["a container image, a created role", "a code artifact, an existing role"],
        [
            {
                ...RUNTIME_GRANTS,
                containerRepository: `${ENV.account}.dkr.ecr.${ENV.region}.amazonaws.com/support-agent:1.0`,
                networkMode: "VPC",
                ...CREATED_ROLE,
            },
            {
                ...RUNTIME_GRANTS,
                codeArtifact: { bucket: "agent-code", key: "support/agent.zip" },
                resourcePolicy: { oauthCallers: true, agentCard: true, sourceVpcs: ["vpc-1a2b3c4d"] },
                ...AGENTCORE_EXISTING_ROLE,
            },
        ],
    ),
    gateway: everyArgument<AgentCoreKindArgs["gateway"]>()(
        ["every target, a created role", "every target, an existing role"],
        [
            { ...GATEWAY_GRANTS, managedPrivateEndpoints: true, ...CREATED_ROLE },
            { ...GATEWAY_GRANTS, ...AGENTCORE_EXISTING_ROLE },
        ],
    ),
    evaluation: everyArgument<AgentCoreKindArgs["evaluation"]>()(
        ["every capability, a created role", "every capability, an existing role"],
        [
            { ...EVALUATION_GRANTS, ...CREATED_ROLE },
            { ...EVALUATION_GRANTS, ...AGENTCORE_EXISTING_ROLE },
        ],
    ),
    memory: everyArgument<AgentCoreKindArgs["memory"]>()(
        ["every strategy and a stream, a created role", "every strategy and a stream, an existing role"],
        [
            { ...MEMORY_GRANTS, ...CREATED_ROLE },
            { ...MEMORY_GRANTS, ...AGENTCORE_EXISTING_ROLE },
        ],
    ),
    harness: everyArgument<AgentCoreKindArgs["harness"]>()(
        ["in a VPC, a created role", "a custom container, an existing role"],
        [
            { ...HARNESS_GRANTS, networkMode: "VPC", allowRoleSwitching: false, ...CREATED_ROLE },
            {
                ...HARNESS_GRANTS,
                networkMode: "PUBLIC",
                allowRoleSwitching: true,
                containerRepository: `${ENV.account}.dkr.ecr.${ENV.region}.amazonaws.com/support-harness:1.0`,
                ...AGENTCORE_EXISTING_ROLE,
            },
        ],
    ),
    browser: everyArgument<AgentCoreKindArgs["browser"]>()(
        [
            "recording and policy files in a VPC, a created role",
            "recording and policy files in a VPC, an existing role",
        ],
        [
            { ...BROWSER_GRANTS, ...CREATED_ROLE },
            { ...BROWSER_GRANTS, ...AGENTCORE_EXISTING_ROLE },
        ],
    ),
    codeInterpreter: everyArgument<AgentCoreKindArgs["codeInterpreter"]>()(
        ["input and output prefixes, a created role", "input and output prefixes, an existing role"],
        [
            { ...CODE_INTERPRETER_GRANTS, networkMode: "SANDBOX", ...CREATED_ROLE },
            { ...CODE_INTERPRETER_GRANTS, ...AGENTCORE_EXISTING_ROLE },
        ],
    ),
};
