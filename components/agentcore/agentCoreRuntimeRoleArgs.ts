import type { ArgumentTable } from "../roles/roleArguments";
import { AgentCoreRoleArgs, PROVIDER_ARGUMENTS, ROLE_ARGUMENTS } from "./agentCoreArguments";
import type * as pulumi from "@pulumi/pulumi";
import type { GuardrailsArgs } from "../grants/guardrails";
import type { KnowledgeBasesArgs } from "../grants/knowledgeBases";
import type { ModelAccessArgs } from "../grants/modelAccess";
import type { CalledRuntimesArgs } from "./capabilities/calledRuntimes";
import type { CredentialProvidersArgs } from "./capabilities/credentialProviders";
import type { TokenVaultKeyArgs } from "./capabilities/tokenVaultKey";
import type { GatewayInvocationArgs } from "./capabilities/gatewayInvocation";
import type { MemoriesArgs } from "./capabilities/memories";
import type { NetworkModeArgs } from "./capabilities/networkMode";
import type { ObservabilityArgs } from "./capabilities/observability";
import type { RuntimeArtifactArgs } from "./capabilities/runtimeArtifact";
import type { LogDeliveriesArgs } from "./capabilities/logDelivery";
import type { RuntimeCallersArgs } from "./capabilities/runtimeCallers";
import type { RuntimeResourcePolicyArgs } from "./capabilities/runtimeResourcePolicy";
import type { ToolSessionsArgs } from "./capabilities/toolSessions";
import type { WorkloadTokensArgs } from "./capabilities/workloadTokens";

/**
 * Arguments of {@link AgentCoreRuntimeRole}: the runtime the role is for, what it runs, and what
 * its agent code may use. Every list may be given in any order.
 */
export interface AgentCoreRuntimeRoleArgs
    extends
        RuntimeArtifactArgs,
        ModelAccessArgs,
        MemoriesArgs,
        GatewayInvocationArgs,
        CalledRuntimesArgs,
        ToolSessionsArgs,
        CredentialProvidersArgs,
        TokenVaultKeyArgs,
        ObservabilityArgs,
        WorkloadTokensArgs,
        KnowledgeBasesArgs,
        GuardrailsArgs,
        RuntimeCallersArgs,
        RuntimeResourcePolicyArgs,
        LogDeliveriesArgs,
        NetworkModeArgs,
        AgentCoreRoleArgs {
    /**
     * The runtime's name, as `aws.bedrock.AgentcoreAgentRuntime` gets it (`agentRuntimeName`):
     * letters, digits and `_`, starting with a letter. The trust policy admits the runtimes of this
     * name only (`runtime/<name>-??????????`: the name, `-` and the ten characters AgentCore
     * appends), and the log groups and workload identities are those of these ids.
     */
    runtimeName: pulumi.Input<string>;
}

/** Every argument of {@link AgentCoreRuntimeRoleArgs}, declared once beside it. @internal */
export const RUNTIME_ARGUMENTS: ArgumentTable<AgentCoreRuntimeRoleArgs> = {
    runtimeName: { config: "string", example: "support_agent" },
    containerRepository: { config: "string", example: "support-agent" },
    codeArtifact: { config: "map", example: "{ bucket: agent-code, key: support/agent.zip }" },
    foundationModels: { config: "strings", example: '["us.anthropic.claude-sonnet-4-20250514-v1:0"]' },
    streaming: { config: "boolean", example: "true" },
    inferenceProfileDestinations: {
        config: "map",
        example: '{ "us.anthropic.claude-sonnet-4-20250514-v1:0": ["us-east-1", "us-east-2", "us-west-2"] }',
    },
    memories: { config: "strings", example: '["support_memory-AbCdE12345"]' },
    gateways: { config: "strings", example: '["support-gateway-abcdefghij"]' },
    runtimes: {
        config: "list",
        example: "[{ runtime: billing_agent-AbCdE12345, endpoint: DEFAULT, agentCard: true }]",
    },
    browsers: { config: "strings", example: '["aws.browser.v1"]' },
    codeInterpreters: { config: "strings", example: '["aws.codeinterpreter.v1"]' },
    ...PROVIDER_ARGUMENTS,
    observability: { config: "boolean", example: "true" },
    workloadAccessTokens: { config: "boolean", example: "false" },
    workloadAccessTokensForAnyUser: { config: "boolean", example: "false" },
    knowledgeBases: { config: "strings", example: '["KB12345678"]' },
    guardrails: { config: "list", example: "[{ guardrail: gr1234abcd56 }]" },
    callers: { config: "map", example: "{ endpoints: [prod], webSocket: true }" },
    resourcePolicy: {
        config: "map",
        example: "{ principals: [arn:aws:iam::210987654321:role/support-app], sourceVpcs: [vpc-1a2b3c4d] }",
    },
    logDelivery: {
        config: "list",
        example:
            "[{ source: support_agent-traces, logType: TRACES, destination: support_agent-xray, xray: true }]",
    },
    networkMode: { config: "string", example: "VPC" },
    ...ROLE_ARGUMENTS,
};
