import { expect } from "chai";
import { minimalArgs } from "../../support/fixtures";
import { plan, PlainArgs, planFailure } from "../../support/plan";

const ACCOUNT = "123456789012";
const SONNET = "anthropic.claude-sonnet-4-20250514-v1:0";
const PROFILE_ARN = `arn:aws:bedrock:us-east-1:${ACCOUNT}:inference-profile/us.${SONNET}`;
const APP_PROFILE = `arn:aws:bedrock:us-east-1:${ACCOUNT}:application-inference-profile/a1b2c3d4e5f6`;
const model = (region: string, id = SONNET) => `arn:aws:bedrock:${region}::foundation-model/${id}`;
const statements = (args: PlainArgs) => plan(args).inlinePolicy.Statement;
const sid = (args: PlainArgs, prefix: string) => statements(args).find((s) => s.Sid.startsWith(prefix))!;

describe("capability: model access", () => {
    describe("foundation models on demand", () => {
        it("grants InvokeModel and, by default, InvokeModelWithResponseStream on each model, written as an ARN of the agent's region", () => {
            expect(statements({ foundationModels: ["amazon.nova-pro-v1:0"] })).to.deep.equal([
                {
                    Sid: "InvokeFoundationModels",
                    Effect: "Allow",
                    Action: ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
                    Resource: [model("us-east-1", "amazon.nova-pro-v1:0")],
                },
            ]);
        });

        it("grants InvokeModel alone when streaming is turned off", () => {
            expect(statements({ ...minimalArgs(), streaming: false })[0].Action).to.deep.equal([
                "bedrock:InvokeModel",
            ]);
        });

        it("refuses an agent with no model, since it could not run", () => {
            expect(planFailure({}).argument).to.equal("foundationModels");
            expect(planFailure({ foundationModels: [] }).message).to.match(
                /cannot run without a model.*anthropic\./,
            );
        });

        it("refuses a foundation-model ARN of another region", () => {
            expect(planFailure({ foundationModels: [model("eu-west-1")] }).message).to.match(
                /^foundationModels\[0\]: .*region "eu-west-1"/,
            );
        });
    });

    describe("a geographic inference profile", () => {
        const args = { foundationModels: [`us.${SONNET}`] };

        it("grants the profile in the source region, with GetInferenceProfile that CreateAgent checks", () => {
            expect(sid(args, "InvokeInferenceProfiles")).to.deep.equal({
                Sid: "InvokeInferenceProfiles",
                Effect: "Allow",
                Action: [
                    "bedrock:GetInferenceProfile",
                    "bedrock:InvokeModel",
                    "bedrock:InvokeModelWithResponseStream",
                ],
                Resource: [PROFILE_ARN],
            });
        });

        it("grants the model in every destination region only through the profile", () => {
            const through = sid(args, "InvokeModelsThroughProfile");
            expect(through.Resource).to.deep.equal(
                ["ca-central-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2"].map((r) => model(r)),
            );
            expect(through.Condition).to.deep.equal({
                ArnEquals: { "bedrock:InferenceProfileArn": [PROFILE_ARN] },
            });
            expect(through.Action).to.deep.equal([
                "bedrock:InvokeModel",
                "bedrock:InvokeModelWithResponseStream",
            ]);
        });

        it("grants GetFoundationModel on the models behind the profile, without the profile condition", () => {
            const get = sid(args, "GetFoundationModelsOfInferenceProfiles");
            expect(get.Action).to.deep.equal(["bedrock:GetFoundationModel"]);
            expect(get.Condition).to.equal(undefined);
            expect(get.Resource).to.include(model("us-west-2"));
        });

        it("says where the destinations came from: the table here, where AWS cannot be asked", () => {
            expect(plan(args).crossRegionProfiles).to.deep.equal([
                {
                    argument: "foundationModels[0]",
                    profileArn: PROFILE_ARN,
                    destinations: ["ca-central-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2"].map(
                        (r) => model(r),
                    ),
                    source: "table",
                },
            ]);
        });

        it("grants the same whether the profile is given by id or by ARN", () => {
            expect(plan({ foundationModels: [PROFILE_ARN] }).inlinePolicy).to.deep.equal(
                plan(args).inlinePolicy,
            );
        });

        it("takes the destinations the args give instead, as regions or model ARNs, and says so", () => {
            const given = plan({
                ...args,
                inferenceProfileDestinations: { [`us.${SONNET}`]: ["us-east-1", model("us-west-2")] },
            });
            expect(given.crossRegionProfiles[0]).to.include({ source: "override" });
            expect(given.crossRegionProfiles[0].destinations).to.deep.equal([
                model("us-east-1"),
                model("us-west-2"),
            ]);
        });

        it("refuses a destination of another model, which the profile would never reach", () => {
            const error = planFailure({
                ...args,
                inferenceProfileDestinations: { [PROFILE_ARN]: [model("us-east-1", "amazon.nova-pro-v1:0")] },
            });
            expect(error.argument).to.equal(`inferenceProfileDestinations["${PROFILE_ARN}"][0]`);
        });

        it("refuses destinations for a profile foundationModels does not name", () => {
            expect(
                planFailure({
                    ...args,
                    inferenceProfileDestinations: { "eu.amazon.nova-pro-v1:0": ["eu-west-1"] },
                }).message,
            ).to.match(/names no inference profile of foundationModels/);
        });

        it("refuses, naming the argument and the way out, a profile whose destinations the table cannot tell", () => {
            const error = planFailure({ foundationModels: [`eu.${SONNET}`] });
            expect(error.argument).to.equal("foundationModels[0]");
            expect(error.message).to.match(
                /eu profiles are called from .*not us-east-1.*inferenceProfileDestinations/,
            );
        });
    });

    describe("a global inference profile", () => {
        it("grants the profile, the model in the source region and the region-less model, the models only through the profile", () => {
            const profile = `arn:aws:bedrock:us-east-1:${ACCOUNT}:inference-profile/global.${SONNET}`;
            const through = sid({ foundationModels: [`global.${SONNET}`] }, "InvokeModelsThroughProfile");
            expect(through.Resource).to.deep.equal([
                `arn:aws:bedrock:::foundation-model/${SONNET}`,
                model("us-east-1"),
            ]);
            expect(through.Condition).to.deep.equal({
                ArnEquals: { "bedrock:InferenceProfileArn": [profile] },
            });
        });
    });

    describe("an application inference profile", () => {
        it("grants the profile and, through it, the models the args say it copies", () => {
            const granted = statements({
                foundationModels: [APP_PROFILE],
                inferenceProfileDestinations: { [APP_PROFILE]: [model("us-east-1")] },
            });
            expect(granted.find((s) => s.Sid === "InvokeInferenceProfiles")!.Resource).to.deep.equal([
                APP_PROFILE,
            ]);
            expect(
                granted.find((s) => s.Sid.startsWith("InvokeModelsThroughProfile"))!.Condition,
            ).to.deep.equal({
                ArnEquals: { "bedrock:InferenceProfileArn": [APP_PROFILE] },
            });
        });

        it("refuses to guess what it copies where AWS cannot be asked and the args do not say", () => {
            expect(planFailure({ foundationModels: [APP_PROFILE] }).message).to.match(
                /^foundationModels\[0\]: is an application inference profile, whose destinations only AWS can tell/,
            );
        });
    });

    describe("models served from the agent's account", () => {
        it("grants a provisioned model with GetProvisionedModelThroughput", () => {
            const provisioned = `arn:aws:bedrock:us-east-1:${ACCOUNT}:provisioned-model/abc123def456`;
            expect(sid({ foundationModels: [provisioned] }, "InvokeProvisionedModels")).to.deep.equal({
                Sid: "InvokeProvisionedModels",
                Effect: "Allow",
                Action: [
                    "bedrock:GetProvisionedModelThroughput",
                    "bedrock:InvokeModel",
                    "bedrock:InvokeModelWithResponseStream",
                ],
                Resource: [provisioned],
            });
        });

        it("grants an imported model and a custom model deployment on their own ARNs", () => {
            const imported = `arn:aws:bedrock:us-east-1:${ACCOUNT}:imported-model/abc123def456`;
            const deployment = `arn:aws:bedrock:us-east-1:${ACCOUNT}:custom-model-deployment/abc123def456`;
            const granted = statements({ foundationModels: [imported, deployment], streaming: false });
            expect(granted.map((s) => [s.Sid, s.Resource])).to.deep.equal([
                ["InvokeImportedModels", [imported]],
                ["InvokeCustomModelDeployments", [deployment]],
            ]);
        });

        it("refuses a custom model's own ARN, showing the provisioned-model form that works", () => {
            const error = planFailure({
                foundationModels: [`arn:aws:bedrock:us-east-1:${ACCOUNT}:custom-model/abc`],
            });
            expect(error.message).to.match(/invoked through its Provisioned Throughput.*provisioned-model\//);
        });
    });

    describe("one kind written as another", () => {
        it("refuses a profile id under foundation-model/, showing the profile's id and ARN", () => {
            const error = planFailure({ foundationModels: [model("us-east-1", `us.${SONNET}`)] });
            expect(error.message).to.match(/names inference profile us\..* as a foundation model/);
            expect(error.example).to.equal(`us.${SONNET} or ${PROFILE_ARN}`);
        });

        it("refuses a model id under inference-profile/, showing the model's id and ARN", () => {
            const error = planFailure({
                foundationModels: [`arn:aws:bedrock:us-east-1:${ACCOUNT}:inference-profile/${SONNET}`],
            });
            expect(error.example).to.equal(`${SONNET} or ${model("us-east-1")}`);
        });

        it("refuses a profile of another account", () => {
            expect(
                planFailure({ foundationModels: [PROFILE_ARN.replace(ACCOUNT, "210987654321")] }).message,
            ).to.match(/account "210987654321"/);
        });
    });
});
