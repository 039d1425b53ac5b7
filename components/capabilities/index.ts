import type { BedrockAgentRoleArgs } from "../bedrockAgentRoleArgs";
import { actionGroups } from "./actionGroups";
import { agentKey } from "./agentKey";
import { agentMemory } from "./agentMemory";
import { Capability } from "./capability";
import { codeInterpreterFiles } from "./codeInterpreterFiles";
import { collaborators } from "./collaborators";
import { customOrchestration } from "./customOrchestration";
import { extraStatements } from "./extraStatements";
import { guardrails } from "./guardrails";
import { knowledgeBases } from "./knowledgeBases";
import { modelAccess } from "./modelAccess";
import { prompts } from "./prompts";
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
    guardrails,
    collaborators,
    prompts,
    codeInterpreterFiles,
    customOrchestration,
    agentMemory,
    extraStatements,
];
