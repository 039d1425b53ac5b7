import type { BedrockAgentRoleArgs } from "../bedrockAgentRoleArgs";
import { actionGroups } from "./actionGroups";
import { agentKey } from "./agentKey";
import { agentMemory } from "./agentMemory";
import type { AgentCapability } from "../invokedFunctions";
import { codeInterpreterFiles } from "./codeInterpreterFiles";
import { collaborators } from "./collaborators";
import { customOrchestration } from "./customOrchestration";
import { extraStatements } from "../../grants/extraStatements";
import { guardrails } from "../../grants/guardrails";
import { knowledgeBases } from "../../grants/knowledgeBases";
import { modelAccess } from "../../grants/modelAccess";
import { prompts } from "./prompts";
import { promptOverrideParser } from "./promptOverrideParser";
import { thirdPartyKnowledgeBases } from "./thirdPartyKnowledgeBases";

/**
 * Everything an agent can be granted, in the order its statements are written. Adding a capability
 * is one module, one line here, its args in `BedrockAgentRoleArgs`, its tests and its docs.
 * @internal
 */
export const AGENT_CAPABILITIES: readonly AgentCapability<BedrockAgentRoleArgs>[] = [
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
    promptOverrideParser,
    agentMemory,
    extraStatements,
];
