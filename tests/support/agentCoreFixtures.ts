// The AgentCore roles the tests plan: a runtime, a gateway, a browser and a code interpreter with
// every capability, in the mocked account and us-east-1, and the ARNs the evaluation tests ask about.
import type * as pulumi from "@pulumi/pulumi";
import type { RoleComponent } from "./componentRun";
import type { AgentCoreBrowserRoleArgs } from "../../components/agentcore/agentCoreBrowserRoleArgs";
import type { AgentCoreCodeInterpreterRoleArgs } from "../../components/agentcore/agentCoreCodeInterpreterRoleArgs";
import type { AgentCoreGatewayRoleArgs } from "../../components/agentcore/agentCoreGatewayRoleArgs";
import type { AgentCoreMemoryRoleArgs } from "../../components/agentcore/agentCoreMemoryRoleArgs";
import type { AgentCoreHarnessRoleArgs } from "../../components/agentcore/agentCoreHarnessRoleArgs";
import type { AgentCoreRuntimeRoleArgs } from "../../components/agentcore/agentCoreRuntimeRoleArgs";
import { AgentCorePlan, agentCoreFamily } from "../../components/agentcore/agentCoreDocuments";
import { AGENTCORE_KINDS, AgentCoreKind, AgentCoreKindArgs } from "../../components/agentcore/agentCoreKinds";
import { AGENTCORE_ROLES } from "../../components/agentcore/agentCoreRoles";
import { planRole } from "../../components/roles/rolePlanning";
import {
    planAgentCoreBrowserRole,
    planAgentCoreCodeInterpreterRole,
    planAgentCoreGatewayRole,
    planAgentCoreMemoryRole,
    planAgentCoreHarnessRole,
    planAgentCoreRuntimeRole,
} from "../../components/agentcore/agentCorePlans";
import type { AwsEnvironment } from "../../components/iam/awsEnvironment";
import type { ArgumentError } from "../../components/iam/argumentError";
import { argumentErrorFrom } from "./argumentErrors";
import { evaluationArgs } from "./evaluationFixtures";
import { MOCK_ENVIRONMENT } from "./pulumiMocks";

export type PlainRuntimeArgs = pulumi.Unwrap<AgentCoreRuntimeRoleArgs>;
export type PlainGatewayArgs = pulumi.Unwrap<AgentCoreGatewayRoleArgs>;
export type PlainMemoryArgs = pulumi.Unwrap<AgentCoreMemoryRoleArgs>;
export type PlainHarnessArgs = pulumi.Unwrap<AgentCoreHarnessRoleArgs>;
export type PlainBrowserArgs = pulumi.Unwrap<AgentCoreBrowserRoleArgs>;
export type PlainCodeInterpreterArgs = pulumi.Unwrap<AgentCoreCodeInterpreterRoleArgs>;

const ACCOUNT = MOCK_ENVIRONMENT.account;
/** An AgentCore ARN in the mocked account and region. */
export const agentCoreArn = (resource: string, account = ACCOUNT, region = "us-east-1") =>
    `arn:aws:bedrock-agentcore:${region}:${account}:${resource}`;
export const OAUTH_SECRET = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:bedrock-agentcore-identity!default/oauth2/github-AbC123`;
export const API_KEY_SECRET = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:bedrock-agentcore-identity!default/apikey/weather-XyZ789`;
export const GATEWAY_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
/** The memory's fixtures: its topics, buckets, stream and the keys of each, in the mocked account. */
export const MEMORY_TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT}:memory-extraction`;
export const MEMORY_PLAIN_TOPIC = `arn:aws:sns:us-east-1:${ACCOUNT}:memory-reflection`;
export const MEMORY_STREAM = `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/memory-records`;
export const TOPIC_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/2222abcd-12ab-34cd-56ef-1234567890ab`;
export const BUCKET_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/3333abcd-12ab-34cd-56ef-1234567890ab`;
export const STREAM_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/4444abcd-12ab-34cd-56ef-1234567890ab`;
export const MEMORY_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/5555abcd-12ab-34cd-56ef-1234567890ab`;
/** The token vault's customer-managed key, in the mocked account. */
export const TOKEN_VAULT_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/6666abcd-12ab-34cd-56ef-1234567890ab`;

/** What GetInferenceProfile answers for the runtime's profile: the model in the US regions the table lists. */
export const RUNTIME_PROFILES: Record<string, string[]> = {
    "us.anthropic.claude-sonnet-4-20250514-v1:0": ["us-east-1", "us-east-2", "us-west-2"].map(
        (region) => `arn:aws:bedrock:${region}::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0`,
    ),
};

