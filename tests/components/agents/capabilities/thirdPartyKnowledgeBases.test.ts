import { expect } from "chai";
import { minimalArgs } from "../../../support/fixtures";
import { plan, planFailure } from "../../../support/plan";

const SECRET = "arn:aws:secretsmanager:us-east-1:123456789012:secret:pinecone-AbC123";

describe("capability: third-party knowledge bases", () => {
    it("grants AssociateThirdPartyKnowledgeBase on * under the credentials secret, and merges its knowledge base into the Retrieve grant", () => {
        const statements = plan({
            ...minimalArgs(),
            knowledgeBases: ["KBMANUALS1"],
            thirdPartyKnowledgeBases: [{ knowledgeBase: "KBPINECONE", credentialsSecretArn: SECRET }],
        }).inlinePolicy.Statement;
        expect(statements.map((s) => s.Sid)).to.deep.equal([
            "InvokeFoundationModels",
            "RetrieveFromKnowledgeBases",
            "RetrieveAndGenerate",
            "AssociateThirdPartyKnowledgeBases",
        ]);
        expect(statements[1].Resource).to.deep.equal([
            "arn:aws:bedrock:us-east-1:123456789012:knowledge-base/KBMANUALS1",
            "arn:aws:bedrock:us-east-1:123456789012:knowledge-base/KBPINECONE",
        ]);
        expect(statements[3].Condition).to.deep.equal({
            StringEquals: { "bedrock:ThirdPartyKnowledgeBaseCredentialsSecretArn": [SECRET] },
        });
    });

    it("refuses a credentials secret that is a KMS key, the mistake of the 2023 AWS page", () => {
        const error = planFailure({
            ...minimalArgs(),
            thirdPartyKnowledgeBases: [
                {
                    credentialsSecretArn:
                        "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                },
            ],
        });
        expect(error.argument).to.equal("thirdPartyKnowledgeBases[0].credentialsSecretArn");
        expect(error.message).to.match(/not an ARN of a secretsmanager secret.*arn:aws:secretsmanager:/);
    });
});
