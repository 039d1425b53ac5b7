import { expect } from "chai";
import { ACCOUNT, AGENT, FROM_AGENT, fullPlan, invokeFunction, pinnedPlan } from "../support/iamEvaluation";

const full = fullPlan();
const pinned = pinnedPlan();

describe("IAM evaluation (iam-simulate): Lambda permissions, evaluated as the function's resource policy", () => {
    const [createTicket] = full.lambdaPermissions;
    const [pinnedCreate] = pinned.lambdaPermissions;
    const invoke = { principal: "bedrock.amazonaws.com", action: "lambda:InvokeFunction" };
    it("lets Bedrock invoke the function for an agent of the account", async () => {
        expect(await invokeFunction(createTicket, { ...invoke, context: FROM_AGENT })).to.equal("Allowed");
        expect(await invokeFunction(pinnedCreate, { ...invoke, context: FROM_AGENT })).to.equal("Allowed");
    });
    it("denies another principal, another function, a request without the confused-deputy keys, and another agent once pinned", async () => {
        expect(
            await invokeFunction(createTicket, {
                ...invoke,
                principal: "states.amazonaws.com",
                context: FROM_AGENT,
            }),
        ).to.equal("ImplicitlyDenied");
        const otherFunction = createTicket.functionArn.replace("create-ticket", "delete-account");
        expect(
            await invokeFunction(createTicket, { ...invoke, context: FROM_AGENT }, otherFunction),
        ).to.equal("ImplicitlyDenied");
        expect(
            await invokeFunction(createTicket, { ...invoke, context: { "aws:SourceArn": AGENT } }),
        ).to.equal("ImplicitlyDenied");
        expect(
            await invokeFunction(createTicket, { ...invoke, context: { "aws:SourceAccount": ACCOUNT } }),
        ).to.equal("ImplicitlyDenied");
        const otherAgent = { ...FROM_AGENT, "aws:SourceArn": AGENT.replace("AGENT12345", "AGENT99999") };
        expect(await invokeFunction(pinnedCreate, { ...invoke, context: otherAgent })).to.equal(
            "ImplicitlyDenied",
        );
    });
    it("denies Bedrock any other Lambda action on the function", async () => {
        expect(
            await invokeFunction(createTicket, {
                ...invoke,
                action: "lambda:GetFunction",
                context: FROM_AGENT,
            }),
        ).to.equal("ImplicitlyDenied");
    });
});
