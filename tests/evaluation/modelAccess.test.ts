import { expect } from "chai";
import { asRole, fullPlan, MODEL } from "../support/iamEvaluation";
import { fullArgs } from "../support/fixtures";
import { plan } from "../support/plan";

const full = fullPlan();

describe("IAM evaluation (iam-simulate): foundation models", () => {
    it("allows invoking and streaming a listed model", async () => {
        expect(await asRole(full, { action: "bedrock:InvokeModel", resource: MODEL })).to.equal("Allowed");
        expect(
            await asRole(full, { action: "bedrock:InvokeModelWithResponseStream", resource: MODEL }),
        ).to.equal("Allowed");
    });
    it("denies another model, the same model in another region, and another Bedrock action on the model", async () => {
        const other = "arn:aws:bedrock:us-east-1::foundation-model/meta.llama3-70b-instruct-v1:0";
        expect(await asRole(full, { action: "bedrock:InvokeModel", resource: other })).to.equal(
            "ImplicitlyDenied",
        );
        expect(
            await asRole(full, {
                action: "bedrock:InvokeModel",
                resource: MODEL.replace("us-east-1", "us-west-2"),
            }),
        ).to.equal("ImplicitlyDenied");
        expect(await asRole(full, { action: "bedrock:GetFoundationModel", resource: MODEL })).to.equal(
            "ImplicitlyDenied",
        );
    });
    it("denies streaming when streaming is turned off", async () => {
        const quiet = plan({ ...fullArgs(), streaming: false });
        expect(
            await asRole(quiet, { action: "bedrock:InvokeModelWithResponseStream", resource: MODEL }),
        ).to.equal("ImplicitlyDenied");
    });
});
