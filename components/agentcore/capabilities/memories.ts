import type * as pulumi from "@pulumi/pulumi";
import { namedResources } from "../../grants/namedResources";
import { MEMORY } from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The AgentCore memories the runtime uses. */
export interface MemoriesArgs {
    /** Memories the runtime reads and writes, as ids (`support_memory-AbCdE12345`) or ARNs. */
    memories?: pulumi.Input<pulumi.Input<string>[]>;
}

/** The data-plane actions of a memory a runtime's agent code calls: events and memory records. */
const MEMORY_ACTIONS = [
    "bedrock-agentcore:CreateEvent",
    "bedrock-agentcore:GetEvent",
    "bedrock-agentcore:GetMemoryRecord",
    "bedrock-agentcore:ListEvents",
    "bedrock-agentcore:ListMemoryRecords",
    "bedrock-agentcore:ListSessions",
    "bedrock-agentcore:RetrieveMemoryRecords",
];

/**
 * Memories: the data-plane actions on the memories named, never their control plane (no
 * delete, no update, no other memory).
 * @internal
 */
export const memories: AgentCoreCapability<MemoriesArgs> = namedResources({
    argument: "memories",
    rule: MEMORY,
    sid: "UseMemories",
    actions: MEMORY_ACTIONS,
});
