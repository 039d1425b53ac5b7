import type { AgentCoreGatewayRoleArgs } from "./agentCoreGatewayRoleArgs";
import type { AgentCoreRuntimeRoleArgs } from "./agentCoreRuntimeRoleArgs";

/** Every argument of `Args`, declared once: TypeScript requires exactly its keys. */
type ArgumentNames<Args> = { readonly [K in keyof Required<Args>]: true };

/** The arguments every AgentCore role takes: the role's own settings, quotas and extra statements. */
const ROLE_ARGUMENTS = {
    extraStatements: true,
    description: true,
    path: true,
    tags: true,
    maxSessionDuration: true,
    permissionsBoundary: true,
    roleNameSuffix: true,
    quotas: true,
} as const;

const RUNTIME_ARGUMENTS: ArgumentNames<AgentCoreRuntimeRoleArgs> = {
    runtimeName: true,
    containerRepository: true,
    codeArtifact: true,
    foundationModels: true,
    streaming: true,
    inferenceProfileDestinations: true,
    memories: true,
    gateways: true,
    oauthProviders: true,
    apiKeyProviders: true,
    observability: true,
    workloadAccessTokens: true,
    workloadAccessTokensForAnyUser: true,
    knowledgeBases: true,
    guardrails: true,
    ...ROLE_ARGUMENTS,
};

const GATEWAY_ARGUMENTS: ArgumentNames<AgentCoreGatewayRoleArgs> = {
    gatewayName: true,
    lambdaTargets: true,
    interceptors: true,
    oauthProviders: true,
    apiKeyProviders: true,
    schemaObjects: true,
    policyEngine: true,
    customerEncryptionKey: true,
    ...ROLE_ARGUMENTS,
};

/** Every argument of a runtime's role: any other is refused. @internal */
export const RUNTIME_ARGUMENT_NAMES: readonly string[] = Object.keys(RUNTIME_ARGUMENTS);
/** Every argument of a gateway's role: any other is refused. @internal */
export const GATEWAY_ARGUMENT_NAMES: readonly string[] = Object.keys(GATEWAY_ARGUMENTS);
