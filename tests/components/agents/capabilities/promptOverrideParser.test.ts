import { expect } from "chai";
import { fullArgs, minimalArgs } from "../../../support/fixtures";
import { plan, planFailure } from "../../../support/plan";

describe("capability: prompt-override parser", () => {
    it("gives the parser function a Lambda permission like an action group's, with its own statement id, and the role nothing", () => {
        const p = plan({
            ...fullArgs(),
            customOrchestration: { lambdaFunction: "orchestrator" },
            promptOverrideParser: { lambdaFunction: "parse-output" },
        });
        const parser = p.lambdaPermissions.filter((s) => s.functionKey === "prompt--parser");
        expect(parser).to.have.length(1);
        expect(parser[0]).to.include({
            functionArn: "arn:aws:lambda:us-east-1:123456789012:function:parse-output",
            principal: "bedrock.amazonaws.com",
            action: "lambda:InvokeFunction",
            sourceAccount: "123456789012",
            sourceArn: "arn:aws:bedrock:us-east-1:123456789012:agent/*",
        });
        const ids = p.lambdaPermissions.map((s) => s.statementId);
        expect(new Set(ids).size).to.equal(ids.length);
        expect(p.inlinePolicy).to.deep.equal(plan(fullArgs()).inlinePolicy);
    });

    it("pins the parser's permission to the agents named, as the action groups' are", () => {
        const p = plan({
            ...minimalArgs(),
            agentIds: ["AGENT12345"],
            promptOverrideParser: {
                lambdaFunction: "arn:aws:lambda:us-east-1:123456789012:function:parse-output:live",
            },
        });
        const [parser] = p.lambdaPermissions.filter((s) => s.functionKey === "prompt--parser");
        expect(parser).to.include({
            functionArn: "arn:aws:lambda:us-east-1:123456789012:function:parse-output:live",
            sourceArn: "arn:aws:bedrock:us-east-1:123456789012:agent/AGENT12345",
        });
    });

    it("refuses an unknown field, a function in another account and a value that is not a map", () => {
        expect(
            planFailure({
                ...minimalArgs(),
                promptOverrideParser: { lambdaFunction: "f", mode: "x" } as never,
            }).argument,
        ).to.equal("promptOverrideParser.mode");
        expect(
            planFailure({
                ...minimalArgs(),
                promptOverrideParser: { lambdaFunction: "arn:aws:lambda:us-east-1:210987654321:function:f" },
            }).argument,
        ).to.equal("promptOverrideParser.lambdaFunction");
        expect(
            planFailure({ ...minimalArgs(), promptOverrideParser: "parse-output" as never }).argument,
        ).to.equal("promptOverrideParser");
    });
});
