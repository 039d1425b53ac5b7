import { expect } from "chai";
import { awsRequest } from "../support/awsRequests";
import { asRole, decideAws, fullPlan } from "../support/iamEvaluation";
import { fullArgs } from "../support/fixtures";
import { plan } from "../support/plan";

const full = fullPlan();
const invoke = awsRequest("bedrock.onDemand.InvokeModel");
const stream = awsRequest("bedrock.onDemand.InvokeModelWithResponseStream");

describe("IAM evaluation (iam-simulate): foundation models", () => {
    it("allows invoking and streaming a listed model on demand", async () => {
        expect(await decideAws(full, invoke)).to.equal("Allowed");
        expect(await decideAws(full, stream)).to.equal("Allowed");
    });
    it("denies another model, the same model in another region, and another Bedrock action on the model", async () => {
        const other = "arn:aws:bedrock:us-east-1::foundation-model/meta.llama3-70b-instruct-v1:0";
        expect(await asRole(full, { ...invoke, resource: other })).to.equal("ImplicitlyDenied");
        expect(
            await asRole(full, { ...invoke, resource: invoke.resource.replace("us-east-1", "us-west-2") }),
        ).to.equal("ImplicitlyDenied");
        expect(await asRole(full, { ...invoke, action: "bedrock:GetFoundationModel" })).to.equal(
            "ImplicitlyDenied",
        );
    });
    it("denies streaming when streaming is turned off", async () => {
        const quiet = plan({ ...fullArgs(), streaming: false });
        expect(await decideAws(quiet, stream)).to.equal("ImplicitlyDenied");
    });
});
