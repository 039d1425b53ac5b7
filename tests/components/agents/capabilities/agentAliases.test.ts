import { expect } from "chai";
import { minimalArgs } from "../../../support/fixtures";
import { plan, planFailure } from "../../../support/plan";

describe("capability: the agent's aliases (the callers' policy)", () => {
    it("grants the callers InvokeAgent on exactly the aliases, and the role nothing", () => {
        const p = plan({ ...minimalArgs(), agentAliases: ["AGENT12345/LIVE000001"] });
        expect(p.callerPolicy).to.deep.equal({
            Version: "2012-10-17",
            Statement: [
                {
                    Sid: "InvokeAgentAliases",
                    Effect: "Allow",
                    Action: ["bedrock:InvokeAgent"],
                    Resource: ["arn:aws:bedrock:us-east-1:123456789012:agent-alias/AGENT12345/LIVE000001"],
                },
            ],
        });
        expect(p.inlinePolicy).to.deep.equal(plan(minimalArgs()).inlinePolicy);
    });

    it("hands out no callers' policy when the callers need nothing", () => {
        expect(plan(minimalArgs()).callerPolicy).to.equal(undefined);
    });

    it("refuses an alias id without its agent", () => {
        expect(planFailure({ ...minimalArgs(), agentAliases: ["LIVE000001"] }).argument).to.equal(
            "agentAliases[0]",
        );
    });
});
