import type { CapabilityGrants, PendingGrants, PlannedArgs } from "../../grants/grant";
import type { AgentCoreContext } from "../agentCoreResources";

/**
 * One thing an AgentCore execution role can be granted: a capability whose grants may name the
 * runtime or gateway the role is for. The shared capabilities (models, knowledge bases,
 * guardrails, extra statements) are AgentCore capabilities as they are.
 * @internal
 */
export interface AgentCoreCapability<Args> {
    /**
     * Checks the capability's args and writes its statements, or what to ask the provider first.
     * @throws ArgumentError naming the first invalid argument
     */
    grant(args: PlannedArgs<Args>, context: AgentCoreContext): CapabilityGrants | PendingGrants;
}
