import { expect } from "chai";
import { asRole } from "../support/iamEvaluation";
import { plan } from "../support/plan";

const ACCOUNT = "123456789012";
const SONNET = "anthropic.claude-sonnet-4-20250514-v1:0";
const profile = (id: string) => `arn:aws:bedrock:us-east-1:${ACCOUNT}:inference-profile/${id}`;
const model = (region: string, id = SONNET) => `arn:aws:bedrock:${region}::foundation-model/${id}`;
const through = (profileArn: string) => ({ "bedrock:InferenceProfileArn": profileArn });
const APP = `arn:aws:bedrock:us-east-1:${ACCOUNT}:application-inference-profile/a1b2c3d4e5f6`;
const PROVISIONED = `arn:aws:bedrock:us-east-1:${ACCOUNT}:provisioned-model/abc123def456`;
const IMPORTED = `arn:aws:bedrock:us-east-1:${ACCOUNT}:imported-model/abc123def456`;

describe("IAM evaluation (iam-simulate): every way to reach a model", () => {
    describe("a geographic inference profile", () => {
        const granted = plan({
            foundationModels: [`us.${SONNET}`],
            inferenceProfileDestinations: { [`us.${SONNET}`]: ["us-east-1", "us-east-2", "us-west-2"] },
        });
        const US = profile(`us.${SONNET}`);

        it("allows invoking and streaming through the profile, reading the profile, and each destination's model through it", async () => {
            expect(await asRole(granted, { action: "bedrock:InvokeModel", resource: US })).to.equal(
                "Allowed",
            );
            expect(
                await asRole(granted, { action: "bedrock:InvokeModelWithResponseStream", resource: US }),
            ).to.equal("Allowed");
            expect(await asRole(granted, { action: "bedrock:GetInferenceProfile", resource: US })).to.equal(
                "Allowed",
            );
            for (const region of ["us-east-1", "us-east-2", "us-west-2"]) {
                const request = {
                    action: "bedrock:InvokeModel",
                    resource: model(region),
                    context: through(US),
                };
                expect(await asRole(granted, request), region).to.equal("Allowed");
            }
            expect(
                await asRole(granted, { action: "bedrock:GetFoundationModel", resource: model("us-east-2") }),
            ).to.equal("Allowed");
        });

        it("denies a region outside the profile, the same model on demand, another profile, and the model through another profile", async () => {
            expect(
                await asRole(granted, {
                    action: "bedrock:InvokeModel",
                    resource: model("eu-west-1"),
                    context: through(US),
                }),
            ).to.equal("ImplicitlyDenied");
            expect(
                await asRole(granted, { action: "bedrock:InvokeModel", resource: model("us-east-1") }),
            ).to.equal("ImplicitlyDenied");
            const other = profile("us.amazon.nova-pro-v1:0");
            expect(await asRole(granted, { action: "bedrock:InvokeModel", resource: other })).to.equal(
                "ImplicitlyDenied",
            );
            expect(
                await asRole(granted, {
                    action: "bedrock:InvokeModel",
                    resource: model("us-east-1"),
                    context: through(other),
                }),
            ).to.equal("ImplicitlyDenied");
        });
    });

    describe("a global inference profile", () => {
        const GLOBAL = profile(`global.${SONNET}`);
        const granted = plan({ foundationModels: [`global.${SONNET}`] });

        it("allows the profile and the source region's model through it, and denies another region's model", async () => {
            expect(await asRole(granted, { action: "bedrock:InvokeModel", resource: GLOBAL })).to.equal(
                "Allowed",
            );
            expect(
                await asRole(granted, {
                    action: "bedrock:InvokeModel",
                    resource: model("us-east-1"),
                    context: through(GLOBAL),
                }),
            ).to.equal("Allowed");
            expect(
                await asRole(granted, {
                    action: "bedrock:InvokeModel",
                    resource: model("eu-west-1"),
                    context: through(GLOBAL),
                }),
            ).to.equal("ImplicitlyDenied");
        });

        it("grants the region-less model only through the profile (checked by structure: the evaluator cannot type a region-less ARN)", () => {
            const statement = granted.inlinePolicy.Statement.find((s) =>
                s.Resource.includes(`arn:aws:bedrock:::foundation-model/${SONNET}`),
            )!;
            expect(statement.Condition).to.deep.equal({
                ArnEquals: { "bedrock:InferenceProfileArn": [GLOBAL] },
            });
            expect(statement.Action).to.deep.equal([
                "bedrock:InvokeModel",
                "bedrock:InvokeModelWithResponseStream",
            ]);
        });
    });

    describe("an application inference profile", () => {
        const granted = plan({
            foundationModels: [APP],
            inferenceProfileDestinations: { [APP]: [model("us-east-1"), model("us-west-2")] },
        });

        it("allows the profile and the models it copies through it", async () => {
            expect(await asRole(granted, { action: "bedrock:InvokeModel", resource: APP })).to.equal(
                "Allowed",
            );
            expect(await asRole(granted, { action: "bedrock:GetInferenceProfile", resource: APP })).to.equal(
                "Allowed",
            );
            expect(
                await asRole(granted, {
                    action: "bedrock:InvokeModel",
                    resource: model("us-west-2"),
                    context: through(APP),
                }),
            ).to.equal("Allowed");
        });

        it("denies another application profile, and the models through a system profile", async () => {
            const other = APP.replace("a1b2c3d4e5f6", "f6e5d4c3b2a1");
            expect(await asRole(granted, { action: "bedrock:InvokeModel", resource: other })).to.equal(
                "ImplicitlyDenied",
            );
            expect(
                await asRole(granted, {
                    action: "bedrock:InvokeModel",
                    resource: model("us-west-2"),
                    context: through(profile(`us.${SONNET}`)),
                }),
            ).to.equal("ImplicitlyDenied");
        });
    });

    describe("provisioned and imported models", () => {
        const granted = plan({ foundationModels: [PROVISIONED, IMPORTED] });

        it("allows invoking each and reading the provisioned throughput", async () => {
            expect(await asRole(granted, { action: "bedrock:InvokeModel", resource: PROVISIONED })).to.equal(
                "Allowed",
            );
            expect(
                await asRole(granted, {
                    action: "bedrock:GetProvisionedModelThroughput",
                    resource: PROVISIONED,
                }),
            ).to.equal("Allowed");
            expect(
                await asRole(granted, {
                    action: "bedrock:InvokeModelWithResponseStream",
                    resource: IMPORTED,
                }),
            ).to.equal("Allowed");
        });

        it("denies another provisioned model and another imported model", async () => {
            const other = (arn: string) => arn.replace("abc123def456", "zzz999yyy888");
            expect(
                await asRole(granted, { action: "bedrock:InvokeModel", resource: other(PROVISIONED) }),
            ).to.equal("ImplicitlyDenied");
            expect(
                await asRole(granted, { action: "bedrock:InvokeModel", resource: other(IMPORTED) }),
            ).to.equal("ImplicitlyDenied");
        });
    });
});
