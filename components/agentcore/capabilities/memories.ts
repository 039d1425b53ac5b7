import type * as pulumi from "@pulumi/pulumi";
import { optionalStrings } from "../../iam/argumentTypes";
import { idOrArn } from "../../iam/arn";
import { sortedUnique, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
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
export const memories: AgentCoreCapability<MemoriesArgs> = {
    grant(args, context) {
        const arns = optionalStrings("memories", args.memories, MEMORY.exampleResource).map((memory, i) =>
            idOrArn(`memories[${i}]`, memory, MEMORY, context),
        );
        if (arns.length === 0) {
            return noGrants();
        }
        return {
            identity: [
                statement({
                    Sid: "UseMemories",
                    Effect: "Allow",
                    Action: MEMORY_ACTIONS,
                    Resource: sortedUnique(arns),
                }),
            ],
            keyPolicy: [],
        };
    },
};
