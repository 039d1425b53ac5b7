import { expect } from "chai";
import { AwsRequest, awsRequest, awsRequests } from "../support/awsRequests";
import { MODEL_ROUTES } from "../support/fixtures";
import { asRole, decideAws } from "../support/iamEvaluation";
import { plan } from "../support/plan";
import type { RolePlan } from "../../components/grants/roleDocuments";

const ACCOUNT = "123456789012";
const SONNET = MODEL_ROUTES.sonnet;
const APP = MODEL_ROUTES.applicationProfile;
const profile = (id: string) => `arn:aws:bedrock:us-east-1:${ACCOUNT}:inference-profile/${id}`;
const model = (region: string, id = SONNET) => `arn:aws:bedrock:${region}::foundation-model/${id}`;
const through = (profileArn: string) => ({ "bedrock:InferenceProfileArn": profileArn });

/** Each request and the role's decision, to compare with every request allowed. */
const decisions = (granted: RolePlan, requests: AwsRequest[]) =>
    Promise.all(requests.map(async (r) => `${r.name}: ${await decideAws(granted, r)}`));
const allAllowed = (requests: AwsRequest[]) => requests.map((r) => `${r.name}: Allowed`);

describe("IAM evaluation (iam-simulate): every way to reach a model", () => {
    describe("a geographic inference profile", () => {
        const granted = plan({
            foundationModels: [`us.${SONNET}`],
            inferenceProfileDestinations: { [`us.${SONNET}`]: ["us-east-1", "us-east-2", "us-west-2"] },
        });

        it("allows invoking and streaming through the profile, reading the profile, and each destination's model through it, as Bedrock asks", async () => {
            const requests = awsRequests("bedrock.usProfile");
            expect(await decisions(granted, requests)).to.deep.equal(allAllowed(requests));
        });

        it("denies a region outside the profile, the same model on demand, another profile, and the model through another profile", async () => {
            const invoke = awsRequest("bedrock.usProfile.model.us-east-1.InvokeModel");
            expect(await asRole(granted, { ...invoke, resource: model("eu-west-1") })).to.equal(
                "ImplicitlyDenied",
            );
            expect(await asRole(granted, { ...invoke, context: {} })).to.equal("ImplicitlyDenied");
            const other = profile("us.amazon.nova-pro-v1:0");
            expect(await asRole(granted, { action: "bedrock:InvokeModel", resource: other })).to.equal(
                "ImplicitlyDenied",
            );
            expect(await asRole(granted, { ...invoke, context: through(other) })).to.equal(
                "ImplicitlyDenied",
            );
        });
    });

    describe("a global inference profile", () => {
        const granted = plan({ foundationModels: [`global.${SONNET}`] });
        const regionless = awsRequest("bedrock.globalProfile.model.regionless.InvokeModel");

        it("allows the profile, reading it, and the source region's model through it, and denies another region's model", async () => {
            const requests = [
                awsRequest("bedrock.globalProfile.InvokeModel"),
                awsRequest("bedrock.globalProfile.GetInferenceProfile"),
                awsRequest("bedrock.globalProfile.model.us-east-1.InvokeModel"),
            ];
            expect(await decisions(granted, requests)).to.deep.equal(allAllowed(requests));
            expect(await asRole(granted, { ...requests[2], resource: model("eu-west-1") })).to.equal(
                "ImplicitlyDenied",
            );
        });

        it("grants the region-less model only through the profile (checked by structure: the evaluator cannot type a region-less ARN)", () => {
            const statement = granted.inlinePolicy.Statement.find((s) =>
                s.Resource.includes(regionless.resource),
            )!;
            expect(statement.Condition).to.deep.equal({
                ArnEquals: {
                    "bedrock:InferenceProfileArn": [regionless.context["bedrock:InferenceProfileArn"]],
                },
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

        it("allows the profile, reading it, and the models it copies through it", async () => {
            const requests = awsRequests("bedrock.applicationProfile");
            expect(await decisions(granted, requests)).to.deep.equal(allAllowed(requests));
        });

        it("denies another application profile, and the models through a system profile", async () => {
            const invoke = awsRequest("bedrock.applicationProfile.InvokeModel");
            const other = APP.replace("a1b2c3d4e5f6", "f6e5d4c3b2a1");
            expect(await asRole(granted, { ...invoke, resource: other })).to.equal("ImplicitlyDenied");
            const throughApp = awsRequest("bedrock.applicationProfile.model.us-west-2.InvokeModel");
            expect(
                await asRole(granted, { ...throughApp, context: through(profile(`us.${SONNET}`)) }),
            ).to.equal("ImplicitlyDenied");
        });
    });

    describe("provisioned and imported models", () => {
        const granted = plan({
            foundationModels: [MODEL_ROUTES.provisionedModel, MODEL_ROUTES.importedModel],
        });

        it("allows invoking and streaming each, and reading the provisioned throughput", async () => {
            const requests = [
                ...awsRequests("bedrock.provisionedModel"),
                ...awsRequests("bedrock.importedModel"),
            ];
            expect(await decisions(granted, requests)).to.deep.equal(allAllowed(requests));
        });

        it("denies another provisioned model and another imported model", async () => {
            const other = (arn: string) => arn.replace("abc123def456", "zzz999yyy888");
            for (const arn of [MODEL_ROUTES.provisionedModel, MODEL_ROUTES.importedModel]) {
                expect(
                    await asRole(granted, { action: "bedrock:InvokeModel", resource: other(arn) }),
                    arn,
                ).to.equal("ImplicitlyDenied");
            }
        });
    });
});
