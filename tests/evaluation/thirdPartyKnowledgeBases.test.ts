import { expect } from "chai";
import { asRole, fullPlan, SECRET } from "../support/iamEvaluation";

const full = fullPlan();

describe("IAM evaluation (iam-simulate): third-party knowledge bases", () => {
    const associate = (
        secret?: string,
    ): { action: string; resource: string; context: Record<string, string> } => ({
        action: "bedrock:AssociateThirdPartyKnowledgeBase",
        resource: "*",
        context: secret ? { "bedrock:ThirdPartyKnowledgeBaseCredentialsSecretArn": secret } : {},
    });
    it("allows association with the listed credentials secret", async () => {
        expect(await asRole(full, associate(SECRET))).to.equal("Allowed");
    });
    it("denies association with another secret, or with none", async () => {
        expect(await asRole(full, associate(SECRET.replace("pinecone-AbC123", "redis-XyZ789")))).to.equal(
            "ImplicitlyDenied",
        );
        expect(await asRole(full, associate())).to.equal("ImplicitlyDenied");
    });
});
