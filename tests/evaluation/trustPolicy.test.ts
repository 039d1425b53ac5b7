import { expect } from "chai";
import { awsRequest } from "../support/awsRequests";
import {
    ACCOUNT,
    AGENT,
    assumeRole,
    decideAws,
    fullPlan,
    OTHER_ACCOUNT,
    pinnedPlan,
} from "../support/iamEvaluation";

const full = fullPlan();
const pinned = pinnedPlan();
const fromAgent = awsRequest("agents.trust.AssumeRole");

describe("IAM evaluation (iam-simulate): trust policy", () => {
    it("lets Bedrock assume the role for an agent of the account", async () => {
        expect(await decideAws(full, fromAgent)).to.equal("Allowed");
        expect(await decideAws(pinned, fromAgent)).to.equal("Allowed");
    });
    it("denies another service principal, a request without either confused-deputy key, and another account's agent", async () => {
        expect(await assumeRole(full, "lambda.amazonaws.com", fromAgent.context)).to.equal(
            "ImplicitlyDenied",
        );
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
        const otherAgent = {
            ...fromAgent.context,
            "aws:SourceArn": AGENT.replace("AGENT12345", "AGENT99999"),
        };
        expect(await assumeRole(pinned, "bedrock.amazonaws.com", otherAgent)).to.equal("ImplicitlyDenied");
        const kbSource = {
            ...fromAgent.context,
            "aws:SourceArn": `arn:aws:bedrock:us-east-1:${ACCOUNT}:knowledge-base/KBPRODUCTS`,
        };
        expect(await assumeRole(full, "bedrock.amazonaws.com", kbSource)).to.equal("ImplicitlyDenied");
    });
});
