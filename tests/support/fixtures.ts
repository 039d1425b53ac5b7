import type { PlainArgs } from "./plan";

/**
 * The AWS page's example agent with its errors corrected: current models instead of retired ones,
 * a Secrets Manager secret as the third-party condition value, and a KMS key for the agent.
 */
export function fullArgs(): PlainArgs {
    return {
        foundationModels: [
            "anthropic.claude-3-5-sonnet-20240620-v1:0",
            "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-premier-v1:0",
        ],
        actionGroups: [
            {
                name: "lookup-orders",
                lambdaFunction: "arn:aws:lambda:us-east-1:123456789012:function:lookup-orders",
                apiSchema: { bucket: "agent-schemas", key: "support/orders.json" },
            },
            {
                name: "create-ticket",
                lambdaFunction: "create-ticket",
                apiSchema: { arn: "arn:aws:s3:::agent-schemas/support/tickets.json" },
            },
        ],
        knowledgeBases: ["KBPRODUCTS", "arn:aws:bedrock:us-east-1:123456789012:knowledge-base/KBPOLICIES"],
        thirdPartyKnowledgeBases: [
            {
                knowledgeBase: "KBPINECONE",
                credentialsSecretArn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:pinecone-AbC123",
            },
        ],
        customerEncryptionKey: "1234abcd-12ab-34cd-56ef-1234567890ab",
    };
}

/** The smallest agent: one model. */
export function minimalArgs(): PlainArgs {
    return { foundationModels: ["anthropic.claude-3-haiku-20240307-v1:0"] };
}
