import type { ArgumentTable } from "../roles/roleArguments";
import { AgentCoreRoleArgs, PROVIDER_ARGUMENTS, ROLE_ARGUMENTS } from "./agentCoreArguments";
import type * as pulumi from "@pulumi/pulumi";
import type { ModelAccessArgs } from "../grants/modelAccess";
import type { CredentialProvidersArgs } from "./capabilities/credentialProviders";
import type { TokenVaultKeyArgs } from "./capabilities/tokenVaultKey";
import type { GatewayInvocationArgs } from "./capabilities/gatewayInvocation";
import type { HarnessEnvironmentArgs } from "./capabilities/harnessEnvironment";
import type { MemoriesArgs } from "./capabilities/memories";
import type { ObservabilityArgs } from "./capabilities/observability";
import type { RoleSwitchingArgs } from "./capabilities/roleSwitching";
import type { ToolSessionsArgs } from "./capabilities/toolSessions";

/**
 * Arguments of {@link AgentCoreHarnessRole}: the harness the role is for, where its container
 * comes from, and what its agent loop may use: models, browsers and code interpreters, memories,
 * gateways and credential providers. Every list may be given in any order.
 */
export interface AgentCoreHarnessRoleArgs
    extends
        HarnessEnvironmentArgs,
        ModelAccessArgs,
        ObservabilityArgs,
        ToolSessionsArgs,
        MemoriesArgs,
        GatewayInvocationArgs,
        CredentialProvidersArgs,
        TokenVaultKeyArgs,
        RoleSwitchingArgs,
        AgentCoreRoleArgs {
    /**
     * The harness's name, as `aws.bedrock.AgentcoreHarness` gets it (`harnessName`): 1 to 40
     * letters, digits and `_`, starting with a letter. The trust policy admits the harnesses of this
     * name only (`harness/<name>-??????????`) and the runtime AgentCore runs each on
     * (`runtime/harness_<name>-??????????` and its endpoints), whose ids name the log groups and
     * workload identities.
     */
    harnessName: pulumi.Input<string>;
}

/** Every argument of {@link AgentCoreHarnessRoleArgs}, declared once beside it. @internal */
export const HARNESS_ARGUMENTS: ArgumentTable<AgentCoreHarnessRoleArgs> = {
    harnessName: { config: "string", example: "support_harness" },
    networkMode: { config: "string", example: "VPC" },
    containerRepository: { config: "string", example: "support-harness" },
    foundationModels: { config: "strings", example: '["us.anthropic.claude-sonnet-4-20250514-v1:0"]' },
    streaming: { config: "boolean", example: "true" },
    inferenceProfileDestinations: {
        config: "map",
        example: '{ "us.anthropic.claude-sonnet-4-20250514-v1:0": ["us-east-1", "us-east-2", "us-west-2"] }',
    },
    observability: { config: "boolean", example: "true" },
    browsers: { config: "strings", example: '["aws.browser.v1"]' },
    codeInterpreters: { config: "strings", example: '["aws.codeinterpreter.v1"]' },
    memories: { config: "strings", example: '["support_memory-AbCdE12345"]' },
    gateways: { config: "strings", example: '["support-gateway-abcdefghij"]' },
    ...PROVIDER_ARGUMENTS,
    allowRoleSwitching: { config: "boolean", example: "false" },
    ...ROLE_ARGUMENTS,
};
