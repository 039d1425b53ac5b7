import type { ArgumentTable } from "../roles/roleArguments";
import { AgentCoreRoleArgs, PROVIDER_ARGUMENTS, ROLE_ARGUMENTS } from "./agentCoreArguments";
import type * as pulumi from "@pulumi/pulumi";
import type { ApiGatewayTargetsArgs } from "./capabilities/apiGatewayTargets";
import type { CredentialProvidersArgs } from "./capabilities/credentialProviders";
import type { TokenVaultKeyArgs } from "./capabilities/tokenVaultKey";
import type { FunctionUrlTargetsArgs } from "./capabilities/functionUrlTargets";
import type { GatewayKeyArgs } from "./capabilities/gatewayKey";
import type { LogDeliveriesArgs } from "./capabilities/logDelivery";
import type { GatewayCallersArgs } from "./capabilities/gatewayCallers";
import type { GatewayResourcePolicyArgs } from "./capabilities/gatewayResourcePolicy";
import type { GatewayTargetsArgs } from "./capabilities/gatewayTargets";
import type { LambdaTargetsArgs } from "./capabilities/lambdaTargets";
import type { ManagedPrivateEndpointsArgs } from "./capabilities/networkMode";
import type { PolicyEngineArgs } from "./capabilities/policyEngine";
import type { RuntimeTargetsArgs } from "./capabilities/runtimeTargets";
import type { SchemaObjectsArgs } from "./capabilities/schemaObjects";
import type { UserFederationTokensArgs } from "./capabilities/userFederationTokens";

/**
 * Arguments of {@link AgentCoreGatewayRole}: the gateway the role is for and what it may reach:
 * its Lambda targets and interceptors, the API Gateway stages, runtimes, gateways and function URLs it signs
 * requests to with its role, outbound credential providers (and the user-bound tokens of
 * authorization-code targets, when asked), target schemas, policy engine and key. Every list may
 * be given in any order.
 */
export interface AgentCoreGatewayRoleArgs
    extends
        LambdaTargetsArgs,
        FunctionUrlTargetsArgs,
        ApiGatewayTargetsArgs,
        RuntimeTargetsArgs,
        GatewayTargetsArgs,
        CredentialProvidersArgs,
        TokenVaultKeyArgs,
        UserFederationTokensArgs,
        SchemaObjectsArgs,
        PolicyEngineArgs,
        GatewayKeyArgs,
        GatewayCallersArgs,
        GatewayResourcePolicyArgs,
        LogDeliveriesArgs,
        ManagedPrivateEndpointsArgs,
        AgentCoreRoleArgs {
    /**
     * The gateway's name, as `aws.bedrock.AgentcoreGateway` gets it (`name`): letters, digits and
     * single `-`. The trust policy admits the gateways of this name only: their ids are the name in
     * lower case, `-` and ten characters (`gateway/<name>-??????????`; AgentCore's gateway page
     * documents the wider `gateway/<name>-*`, which also matches `<name>-admin-…`), and the
     * workload identities are those of these ids.
     */
    gatewayName: pulumi.Input<string>;
}

/** Every argument of {@link AgentCoreGatewayRoleArgs}, declared once beside it. @internal */
export const GATEWAY_ARGUMENTS: ArgumentTable<AgentCoreGatewayRoleArgs> = {
    gatewayName: { config: "string", example: "support-gateway" },
    lambdaTargets: { config: "strings", example: '["lookup-orders"]' },
    interceptors: { config: "strings", example: '["redact-pii"]' },
    functionUrlTargets: { config: "strings", example: '["orders-mcp"]' },
    apiGatewayTargets: {
        config: "list",
        example:
            "[{ restApiId: a1b2c3d4e5, stage: prod, toolFilters: [{ filterPath: /pets/{petId}, methods: [GET] }] }]",
    },
    runtimeTargets: { config: "list", example: "[{ runtime: orders_mcp-AbCdE12345, endpoint: DEFAULT }]" },
    gatewayTargets: { config: "strings", example: '["orders-gateway-abcdefghij"]' },
    ...PROVIDER_ARGUMENTS,
    workloadAccessTokensForJwt: { config: "boolean", example: "true" },
    workloadAccessTokensForUserId: { config: "boolean", example: "false" },
    schemaObjects: { config: "list", example: "[{ bucket: gateway-schemas, key: orders/openapi.json }]" },
    policyEngine: { config: "string", example: "support_policies-AbCdE12345" },
    customerEncryptionKey: { config: "string", example: "1234abcd-12ab-34cd-56ef-1234567890ab" },
    callers: { config: "map", example: "{ sourceVpcs: [vpc-1a2b3c4d] }" },
    resourcePolicy: { config: "map", example: "{ oauthCallers: true, sourceVpcs: [vpc-1a2b3c4d] }" },
    logDelivery: {
        config: "list",
        example:
            "[{ source: support-gateway-logs, logType: APPLICATION_LOGS, destination: support-gateway-logs-cwl, logGroup: /aws/vendedlogs/bedrock-agentcore/gateway/APPLICATION_LOGS/support-gateway }]",
    },
    managedPrivateEndpoints: { config: "boolean", example: "true" },
    ...ROLE_ARGUMENTS,
};
