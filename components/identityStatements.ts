import { AgentGrants } from "./agentGrants";
import { agentArnStringCondition } from "./agentPrincipal";
import { Statement, statement } from "./policyDocument";

/** The encryption context key under which Bedrock uses an agent's customer-managed key. */
export const AGENT_ENCRYPTION_CONTEXT_KEY = "kms:EncryptionContext:aws:bedrock:arn";

/** Actions that encrypt and decrypt an agent's data with its customer-managed key. */
export const AGENT_KEY_ACTIONS = ["kms:Decrypt", "kms:GenerateDataKey"];

/**
 * The statements of the role's identity policy, one per feature in use, in a fixed order. Features
 * not in use contribute no statement.
 */
export function identityStatements(grants: AgentGrants): Statement[] {
    const statements: Statement[] = [
        statement({
            Sid: "InvokeFoundationModels",
            Effect: "Allow",
            Action: grants.streaming
                ? ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]
                : ["bedrock:InvokeModel"],
            Resource: grants.modelArns,
        }),
    ];
    if (grants.schemaObjectArns.length > 0) {
        statements.push(
            statement({
                Sid: "ReadActionGroupApiSchemas",
                Effect: "Allow",
                Action: ["s3:GetObject"],
                Resource: grants.schemaObjectArns,
                Condition: { StringEquals: { "aws:ResourceAccount": [grants.environment.account] } },
            }),
        );
    }
    if (grants.knowledgeBaseArns.length > 0) {
        statements.push(
            statement({
                Sid: "RetrieveFromKnowledgeBases",
                Effect: "Allow",
                Action: ["bedrock:Retrieve"],
                Resource: grants.knowledgeBaseArns,
            }),
            // RetrieveAndGenerate supports no resource type: IAM authorizes it against "*".
            statement({
                Sid: "RetrieveAndGenerate",
                Effect: "Allow",
                Action: ["bedrock:RetrieveAndGenerate"],
                Resource: ["*"],
            }),
        );
    }
    if (grants.thirdPartySecretArns.length > 0) {
        // AssociateThirdPartyKnowledgeBase supports no resource type; the secret condition scopes it.
        statements.push(
            statement({
                Sid: "AssociateThirdPartyKnowledgeBases",
                Effect: "Allow",
                Action: ["bedrock:AssociateThirdPartyKnowledgeBase"],
                Resource: ["*"],
                Condition: {
                    StringEquals: {
                        "bedrock:ThirdPartyKnowledgeBaseCredentialsSecretArn": grants.thirdPartySecretArns,
                    },
                },
            }),
        );
    }
    if (grants.encryptionKeyArn) {
        statements.push(
            statement({
                Sid: "UseAgentEncryptionKey",
                Effect: "Allow",
                Action: AGENT_KEY_ACTIONS,
                Resource: [grants.encryptionKeyArn],
                Condition: agentArnStringCondition(grants, AGENT_ENCRYPTION_CONTEXT_KEY),
            }),
        );
    }
    return statements;
}
