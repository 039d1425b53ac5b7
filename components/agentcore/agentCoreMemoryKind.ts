// A memory's execution role: one entry of the AgentCore kind table.
import { extraStatements } from "../grants/extraStatements";
import { argumentNames } from "../roles/roleArguments";
import { MEMORY } from "./agentCoreArns";
import type { AgentCoreKindEntry } from "./agentCoreKinds";
import { logDelivery } from "./capabilities/logDelivery";
import { AgentCoreMemoryRoleArgs, MEMORY_ARGUMENTS } from "./agentCoreMemoryRoleArgs";
import { memoryCallers } from "./capabilities/memoryCallers";
import { memoryKey } from "./capabilities/memoryKey";
import { recordStreaming } from "./capabilities/recordStreaming";
import { memoryModels } from "./capabilities/runtimeModels";
import { selfManagedStrategies } from "./capabilities/selfManagedStrategies";

/** A memory's execution role (`aws.bedrock.AgentcoreMemory.memoryExecutionRoleArn`). @internal */
export const MEMORY_KIND: AgentCoreKindEntry<AgentCoreMemoryRoleArgs> = {
    kind: "memory",
    type: "bedrock-agent-role:index:AgentCoreMemoryRole",
    words: { role: "AgentCore memory role", resource: "memory", resources: "memories" },
    rolePrefix: "AgentCoreMemory_",
    // Named alone, it is granted nothing.
    mayGrantNothing: true,
    inlinePolicyName: "AgentCoreMemoryPermissions",
    trustStatementId: "AllowAgentCoreMemoryToAssumeRole",
    arguments: MEMORY_ARGUMENTS,
    argumentNames: argumentNames(MEMORY_ARGUMENTS),
    argsExample: '{ memoryName: "support_memory" }',
    nameArgument: "memoryName",
    // CreateMemory's name pattern: no "-", so the id is the name, "-" and ten characters.
    names: { pattern: /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/, example: "support_memory" },
    idName: (name) => name,
    resourceRule: MEMORY,
    sourcesBelow: [],
    user: {
        type: "aws:bedrock/agentcoreMemory:AgentcoreMemory",
        roleInput: "memoryExecutionRoleArn",
        nameInput: "name",
    },
    capabilities: [
        memoryModels,
        selfManagedStrategies,
        recordStreaming,
        memoryKey,
        memoryCallers,
        logDelivery,
        extraStatements,
    ],
    callerOutput: true,
    deliveryOutput: true,
};
