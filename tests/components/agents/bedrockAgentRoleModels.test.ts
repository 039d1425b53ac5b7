import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import { BedrockAgentRole } from "../../../components/agents/bedrockAgentRole";
import { deployed, ofType, ROLE_POLICY } from "../../support/componentRun";
import { installMocks, settle } from "../../support/pulumiMocks";
import { reportedErrors } from "../../support/reportedErrors";

const SONNET = "anthropic.claude-sonnet-4-20250514-v1:0";
const model = (region: string, id = SONNET, partition = "aws") =>
    `arn:${partition}:bedrock:${region}::foundation-model/${id}`;
const GET_PROFILE = "aws:bedrock/getInferenceProfile:getInferenceProfile";

describe("BedrockAgentRole: inference profiles' destinations come from AWS", () => {
    it("asks the component's provider, in the agent's region, and grants what it answers rather than the table", async () => {
        const calls: pulumi.runtime.MockCallArgs[] = [];
        const gov = { partition: "aws-us-gov", account: "123456789012", region: "us-gov-west-1" };
        await installMocks({
            environment: gov,
            calls,
            inferenceProfiles: { [`us-gov.${SONNET}`]: [model("us-gov-west-1", SONNET, "aws-us-gov")] },
        });
        const provider = new aws.Provider("gov", { region: "us-gov-west-1" });
        const component = new BedrockAgentRole(
            "support-agent",
            { foundationModels: [`us-gov.${SONNET}`] },
            { provider },
        );
        const policy = JSON.parse((await settle(component.identityPolicy)).value as string);
        const [call] = calls.filter((c) => c.token === GET_PROFILE);
        expect(call.inputs).to.deep.equal({
            inferenceProfileId: `us-gov.${SONNET}`,
            region: "us-gov-west-1",
        });
        expect(call.provider).to.match(/::gov::/);
        const through = policy.Statement.find((s: { Sid: string }) =>
            s.Sid.startsWith("InvokeModelsThroughProfile"),
        );
        expect(through.Resource).to.deep.equal([model("us-gov-west-1", SONNET, "aws-us-gov")]);
    });

    it("takes an application profile created in the same program: unknown in a preview without failing, granted in an update", async () => {
        for (const preview of [true, false]) {
            const profiles: Record<string, string[]> = {};
            const recorded = await installMocks({ preview, inferenceProfiles: profiles });
            const app = new aws.bedrock.InferenceProfile("support-app", {
                modelSource: { copyFrom: model("us-east-1") },
            });
            const arn = await settle(app.arn);
            if (arn.known) {
                // What GetInferenceProfile says of the profile the program created: the model it copies.
                profiles[arn.value as string] = [model("us-east-1")];
            }
            const component = new BedrockAgentRole("support-agent", { foundationModels: [app.arn] });
            const identity = await settle(component.identityPolicy);
            if (preview) {
                expect(identity.known, "preview").to.equal(false);
            } else {
                const policy = JSON.parse(identity.value as string);
                expect(
                    policy.Statement.find((s: { Sid: string }) => s.Sid === "InvokeInferenceProfiles")
                        .Resource[0],
                ).to.match(/:application-inference-profile\//);
                await deployed(component);
                expect(ofType(recorded, ROLE_POLICY)).to.have.length(1);
            }
        }
    });

    it("refuses, before any IAM resource exists, a profile AWS does not know, naming the argument once", async () => {
        const recorded = await installMocks({ inferenceProfiles: {} });
        const printed = await reportedErrors(async () => {
            new BedrockAgentRole("support-agent", { foundationModels: [`us.${SONNET}`] });
        });
        expect(recorded.filter((r) => r.type !== "bedrock-agent-role:index:BedrockAgentRole")).to.deep.equal(
            [],
        );
        expect(printed).to.have.length(1);
        expect(printed[0]).to.match(
            /^support-agent: foundationModels\[0\]: AWS could not tell the destinations of inference profile "us\.anthropic\..*" in us-east-1 \(GetInferenceProfile: .*does not exist\)/,
        );
    });
});
