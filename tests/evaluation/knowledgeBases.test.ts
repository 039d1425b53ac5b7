import { expect } from "chai";
import { awsRequest } from "../support/awsRequests";
import { ACCOUNT, asRole, decideAws, fullPlan, OTHER_ACCOUNT } from "../support/iamEvaluation";
import { fullArgs } from "../support/fixtures";
import { plan } from "../support/plan";

const full = fullPlan();
const retrieveAndGenerate = awsRequest("agents.knowledgeBase.RetrieveAndGenerate");

describe("IAM evaluation (iam-simulate): knowledge bases", () => {
    const kb = (id: string, account = ACCOUNT, region = "us-east-1") =>
        `arn:aws:bedrock:${region}:${account}:knowledge-base/${id}`;
    it("allows Retrieve on each listed knowledge base, the third-party one included, and RetrieveAndGenerate", async () => {
        for (const id of ["KBPRODUCTS", "KBPOLICIES", "KBPINECONE"]) {
            expect(await decideAws(full, awsRequest(`agents.knowledgeBase.${id}.Retrieve`)), id).to.equal(
                "Allowed",
            );
        }
        expect(await decideAws(full, retrieveAndGenerate)).to.equal("Allowed");
    });
    it("denies another knowledge base, and a listed id in another account or region", async () => {
        expect(await asRole(full, { action: "bedrock:Retrieve", resource: kb("KBOTHER000") })).to.equal(
            "ImplicitlyDenied",
        );
        expect(
            await asRole(full, {
                action: "bedrock:Retrieve",
                resource: kb("KBPRODUCTS", OTHER_ACCOUNT),
                resourceAccount: OTHER_ACCOUNT,
            }),
        ).to.equal("ImplicitlyDenied");
        expect(
            await asRole(full, {
                action: "bedrock:Retrieve",
                resource: kb("KBPRODUCTS", ACCOUNT, "eu-west-1"),
            }),
        ).to.equal("ImplicitlyDenied");
    });
    it("grants no RetrieveAndGenerate when no knowledge base is listed", async () => {
        const none = plan({ ...fullArgs(), knowledgeBases: [], thirdPartyKnowledgeBases: [] });
        expect(await decideAws(none, retrieveAndGenerate)).to.equal("ImplicitlyDenied");
    });
});
