// An agent that answers from two Bedrock knowledge bases and one whose vectors live in Pinecone.
import * as pulumi from "@pulumi/pulumi";
import { BedrockAgentRole } from "bedrock-agent-role";

const config = new pulumi.Config();
const pineconeSecretArn =
    config.get("pineconeSecretArn") ?? "arn:aws:secretsmanager:us-east-1:123456789012:secret:pinecone-AbC123";

const permissions = new BedrockAgentRole("knowledge-agent", {
    foundationModels: ["anthropic.claude-3-5-sonnet-20240620-v1:0"],
    knowledgeBases: ["KBMANUALS1", "KBPOLICIES"],
    thirdPartyKnowledgeBases: [{ knowledgeBase: "KBPINECONE", credentialsSecretArn: pineconeSecretArn }],
});

export const roleArn = permissions.roleArn;
export const identityPolicy = permissions.identityPolicy;
