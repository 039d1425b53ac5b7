import { expect } from "chai";
import {
    ACCOUNT,
    AGENT,
    assumeRole,
    FROM_AGENT,
    fullPlan,
    OTHER_ACCOUNT,
    pinnedPlan,
} from "../support/iamEvaluation";

const full = fullPlan();
const pinned = pinnedPlan();

describe("IAM evaluation (iam-simulate): trust policy", () => {
    it("lets Bedrock assume the role for an agent of the account", async () => {
        expect(await assumeRole(full, "bedrock.amazonaws.com", FROM_AGENT)).to.equal("Allowed");
        expect(await assumeRole(pinned, "bedrock.amazonaws.com", FROM_AGENT)).to.equal("Allowed");
    });
    it("denies another service principal, a request without either confused-deputy key, and another account's agent", async () => {
        expect(await assumeRole(full, "lambda.amazonaws.com", FROM_AGENT)).to.equal("ImplicitlyDenied");
        expect(await assumeRole(full, "bedrock.amazonaws.com", { "aws:SourceArn": AGENT })).to.equal(
            "ImplicitlyDenied",
        );
        expect(await assumeRole(full, "bedrock.amazonaws.com", { "aws:SourceAccount": ACCOUNT })).to.equal(
            "ImplicitlyDenied",
        );
        const foreign = {
            "aws:SourceAccount": OTHER_ACCOUNT,
            "aws:SourceArn": AGENT.replace(ACCOUNT, OTHER_ACCOUNT),
        };
        expect(await assumeRole(full, "bedrock.amazonaws.com", foreign)).to.equal("ImplicitlyDenied");
    });
    it("once pinned, denies another agent of the same account, and a knowledge base as the source", async () => {
        const otherAgent = { ...FROM_AGENT, "aws:SourceArn": AGENT.replace("AGENT12345", "AGENT99999") };
        expect(await assumeRole(pinned, "bedrock.amazonaws.com", otherAgent)).to.equal("ImplicitlyDenied");
        const kbSource = {
            ...FROM_AGENT,
            "aws:SourceArn": `arn:aws:bedrock:us-east-1:${ACCOUNT}:knowledge-base/KBPRODUCTS`,
        };
        expect(await assumeRole(full, "bedrock.amazonaws.com", kbSource)).to.equal("ImplicitlyDenied");
    });
});
