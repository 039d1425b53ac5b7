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

/**
 * The models the inference-profile evaluation reaches: a model AWS serves through system inference
 * profiles, and an application profile, a provisioned model and an imported model of the account.
 */
export const MODEL_ROUTES = {
    sonnet: "anthropic.claude-sonnet-4-20250514-v1:0",
    applicationProfile: "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6",
    provisionedModel: "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc123def456",
    importedModel: "arn:aws:bedrock:us-east-1:123456789012:imported-model/abc123def456",
};

/** The ids the supervisor fixture names. */
export const SUPERVISOR = {
    guardrail: "gr1234abcd56",
    guardrailKey: "5678abcd-12ab-34cd-56ef-1234567890ab",
    memoryKey: "9abcabcd-12ab-34cd-56ef-1234567890ab",
    collaborators: ["COLLAB0001/ALIAS00001", "COLLAB0002/ALIAS00002"],
    prompt: "PROMPT1234",
    ownAlias: "AGENT12345/LIVE000001",
};

/**
 * A 2026 supervisor agent: a geographic inference profile, two collaborators, a guardrail with
 * cross-Region inference and its own key, a managed prompt version, code-interpreter files, a
 * custom orchestration function, memory under its own key, the alias its callers use, and a
 * statement the component does not model.
 */
export function supervisorArgs(): PlainArgs {
    return {
        foundationModels: ["anthropic.claude-3-5-sonnet-20240620-v1:0"],
        collaborators: SUPERVISOR.collaborators,
        guardrails: [
            {
                guardrail: SUPERVISOR.guardrail,
                crossRegionProfile: "us.guardrail.v1:0",
                kmsKey: SUPERVISOR.guardrailKey,
            },
        ],
        prompts: [`${SUPERVISOR.prompt}:2`],
        codeInterpreterFiles: [{ bucket: "agent-files", key: "sales/2026.csv" }],
        customOrchestration: { lambdaFunction: "orchestrator" },
        customerEncryptionKey: "1234abcd-12ab-34cd-56ef-1234567890ab",
        memoryEncryptionKey: SUPERVISOR.memoryKey,
        agentAliases: [SUPERVISOR.ownAlias],
        extraStatements: [
            {
                sid: "ReadSalesTable",
                actions: ["dynamodb:GetItem", "dynamodb:Query"],
                resources: ["arn:aws:dynamodb:us-east-1:123456789012:table/sales"],
            },
        ],
    };
}
