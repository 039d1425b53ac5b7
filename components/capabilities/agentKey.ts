import type * as pulumi from "@pulumi/pulumi";
import { sourceArnStringCondition } from "../confusedDeputy";
import { optionalString } from "../argumentTypes";
import { KMS_KEY, kmsKeyArn } from "../iam/kmsKey";
import { statement } from "../iam/policyDocument";
import { Capability, noGrants } from "./capability";

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
 * The agent's customer-managed key: `kms:GenerateDataKey` and `kms:Decrypt` on the key, under the
 * encryption context of the admitted agents; and the statement the key's policy needs so that
 * Bedrock itself may use the key for them.
 * @internal
 */
export const agentKey: Capability<AgentKeyArgs> = {
    argumentNames: ["customerEncryptionKey"],
    grant(args, context) {
        const given = optionalString(
            "customerEncryptionKey",
            args.customerEncryptionKey,
            KMS_KEY.exampleResource,
        );
        if (given === undefined) {
            return noGrants();
        }
        const key = kmsKeyArn("customerEncryptionKey", given, context);
        const condition = sourceArnStringCondition(context, AGENT_ENCRYPTION_CONTEXT_KEY);
        return {
            identity: [
                statement({
                    Sid: "UseAgentEncryptionKey",
                    Effect: "Allow",
                    Action: AGENT_KEY_ACTIONS,
                    Resource: [key],
                    Condition: condition,
                }),
            ],
            keyPolicy: [
                statement({
                    Sid: "AllowBedrockAgentsToUseKey",
                    Effect: "Allow",
                    Principal: { Service: context.servicePrincipal },
                    Action: AGENT_KEY_ACTIONS,
                    Resource: [key],
                    Condition: {
                        ...condition,
                        StringEquals: {
                            ...condition.StringEquals,
                            "aws:SourceAccount": [context.environment.account],
                        },
                    },
                }),
            ],
        };
    },
};
