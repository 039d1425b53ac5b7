import type * as pulumi from "@pulumi/pulumi";
import { sourceArnStringCondition } from "../../grants/confusedDeputy";
import { optionalKmsKey } from "../../grants/keys";
import { keyStatements } from "../../grants/keyStatements";
import { noGrants } from "../../grants/grant";
import type { AgentCapability } from "../invokedFunctions";

/** Arguments of the customer-managed KMS key that encrypts an agent. */
export interface AgentKeyArgs {
    /** Id or ARN of the customer-managed KMS key that encrypts the agent. */
    customerEncryptionKey?: pulumi.Input<string>;
}

/** The encryption context key under which Bedrock uses an agent's customer-managed key. */
const AGENT_ENCRYPTION_CONTEXT_KEY = "kms:EncryptionContext:aws:bedrock:arn";

/** Actions that encrypt and decrypt an agent's data with its customer-managed key. */
const AGENT_KEY_ACTIONS = ["kms:Decrypt", "kms:GenerateDataKey"];

/**
 * The agent's customer-managed key, under the encryption context of the admitted agents:
 * - the service role may decrypt it (`kms:Decrypt`), as the service role page asks
 *   (https://docs.aws.amazon.com/bedrock/latest/userguide/agents-permissions.html);
 * - the principals that call the agent need `kms:GenerateDataKey` and `kms:Decrypt`, which both
 *   encryption pages put on the caller, not on the role
 *   (https://docs.aws.amazon.com/bedrock/latest/userguide/cmk-agent-resources.html,
 *   https://docs.aws.amazon.com/bedrock/latest/userguide/encryption-agents.html);
 * - the key's policy lets Bedrock itself use the key for those agents.
 * @internal
 */
export const agentKey: AgentCapability<AgentKeyArgs> = {
    grant(args, context) {
        const key = optionalKmsKey("customerEncryptionKey", args.customerEncryptionKey, context);
        if (key === undefined) {
            return noGrants();
        }
        const condition = sourceArnStringCondition(context, AGENT_ENCRYPTION_CONTEXT_KEY);
        const { identity, callers, keyPolicy } = keyStatements(
            key,
            [
                { sid: "UseAgentEncryptionKey", actions: ["kms:Decrypt"], condition, to: "role" },
                {
                    sid: "UseAgentEncryptionKey",
                    actions: AGENT_KEY_ACTIONS,
                    condition,
                    to: "callers",
                    keyPolicy: {
                        principal: "service",
                        sid: "AllowBedrockAgentsToUseKey",
                        condition: {
                            ...condition,
                            StringEquals: {
                                ...condition.StringEquals,
                                "aws:SourceAccount": [context.environment.account],
                            },
                        },
                    },
                },
            ],
            context,
        );
        return {
            identity,
            // Its condition lists the admitted agents, which alone can make it large.
            statementArguments: { UseAgentEncryptionKey: "agentIds" },
            callers,
            keyPolicy,
        };
    },
};
