// Every argument of each AgentCore role, declared once: what drives the refusal of any other name,
// the stack config and the adversarial suite. TypeScript requires exactly the args' keys.
import type { ArgumentTable } from "../roles/roleArguments";
import type { AgentCoreGatewayRoleArgs } from "./agentCoreGatewayRoleArgs";
import type { AgentCoreRuntimeRoleArgs } from "./agentCoreRuntimeRoleArgs";

/** The arguments every AgentCore role takes: the role's own settings, quotas and extra statements. */
const ROLE_ARGUMENTS = {
    extraStatements: {
        config: "list",
        example:
            '[{ sid: ReadOrdersTable, actions: ["dynamodb:GetItem"], resources: ["arn:aws:dynamodb:us-east-1:123456789012:table/orders"] }]',
    },
    description: { config: "string", example: "Execution role of the support runtime" },
    path: { config: "string", example: "/agentcore/" },
    tags: { example: "{ team: support }" },
    maxSessionDuration: { config: "integer", example: "3600" },
    permissionsBoundary: { config: "string", example: "arn:aws:iam::123456789012:policy/AgentBoundary" },
    roleNameSuffix: { config: "string", example: "support-prod" },
    quotas: { example: "{ trustPolicySize: 4096, managedPoliciesPerRole: 20 }" },
} as const;

/** The credential providers a runtime or gateway fetches tokens and keys from. */
const PROVIDER_ARGUMENTS = {
    oauthProviders: {
        config: "list",
        example:
            "[{ provider: github, secretArn: arn:aws:secretsmanager:us-east-1:123456789012:secret:bedrock-agentcore-identity!default/oauth2/github-AbC123 }]",
    },
    apiKeyProviders: {
        config: "list",
        example:
            "[{ provider: weather, secretArn: arn:aws:secretsmanager:us-east-1:123456789012:secret:bedrock-agentcore-identity!default/apikey/weather-AbC123 }]",
    },
} as const;

/** Every argument of a runtime's role. @internal */
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
    ...PROVIDER_ARGUMENTS,
    observability: { config: "boolean", example: "true" },
    workloadAccessTokens: { config: "boolean", example: "false" },
    workloadAccessTokensForAnyUser: { config: "boolean", example: "false" },
    knowledgeBases: { config: "strings", example: '["KB12345678"]' },
    guardrails: { config: "list", example: "[{ guardrail: gr1234abcd56 }]" },
    ...ROLE_ARGUMENTS,
};

/** Every argument of a gateway's role. @internal */
export const GATEWAY_ARGUMENTS: ArgumentTable<AgentCoreGatewayRoleArgs> = {
    gatewayName: { config: "string", example: "support-gateway" },
    lambdaTargets: { config: "strings", example: '["lookup-orders"]' },
    interceptors: { config: "strings", example: '["redact-pii"]' },
    ...PROVIDER_ARGUMENTS,
    schemaObjects: { config: "list", example: "[{ bucket: gateway-schemas, key: orders/openapi.json }]" },
    policyEngine: { config: "string", example: "support_policies-AbCdE12345" },
    customerEncryptionKey: { config: "string", example: "1234abcd-12ab-34cd-56ef-1234567890ab" },
    ...ROLE_ARGUMENTS,
};
