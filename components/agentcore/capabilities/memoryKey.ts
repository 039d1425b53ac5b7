import type * as pulumi from "@pulumi/pulumi";
import { statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { optionalKmsKey } from "../../grants/keys";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The customer-managed key that encrypts the memory. */
export interface MemoryKeyArgs {
    /**
     * The memory's customer-managed KMS key (`encryptionKeyArn`), by id or ARN (not an alias).
     * AgentCore uses it with the credentials of whoever creates the memory, not with this role: the
     * role is granted nothing on it, and `deployerStatements` holds what the deployer needs.
     */
    customerEncryptionKey?: pulumi.Input<string>;
}

/**
 * The operations AgentCore's storage-encryption page asks of "the IAM user or role that you are
 * using to setup memory" (its `kms:ReEncrypt*` as the two actions it stands for).
 */
const DEPLOYER_ACTIONS = [
    "kms:CreateGrant",
    "kms:Decrypt",
    "kms:DescribeKey",
    "kms:GenerateDataKey",
    "kms:GenerateDataKeyWithoutPlaintext",
    "kms:ReEncryptFrom",
    "kms:ReEncryptTo",
];

/**
 * The memory's own key: nothing for the role (AWS's page asks it of the deployer, and CDK's grant of
 * its six actions to the memory role, unconditioned, is what this avoids); the deployer's statement,
 * on this key only (the page's example names every key of the account) and only through AgentCore
 * in the memory's region, handed out for the deployer's own policy.
 * @internal
 */
export const memoryKey: AgentCoreCapability<MemoryKeyArgs> = {
    grant(args, context) {
        const key = optionalKmsKey("customerEncryptionKey", args.customerEncryptionKey, context);
        if (key === undefined) {
            return noGrants();
        }
        return {
            ...noGrants(),
            deployer: [
                statement({
                    Sid: "CreateMemoryWithCustomerKey",
                    Effect: "Allow",
                    Action: DEPLOYER_ACTIONS,
                    Resource: [key.arn],
                    Condition: {
                        StringEquals: {
                            "kms:ViaService": [
                                `bedrock-agentcore.${context.environment.region}.amazonaws.com`,
                            ],
                        },
                    },
                }),
            ],
        };
    },
};
