import type * as pulumi from "@pulumi/pulumi";
import { namedResources } from "../../grants/namedResources";
import { GATEWAY } from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The other AgentCore gateways this gateway reaches as MCP servers, signed with its role. */
export interface GatewayTargetsArgs {
    /**
     * Gateways with IAM inbound authorization behind MCP server targets that use this gateway's
     * role (`iamCredentialProvider.service` `bedrock-agentcore`), as ids
     * (`orders-gateway-abcdefghij`) or ARNs.
     */
    gatewayTargets?: pulumi.Input<pulumi.Input<string>[]>;
}

/** Gateway targets: `bedrock-agentcore:InvokeGateway` on the gateways named. @internal */
export const gatewayTargets: AgentCoreCapability<GatewayTargetsArgs> = namedResources({
    argument: "gatewayTargets",
    rule: GATEWAY,
    sid: "InvokeGatewayTargets",
    actions: ["bedrock-agentcore:InvokeGateway"],
});
