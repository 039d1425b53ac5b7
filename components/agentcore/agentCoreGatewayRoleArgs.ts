import type { ArgumentTable } from "../roles/roleArguments";
import { AgentCoreRoleArgs, PROVIDER_ARGUMENTS, ROLE_ARGUMENTS } from "./agentCoreArguments";
import type * as pulumi from "@pulumi/pulumi";
import type { CredentialProvidersArgs } from "./capabilities/credentialProviders";
import type { GatewayKeyArgs } from "./capabilities/gatewayKey";
import type { LambdaTargetsArgs } from "./capabilities/lambdaTargets";
import type { PolicyEngineArgs } from "./capabilities/policyEngine";
import type { SchemaObjectsArgs } from "./capabilities/schemaObjects";

/**
 * Arguments of {@link AgentCoreGatewayRole}: the gateway the role is for and what it may reach:
 * its Lambda targets and interceptors, outbound credential providers, target schemas, policy
 * engine and key. Every list may be given in any order.
 */
export interface AgentCoreGatewayRoleArgs
    extends
        LambdaTargetsArgs,
        CredentialProvidersArgs,
        SchemaObjectsArgs,
        PolicyEngineArgs,
        GatewayKeyArgs,
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
    ...PROVIDER_ARGUMENTS,
    schemaObjects: { config: "list", example: "[{ bucket: gateway-schemas, key: orders/openapi.json }]" },
    policyEngine: { config: "string", example: "support_policies-AbCdE12345" },
    customerEncryptionKey: { config: "string", example: "1234abcd-12ab-34cd-56ef-1234567890ab" },
    ...ROLE_ARGUMENTS,
};
