import type * as pulumi from "@pulumi/pulumi";
import { arnFor } from "../../iam/arn";
import { optionalKmsKey } from "../../grants/keys";
import { keyStatements } from "../../grants/keyStatements";
import { GrantContext, noGrants } from "../../grants/grant";
import type { AgentCapability } from "../invokedFunctions";
import { AGENT_ALIAS } from "./collaborators";

/** Arguments of the customer-managed key that encrypts an agent's memory. */
export interface AgentMemoryArgs {
    /** Id or ARN of the customer-managed KMS key that encrypts the agent's memory. */
    memoryEncryptionKey?: pulumi.Input<string>;
}

/** What Bedrock does with the memory key for itself: make data keys and re-encrypt them. */
const BEDROCK_MEMORY_KEY_ACTIONS = [
    "kms:GenerateDataKeyWithoutPlaintext",
    "kms:ReEncryptFrom",
    "kms:ReEncryptTo",
];

/** What Bedrock does with the memory key in the caller's name: that, and decrypt memory. */
const CALLER_MEMORY_KEY_ACTIONS = ["kms:Decrypt", ...BEDROCK_MEMORY_KEY_ACTIONS];

/** The aliases whose memory the key encrypts: every alias of the admitted agents. */
function aliasPatterns(context: GrantContext): string[] {
    const agentIds = context.sourceIds.length > 0 ? context.sourceIds : ["*"];
    return agentIds.map((id) => arnFor(AGENT_ALIAS, context, `${id}/*`));
}

/**
 * The agent's memory key. Bedrock decrypts memory with the identity of the principal that calls
 * the agent, so the grants go to the callers, through Bedrock only (`kms:ViaService`) and for the
 * admitted agents' aliases; the key's policy admits Bedrock for them, to make and re-encrypt data
 * keys but not to decrypt (https://docs.aws.amazon.com/bedrock/latest/userguide/ltm-permissions.html).
 * `kms:ReEncrypt*` of that page is written as the two actions it stands for. The role needs nothing.
 * @internal
 */
export const agentMemory: AgentCapability<AgentMemoryArgs> = {
    grant(args, context) {
        const key = optionalKmsKey("memoryEncryptionKey", args.memoryEncryptionKey, context);
        if (key === undefined) {
            return noGrants();
        }
        const aliases = aliasPatterns(context);
        const { callers, keyPolicy } = keyStatements(
            key,
            [
                {
                    sid: "UseAgentMemoryKey",
                    actions: CALLER_MEMORY_KEY_ACTIONS,
                    condition: {
                        StringLike: { "kms:EncryptionContext:aws-crypto-ec:aws:bedrock:arn": aliases },
                        StringEquals: {
                            "kms:ViaService": [`bedrock.${context.environment.region}.amazonaws.com`],
                        },
                    },
                    to: "callers",
                    keyPolicy: {
                        principal: "service",
                        sid: "AllowBedrockAgentMemory",
                        actions: BEDROCK_MEMORY_KEY_ACTIONS,
                        condition: {
                            StringEquals: { "aws:SourceAccount": [context.environment.account] },
                            ArnLike: { "aws:SourceArn": aliases },
                        },
                    },
                },
            ],
            context,
        );
        return { identity: [], callers, keyPolicy };
    },
};
