import type * as pulumi from "@pulumi/pulumi";
import { namedResources } from "../../grants/namedResources";
import { GATEWAY } from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The AgentCore gateways the runtime calls. */
export interface GatewayInvocationArgs {
    /** Gateways with IAM inbound authorization the runtime calls, as ids (`support-gateway-abcdefghij`) or ARNs. */
    gateways?: pulumi.Input<pulumi.Input<string>[]>;
}

/** Gateways: `bedrock-agentcore:InvokeGateway` on the gateways named. @internal */
export const gatewayInvocation: AgentCoreCapability<GatewayInvocationArgs> = namedResources({
    argument: "gateways",
    rule: GATEWAY,
    sid: "InvokeGateways",
    actions: ["bedrock-agentcore:InvokeGateway"],
});
