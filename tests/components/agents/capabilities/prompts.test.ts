import { expect } from "chai";
import { minimalArgs } from "../../../support/fixtures";
import { plan, planFailure } from "../../../support/plan";

const PROMPT = "arn:aws:bedrock:us-east-1:123456789012:prompt/PROMPT1234";

describe("capability: prompts", () => {
    it("grants GetPrompt on each prompt and prompt version named, by id or ARN", () => {
        const p = plan({ ...minimalArgs(), prompts: ["PROMPT1234", `${PROMPT}:3`] });
        expect(p.inlinePolicy.Statement.find((s) => s.Sid === "GetPrompts")).to.deep.equal({
            Sid: "GetPrompts",
            Effect: "Allow",
            Action: ["bedrock:GetPrompt"],
            Resource: [PROMPT, `${PROMPT}:3`],
        });
    });

    it("refuses a version that is not a number, and a prompt pattern", () => {
        for (const prompt of ["PROMPT1234:DRAFT", "PROMPT*", `${PROMPT}/*`]) {
            expect(planFailure({ ...minimalArgs(), prompts: [prompt] }).argument, prompt).to.equal(
                "prompts[0]",
            );
        }
    });
});
