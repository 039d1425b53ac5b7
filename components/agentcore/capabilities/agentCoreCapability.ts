import type { Capability } from "../../grants/grant";
import type { AgentCoreContext } from "../agentCoreArns";

/**
 * One thing an AgentCore execution role can be granted: a capability whose grants may name the
 * resource the role is for. The shared capabilities (models, knowledge bases, guardrails, extra
 * statements) are AgentCore capabilities as they are.
 * @internal
 */
export type AgentCoreCapability<Args> = Capability<Args, AgentCoreContext>;
