import { expect } from "chai";
import { awsRequest } from "../support/awsRequests";
import { asRole, decideAws, fullPlan, SECRET } from "../support/iamEvaluation";

const full = fullPlan();

describe("IAM evaluation (iam-simulate): third-party knowledge bases", () => {
    const associate = awsRequest("agents.thirdPartyKnowledgeBase.AssociateThirdPartyKnowledgeBase");
    it("allows association with the listed credentials secret", async () => {
        expect(await decideAws(full, associate)).to.equal("Allowed");
    });
    it("denies association with another secret, or with none", async () => {
        const otherSecret = SECRET.replace("pinecone-AbC123", "redis-XyZ789");
        expect(
            await asRole(full, {
                ...associate,
                context: { "bedrock:ThirdPartyKnowledgeBaseCredentialsSecretArn": otherSecret },
            }),
        ).to.equal("ImplicitlyDenied");
        expect(await asRole(full, { ...associate, context: {} })).to.equal("ImplicitlyDenied");
    });
});
