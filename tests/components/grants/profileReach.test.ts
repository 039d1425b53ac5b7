// A profile's destinations must lie in its geography and the agent's partition, whoever names them.
import { expect } from "chai";
import { BedrockAgentRole } from "../../../components/agents/bedrockAgentRole";
import { reportedArgumentError } from "../../support/argumentErrors";
import { minimalArgs } from "../../support/fixtures";
import { planFailure } from "../../support/plan";
import { installMocks } from "../../support/pulumiMocks";

const MODEL = "anthropic.claude-sonnet-4-20250514-v1:0";
const PROFILE = `us.${MODEL}`;
const PROFILE_ARN = `arn:aws:bedrock:us-east-1:123456789012:inference-profile/${PROFILE}`;
const model = (region: string, partition = "aws") =>
    `arn:${partition}:bedrock:${region}::foundation-model/${MODEL}`;
const overriding = (destinations: string[]) =>
    planFailure({ foundationModels: [PROFILE], inferenceProfileDestinations: { [PROFILE]: destinations } });

describe("grants: the reach of inference and guardrail profiles", () => {
    it("refuses a destination outside the profile's geography, naming it", () => {
        const refused = overriding(["us-east-1", "eu-west-1"]);
        expect(refused.argument).to.equal(`inferenceProfileDestinations["${PROFILE}"][1]`);
        expect(refused.problem).to.match(/outside the us geography/);
    });

    it("refuses a region of another partition, and a region-less model for a geographic profile", () => {
        expect(overriding(["us-gov-west-1"]).problem).to.match(/another partition than the role's aws/);
        expect(overriding([model("")]).problem).to.match(
            /region-less model, which only a global profile routes to/,
        );
    });

    it("refuses the same outside the geography when AWS's answer says so", async () => {
        await installMocks({ inferenceProfiles: { [PROFILE]: [model("us-east-1"), model("ap-south-1")] } });
        const refused = await reportedArgumentError(
            () => new BedrockAgentRole("support-agent", { foundationModels: [PROFILE] }).roleArn,
        );
        expect(refused.argument).to.equal("foundationModels[0][1]");
        expect(refused.problem).to.match(/outside the us geography/);
    });

    it("refuses one profile given in two forms, naming both", () => {
        const refused = planFailure({
            foundationModels: [PROFILE],
            inferenceProfileDestinations: { [PROFILE]: ["us-east-1"], [PROFILE_ARN]: ["us-west-2"] },
        });
        expect(refused.argument).to.equal(`inferenceProfileDestinations["${PROFILE_ARN}"]`);
        expect(refused.problem).to.include(`inferenceProfileDestinations["${PROFILE}"]`);
    });

    it("refuses a guardrail profile's destination outside its geography or the agent's partition", () => {
        const guarded = (crossRegionDestinations: string[]) =>
            planFailure({
                ...minimalArgs(),
                guardrails: [
                    {
                        guardrail: "gr1234abcd56",
                        crossRegionProfile: "us.guardrail.v1:0",
                        crossRegionDestinations,
                    },
                ],
            });
        expect(guarded(["us-east-1", "eu-west-1"]).argument).to.equal(
            "guardrails[0].crossRegionDestinations[1]",
        );
        expect(guarded(["cn-north-1"]).problem).to.match(/another partition than the role's aws/);
    });
});
