import { expect } from "chai";
import { awsRequest } from "../support/awsRequests";
import { ACCOUNT, AGENT, fullPlan, invokeFunction, pinnedPlan } from "../support/iamEvaluation";

const full = fullPlan();
const pinned = pinnedPlan();
const invoke = awsRequest("agents.lambda.actionGroup.InvokeFunction");

describe("IAM evaluation (iam-simulate): Lambda permissions, evaluated as the function's resource policy", () => {
    const [createTicket] = full.lambdaPermissions;
    const [pinnedCreate] = pinned.lambdaPermissions;
    it("lets Bedrock invoke the function for an agent of the account", async () => {
        expect(await invokeFunction(createTicket, invoke, invoke.resource)).to.equal("Allowed");
        expect(await invokeFunction(pinnedCreate, invoke, invoke.resource)).to.equal("Allowed");
    });
    it("denies another principal, another function, a request without the confused-deputy keys, and another agent once pinned", async () => {
        expect(await invokeFunction(createTicket, { ...invoke, principal: "states.amazonaws.com" })).to.equal(
            "ImplicitlyDenied",
        );
        const otherFunction = invoke.resource.replace("create-ticket", "delete-account");
        expect(await invokeFunction(createTicket, invoke, otherFunction)).to.equal("ImplicitlyDenied");
        expect(
            await invokeFunction(createTicket, { ...invoke, context: { "aws:SourceArn": AGENT } }),
        ).to.equal("ImplicitlyDenied");
        expect(
            await invokeFunction(createTicket, { ...invoke, context: { "aws:SourceAccount": ACCOUNT } }),
        ).to.equal("ImplicitlyDenied");
        const otherAgent = { ...invoke.context, "aws:SourceArn": AGENT.replace("AGENT12345", "AGENT99999") };
        expect(await invokeFunction(pinnedCreate, { ...invoke, context: otherAgent })).to.equal(
            "ImplicitlyDenied",
        );
    });
    it("denies Bedrock any other Lambda action on the function", async () => {
        expect(await invokeFunction(createTicket, { ...invoke, action: "lambda:GetFunction" })).to.equal(
            "ImplicitlyDenied",
        );
    });
});
