import { expect } from "chai";
import { ACCOUNT, asRole, fullPlan, OTHER_ACCOUNT } from "../support/iamEvaluation";

const full = fullPlan();

describe("IAM evaluation (iam-simulate): action-group API schemas", () => {
    const schema = "arn:aws:s3:::agent-schemas/support/orders.json";
    it("allows reading a listed schema in a bucket of the account", async () => {
        const request = {
            action: "s3:GetObject",
            resource: schema,
            context: { "aws:ResourceAccount": ACCOUNT },
        };
        expect(await asRole(full, request)).to.equal("Allowed");
    });
    it("denies another key in the schema bucket, and the same key in a bucket of another account", async () => {
        const otherKey = {
            action: "s3:GetObject",
            resource: "arn:aws:s3:::agent-schemas/support/secrets.json",
            context: { "aws:ResourceAccount": ACCOUNT },
        };
        expect(await asRole(full, otherKey)).to.equal("ImplicitlyDenied");
        const otherAccount = {
            action: "s3:GetObject",
            resource: schema,
            resourceAccount: OTHER_ACCOUNT,
            context: { "aws:ResourceAccount": OTHER_ACCOUNT },
        };
        expect(await asRole(full, otherAccount)).to.equal("ImplicitlyDenied");
    });
    it("denies writing the schema", async () => {
        expect(
            await asRole(full, {
                action: "s3:PutObject",
                resource: schema,
                context: { "aws:ResourceAccount": ACCOUNT },
            }),
        ).to.equal("ImplicitlyDenied");
    });
});
