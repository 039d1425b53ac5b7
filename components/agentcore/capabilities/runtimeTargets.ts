import type * as pulumi from "@pulumi/pulumi";
import { runtimeInvocation } from "./runtimeInvocation";

/** An AgentCore runtime endpoint a gateway target reaches, signed with the gateway's role. */
export interface RuntimeTargetArgs {
    /** The runtime, as id (`orders_mcp-AbCdE12345`) or ARN: the runtime resource's `agentRuntimeArn`. */
    runtime: pulumi.Input<string>;
    /**
     * The endpoint the target invokes: the target's qualifier (`DEFAULT` when the target names none,
     * so name `DEFAULT` then), or another endpoint's name.
     */
    endpoint: pulumi.Input<string>;
}

/** The AgentCore runtimes the gateway invokes with its role. */
export interface RuntimeTargetsArgs {
    /**
     * Runtimes behind MCP server or HTTP targets with the gateway's role as outbound authorization:
     * `bedrock-agentcore:InvokeAgentRuntime` on each runtime and the one endpoint named with it.
     */
    runtimeTargets?: pulumi.Input<pulumi.Input<RuntimeTargetArgs>[]>;
}

/**
 * Runtime targets: `InvokeAgentRuntime` on the runtime and on the endpoint named, the two resources
 * AgentCore authorizes every invocation against (hierarchical authorization); no other endpoint,
 * and `DEFAULT` only when named.
 * @internal
 */
export const runtimeTargets = runtimeInvocation<RuntimeTargetsArgs>({
    argument: "runtimeTargets",
    sid: "InvokeRuntimeTargets",
});
