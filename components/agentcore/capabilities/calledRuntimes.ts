import type * as pulumi from "@pulumi/pulumi";
import { runtimeInvocation } from "./runtimeInvocation";

/** Another AgentCore runtime the role's code invokes (agent to agent), and how. */
export interface CalledRuntimeArgs {
    /** The runtime, as id (`billing_agent-AbCdE12345`) or ARN: the runtime resource's `agentRuntimeArn`. */
    runtime: pulumi.Input<string>;
    /** The endpoint invoked: `DEFAULT` for a call without a qualifier (name it then), or another endpoint's name. */
    endpoint: pulumi.Input<string>;
    /** Whether the code reads the runtime's A2A agent card (`GetAgentCard`) too. Default false. */
    agentCard?: pulumi.Input<boolean>;
}

/** The other runtimes the role's code invokes. */
export interface CalledRuntimesArgs {
    /**
     * Other AgentCore runtimes the code invokes with the role's credentials (an agent calling
     * another, over HTTP, MCP or A2A): `InvokeAgentRuntime` on each runtime and the one endpoint
     * named with it, `GetAgentCard` on those asked. The same grant as the callee's `callerPolicy`
     * with one endpoint, written on this role.
     */
    runtimes?: pulumi.Input<pulumi.Input<CalledRuntimeArgs>[]>;
}

/**
 * Called runtimes: `InvokeAgentRuntime` on each runtime and its one endpoint named, `GetAgentCard`
 * where asked; no other endpoint, and `DEFAULT` only when named.
 * @internal
 */
export const calledRuntimes = runtimeInvocation<CalledRuntimesArgs>({
    argument: "runtimes",
    sid: "InvokeRuntimes",
    agentCardSid: "GetAgentCards",
});
