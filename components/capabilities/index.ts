import type { BedrockAgentRoleArgs } from "../bedrockAgentRoleArgs";
import { actionGroups } from "./actionGroups";
import { agentKey } from "./agentKey";
import { Capability } from "./capability";
import { knowledgeBases } from "./knowledgeBases";
import { modelAccess } from "./modelAccess";
import { thirdPartyKnowledgeBases } from "./thirdPartyKnowledgeBases";

/**
 * Everything an agent can be granted, in the order its statements are written. Adding a capability
 * is one module, one line here, its args in `BedrockAgentRoleArgs`, its tests and its docs.
 * @internal
 */
export const AGENT_CAPABILITIES: readonly Capability<BedrockAgentRoleArgs>[] = [
    modelAccess,
    actionGroups,
    knowledgeBases,
    thirdPartyKnowledgeBases,
    agentKey,
];
