import { expect } from "chai";
import { awsRequest } from "../support/awsRequests";
import { ACCOUNT, asRole, decideAws, fullPlan, OTHER_ACCOUNT } from "../support/iamEvaluation";

const full = fullPlan();

describe("IAM evaluation (iam-simulate): action-group API schemas", () => {
    const read = awsRequest("agents.actionGroup.ordersSchema.GetObject");
    it("allows Bedrock's read of each listed schema, in a bucket of the account", async () => {
        expect(await decideAws(full, read)).to.equal("Allowed");
        expect(await decideAws(full, awsRequest("agents.actionGroup.ticketsSchema.GetObject"))).to.equal(
            "Allowed",
        );
    });
    it("denies another key in the schema bucket, and the same key in a bucket of another account", async () => {
        const otherKey = {
            action: "s3:GetObject",
            resource: "arn:aws:s3:::agent-schemas/support/secrets.json",
            context: { "aws:ResourceAccount": ACCOUNT },
        };
        expect(await asRole(full, otherKey)).to.equal("ImplicitlyDenied");
        const otherAccount = {
            ...read,
            resourceAccount: OTHER_ACCOUNT,
            context: { "aws:ResourceAccount": OTHER_ACCOUNT },
        };
        expect(await asRole(full, otherAccount)).to.equal("ImplicitlyDenied");
    });
    it("denies writing the schema", async () => {
        expect(await asRole(full, { ...read, action: "s3:PutObject" })).to.equal("ImplicitlyDenied");
    });
});
