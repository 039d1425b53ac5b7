import { expect } from "chai";
import { minimalArgs } from "../../support/fixtures";
import { plan, planFailure } from "../../support/plan";

const invoke = (args: Parameters<typeof plan>[0]) =>
    plan(args).inlinePolicy.Statement.find((s) => s.Sid === "InvokeFoundationModels")!;

describe("capability: model access", () => {
    it("grants InvokeModel and, by default, InvokeModelWithResponseStream on each model, written as an ARN of the agent's region", () => {
        expect(invoke({ foundationModels: ["amazon.nova-pro-v1:0"] })).to.deep.equal({
            Sid: "InvokeFoundationModels",
            Effect: "Allow",
            Action: ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
            Resource: ["arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"],
        });
    });

    it("grants InvokeModel alone when streaming is turned off", () => {
        expect(invoke({ ...minimalArgs(), streaming: false }).Action).to.deep.equal(["bedrock:InvokeModel"]);
    });

    it("refuses an agent with no model, since it could not run", () => {
        expect(planFailure({}).argument).to.equal("foundationModels");
        expect(planFailure({ foundationModels: [] }).message).to.match(
            /cannot run without a model.*anthropic\./,
        );
    });

    it("refuses an inference profile id given as a foundation model, instead of granting a model ARN that never matches", () => {
        const error = planFailure({ foundationModels: ["us.anthropic.claude-3-5-sonnet-20240620-v1:0"] });
        expect(error.argument).to.equal("foundationModels[0]");
        expect(error.message).to.match(/inference profile/);
    });

    it("refuses a foundation-model ARN of another region", () => {
        const error = planFailure({
            foundationModels: ["arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-pro-v1:0"],
        });
        expect(error.message).to.match(/^foundationModels\[0\]: .*region "eu-west-1"/);
    });
});
