// An agent encrypted with its own KMS key. The key policy is written here, with the statement the
// component hands over, because the component never overwrites a key policy.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { BedrockAgentRole } from "bedrock-agent-role";

const key = new aws.kms.Key("agent-key", {
    description: "Encrypts the support agent",
    enableKeyRotation: true,
});

const permissions = new BedrockAgentRole("encrypted-agent", {
    foundationModels: ["anthropic.claude-3-5-sonnet-20240620-v1:0"],
    customerEncryptionKey: key.arn,
});

const identity = aws.getCallerIdentityOutput();
const partition = aws.getPartitionOutput();

new aws.kms.KeyPolicy("agent-key", {
    keyId: key.keyId,
    policy: pulumi
        .all([identity.accountId, partition.partition, permissions.keyPolicyStatement])
        .apply(([account, partitionName, bedrockStatement]) =>
            JSON.stringify({
                Version: "2012-10-17",
                Statement: [
                    {
                        Sid: "AccountAdministersKey",
                        Effect: "Allow",
                        Principal: { AWS: `arn:${partitionName}:iam::${account}:root` },
                        Action: "kms:*",
                        Resource: "*",
                    },
                    JSON.parse(bedrockStatement),
                ],
            }),
        ),
});

export const roleArn = permissions.roleArn;
export const keyArn = key.arn;