/** A runtime with every capability: image, a model through a profile, memory, gateway, providers. */
export function runtimeArgs(): PlainRuntimeArgs {
    return {
        runtimeName: "support_agent",
        containerRepository: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/support-agent:1.4`,
        foundationModels: ["us.anthropic.claude-sonnet-4-20250514-v1:0"],
        memories: ["support_memory-AbCdE12345"],
        gateways: ["support-gateway-abcdefghij"],
        oauthProviders: [{ provider: "github", secretArn: OAUTH_SECRET }],
        apiKeyProviders: [{ provider: "weather", secretArn: API_KEY_SECRET }],
        knowledgeBases: ["KB12345678"],
    };
}

/**
 * A gateway with every capability: two Lambda targets, an interceptor, a function URL, an API
 * Gateway stage, a runtime endpoint, another gateway, an OAuth provider with its user-bound tokens, a key, a schema
 * and a policy engine.
 */
export function gatewayArgs(): PlainGatewayArgs {
    return {
        gatewayName: "support-gateway",
        lambdaTargets: ["lookup-orders", "open-ticket"],
        interceptors: ["redact-pii"],
        functionUrlTargets: ["orders-mcp"],
        apiGatewayTargets: [
            {
                restApiId: "a1b2c3d4e5",
                stage: "prod",
                toolFilters: [
                    { filterPath: "/pets/{petId}", methods: ["GET"] },
                    { filterPath: "/pets", methods: ["POST"] },
                ],
            },
        ],
        runtimeTargets: [{ runtime: "orders_mcp-AbCdE12345", endpoint: "DEFAULT" }],
        gatewayTargets: ["orders-gateway-abcdefghij"],
        oauthProviders: [{ provider: "github", secretArn: OAUTH_SECRET }],
        workloadAccessTokensForJwt: true,
        schemaObjects: [{ bucket: "gateway-schemas", key: "orders/openapi.json" }],
        policyEngine: "support_policies-AbCdE12345",
        customerEncryptionKey: GATEWAY_KEY,
    };
}

/**
 * A memory with every capability: an override model through the US profile and one on demand, an
 * encrypted and a plain self-managed strategy, an encrypted record stream, its own key.
 */
export function memoryArgs(): PlainMemoryArgs {
    return {
        memoryName: "support_memory",
        foundationModels: ["us.anthropic.claude-sonnet-4-20250514-v1:0", "amazon.nova-pro-v1:0"],
        selfManagedStrategies: [
            { topicArn: MEMORY_TOPIC, bucket: "memory-payloads", topicKey: TOPIC_KEY, bucketKey: BUCKET_KEY },
            { topicArn: "memory-reflection", bucket: "memory-reflection-payloads" },
        ],
        recordStream: { streamArn: MEMORY_STREAM, key: STREAM_KEY },
        customerEncryptionKey: MEMORY_KEY,
    };
}

/**
 * A harness on the public network with AWS's built-in browser and code interpreter, a model through
 * its profile, its own memory, a gateway and an API-key provider: harness-security's role and its
 * optional statements.
 */
export function harnessArgs(): PlainHarnessArgs {
    return {
        harnessName: "support_harness",
        foundationModels: ["us.anthropic.claude-sonnet-4-20250514-v1:0"],
        browsers: ["aws.browser.v1"],
        codeInterpreters: ["aws.codeinterpreter.v1"],
        memories: ["support_memory-AbCdE12345"],
        gateways: ["support-gateway-abcdefghij"],
        apiKeyProviders: [{ provider: "weather", secretArn: API_KEY_SECRET }],
    };
}

/** A browser that records its sessions and has two enterprise policy files. */
export function browserArgs(): PlainBrowserArgs {
    return {
        browserName: "research_browser",
        recording: { bucket: "browser-recordings", prefix: "sessions/" },
        enterprisePolicies: [
            { bucket: "browser-policies", key: "managed/allow-list.json" },
            { arn: "arn:aws:s3:::browser-policies/managed/no-passwords.json" },
        ],
    };
}

/** A code interpreter reading two input prefixes (in two buckets) and writing one output prefix. */
export function codeInterpreterArgs(): PlainCodeInterpreterArgs {
    return {
        codeInterpreterName: "analysis_sandbox",
        inputPrefixes: [
            { bucket: "analysis-data", prefix: "input/" },
            { bucket: "reference-data", prefix: "rates" },
        ],
        outputPrefixes: [{ bucket: "analysis-data", prefix: "output/" }],
    };
}

const SOURCE = { project: "agents", stack: "test" };

/** Plans a runtime role as the component named `support-runtime` would. */
export const planRuntime = (
    args: PlainRuntimeArgs,
    provider: AwsEnvironment = MOCK_ENVIRONMENT,
): AgentCorePlan => planAgentCoreRuntimeRole(args, provider, { ...SOURCE, componentName: "support-runtime" });

/** Plans a gateway role as the component named `support-gateway` would. */
export const planGateway = (
    args: PlainGatewayArgs,
    provider: AwsEnvironment = MOCK_ENVIRONMENT,
): AgentCorePlan => planAgentCoreGatewayRole(args, provider, { ...SOURCE, componentName: "support-gateway" });

/** Plans a harness role as the component named `support-harness` would. */
export const planHarness = (
    args: PlainHarnessArgs,
    provider: AwsEnvironment = MOCK_ENVIRONMENT,
): AgentCorePlan =>
    planAgentCoreHarnessRole({ args, provider, source: { ...SOURCE, componentName: "support-harness" } });

/** The ArgumentError planning a harness with `args` raises. */
export const harnessFailure = (args: unknown): ArgumentError =>
    argumentErrorFrom(() => planHarness(args as PlainHarnessArgs));

/** The ArgumentError planning a runtime with `args` raises. */
export const runtimeFailure = (args: unknown, provider: AwsEnvironment = MOCK_ENVIRONMENT): ArgumentError =>
    argumentErrorFrom(() => planRuntime(args as PlainRuntimeArgs, provider));

/** The ArgumentError planning a gateway with `args` raises. */
export const gatewayFailure = (args: unknown): ArgumentError =>
    argumentErrorFrom(() => planGateway(args as PlainGatewayArgs));

/** Plans a memory role as the component named `support-memory` would. */
export const planMemory = (
    args: PlainMemoryArgs,
    provider: AwsEnvironment = MOCK_ENVIRONMENT,
): AgentCorePlan =>
    planAgentCoreMemoryRole({ args, provider, source: { ...SOURCE, componentName: "support-memory" } });

/** The ArgumentError planning a memory with `args` raises. */
export const memoryFailure = (args: unknown): ArgumentError =>
    argumentErrorFrom(() => planMemory(args as PlainMemoryArgs));

/** Plans a browser role as the component named `research-browser` would. */
export const planBrowser = (
    args: PlainBrowserArgs,
    provider: AwsEnvironment = MOCK_ENVIRONMENT,
): AgentCorePlan =>
    planAgentCoreBrowserRole({ args, provider, source: { ...SOURCE, componentName: "research-browser" } });

/** Plans a code interpreter role as the component named `analysis-sandbox` would. */
export const planCodeInterpreter = (
    args: PlainCodeInterpreterArgs,
    provider: AwsEnvironment = MOCK_ENVIRONMENT,
): AgentCorePlan =>
    planAgentCoreCodeInterpreterRole({
        args,
        provider,
        source: { ...SOURCE, componentName: "analysis-sandbox" },
    });

/** The ArgumentError planning a browser with `args` raises. */
export const browserFailure = (args: unknown): ArgumentError =>
    argumentErrorFrom(() => planBrowser(args as PlainBrowserArgs));

/** The ArgumentError planning a code interpreter with `args` raises. */
export const codeInterpreterFailure = (args: unknown): ArgumentError =>
    argumentErrorFrom(() => planCodeInterpreter(args as PlainCodeInterpreterArgs));

/** Valid args of every kind, with every capability: a kind added fails to compile here until it has some. */
export const AGENTCORE_ARGS: { readonly [K in AgentCoreKind]: () => pulumi.Unwrap<AgentCoreKindArgs[K]> } = {
    runtime: runtimeArgs,
    gateway: gatewayArgs,
    browser: browserArgs,
    codeInterpreter: codeInterpreterArgs,
    memory: memoryArgs,
    evaluation: evaluationArgs,
    harness: harnessArgs,
};

/** Plans a role of any kind from `args`, as a component named after the kind would. */
export const planAgentCore = (kind: AgentCoreKind, args: unknown): AgentCorePlan =>
    planRole(agentCoreFamily(AGENTCORE_KINDS[kind] as never), {
        args: args as never,
        provider: MOCK_ENVIRONMENT,
        source: { ...SOURCE, componentName: `${kind}-role` },
    });

/** Each AgentCore kind's component, as the package's table of them gives it. */
export const agentCoreComponent = (kind: AgentCoreKind) =>
    AGENTCORE_ROLES[kind] as unknown as new (name: string, args: unknown) => RoleComponent;
