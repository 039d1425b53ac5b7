import { expect } from "chai";
import { fullArgs, minimalArgs } from "../../../support/fixtures";
import { plan, planFailure } from "../../../support/plan";

describe("capability: custom orchestration", () => {
    it("gives the orchestration function a Lambda permission like an action group's, with its own statement id", () => {
        const p = plan({ ...fullArgs(), customOrchestration: { lambdaFunction: "orchestrator" } });
        const orchestration = p.lambdaPermissions.filter((s) => s.functionKey === "custom--orchestration");
        expect(orchestration).to.have.length(1);
        expect(orchestration[0]).to.include({
            functionArn: "arn:aws:lambda:us-east-1:123456789012:function:orchestrator",
            principal: "bedrock.amazonaws.com",
            action: "lambda:InvokeFunction",
            sourceAccount: "123456789012",
            sourceArn: "arn:aws:bedrock:us-east-1:123456789012:agent/*",
        });
        const ids = p.lambdaPermissions.map((s) => s.statementId);
        expect(new Set(ids).size).to.equal(ids.length);
        expect(p.inlinePolicy).to.deep.equal(plan(fullArgs()).inlinePolicy);
    });

    it("refuses an unknown field and a function in another account", () => {
        expect(
            planFailure({
                ...minimalArgs(),
                customOrchestration: { lambdaFunction: "f", qualifier: "1" } as never,
            }).argument,
        ).to.equal("customOrchestration.qualifier");
        expect(
            planFailure({
                ...minimalArgs(),
                customOrchestration: { lambdaFunction: "arn:aws:lambda:us-east-1:210987654321:function:f" },
            }).argument,
        ).to.equal("customOrchestration.lambdaFunction");
    });
});
