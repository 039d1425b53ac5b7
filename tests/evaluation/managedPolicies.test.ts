import { expect } from "chai";
import { awsRequest } from "../support/awsRequests";
import { ACCOUNT, asRole, decideAws } from "../support/iamEvaluation";
import { fullArgs } from "../support/fixtures";
import { plan } from "../support/plan";

describe("IAM evaluation (iam-simulate): policies spilled into managed policies", () => {
    it("still allow every listed knowledge base and deny others", async () => {
        const ids = Array.from({ length: 300 }, (_, i) => `KB${String(i).padStart(8, "0")}`);
        const big = plan({ ...fullArgs(), knowledgeBases: ids });
        expect(big.managedPolicies.length).to.be.greaterThan(0);
        for (const id of [ids[0], ids[150], ids[299]]) {
            expect(await decideAws(big, awsRequest(`agents.knowledgeBase.${id}.Retrieve`)), id).to.equal(
                "Allowed",
            );
        }
        const other = `arn:aws:bedrock:us-east-1:${ACCOUNT}:knowledge-base/KB99999999`;
        expect(await asRole(big, { action: "bedrock:Retrieve", resource: other })).to.equal(
            "ImplicitlyDenied",
        );
    });
});
