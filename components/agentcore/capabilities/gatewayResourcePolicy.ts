// Who else may invoke the gateway: its resource-based policy (resource-based-policies page: a
// gateway's policy names InvokeGateway, its one action, on the gateway's exact ARN).
import type * as pulumi from "@pulumi/pulumi";
import { ResourcePolicyPrincipalsArgs, resourcePolicyCapability } from "./resourcePolicies";

/** The gateway's resource-based policy. */
export interface GatewayResourcePolicyArgs {
    /**
     * Who else may invoke the gateway, by its resource-based policy: principals of other accounts,
     * OAuth callers from named VPCs, and the VPCs every call must come from. The component then
     * outputs `resourcePolicy`: attach it to the gateway with `agentCoreResourcePolicyArgs`.
     */
    resourcePolicy?: pulumi.Input<ResourcePolicyPrincipalsArgs>;
}

const INVOKE_GATEWAY = ["bedrock-agentcore:InvokeGateway"];

/**
 * The gateway's resource-based policy: `InvokeGateway` for the principals and OAuth callers, denied
 * from outside the VPCs named; nothing on the role.
 * @internal
 */
export const gatewayResourcePolicy = resourcePolicyCapability<GatewayResourcePolicyArgs>({
    fields: [],
    allowed: () => ({ actions: INVOKE_GATEWAY, warnings: [] }),
    every: INVOKE_GATEWAY,
});
