// Models granted beyond those named are found in AWS's, CDK's, the starter toolkit's and
// Terraform's documents, each finding naming the package's foundationModels; no document this
// package writes is found.
import { expect } from "chai";
import { MODEL_SCOPE } from "../../policies/rules/modelScope";
import { violations } from "../../policies/violations";
import { planRuntime, runtimeArgs } from "../support/agentCoreFixtures";
import {
    AWS_AGENTS_2023,
    AWS_INFERENCE_PROFILE_PREREQ,
    AWS_MEMORY_MODEL_INFERENCE,
    PeerDocument,
    peerResource,
    TOOLKIT_DOC_RUNTIME_ROLE,
} from "../support/policyCorpus/agentGrants";
import { packageResources, planResources } from "../support/policyCorpus/packageResources";
import {
    CDK_AGENT_CROSS_REGION,
    CDK_AGENT_ON_DEMAND,
    TERRAFORM_RUNTIME_ROLE,
    TOOLKIT_RUNTIME_ROLE,
} from "../support/policyCorpus/peerRoles";

const NAMED =
    "name each model in its region (this package's foundationModels), and a profile's destination regions (inferenceProfileDestinations), granted with bedrock:InferenceProfileArn";
const found = (document: PeerDocument) =>
    violations([peerResource("peer", document)], [MODEL_SCOPE]).map((v) => [v.statement, v.message]);
const statementsOf = (document: PeerDocument) => found(document).map(([statement]) => statement);

describe("policy rule agent-iam-model-scope", () => {
    it("finds every model and profile in every region in AWS's inference-profile prerequisite policy", () => {
        expect(found(AWS_INFERENCE_PROFILE_PREREQ)).to.deep.equal([
            [
                0,
                `bedrock:InvokeModel* on arn:aws:bedrock:*::foundation-model/* (every foundation model in every region), arn:aws:bedrock:*:*:inference-profile/* (every inference profile in every region), arn:aws:bedrock:*:*:application-inference-profile/* (every application inference profile in every region) grants models no one named: ${NAMED}`,
            ],
        ]);
    });

    it("finds AWS's memory model policy, the toolkit's and AWS's runtime roles (`<account>:*`) and Terraform's `*`", () => {
        expect(found(AWS_MEMORY_MODEL_INFERENCE)[0][1]).to.match(
            /^bedrock:InvokeModel, bedrock:InvokeModelWithResponseStream on arn:aws:bedrock:\*::foundation-model\/\* \(every foundation model in every region\), arn:aws:bedrock:\*:\*:inference-profile\/\* \(every inference profile in every region\)/,
        );
        // runtime-permissions as the toolkit's documentation copies it: `foundation-model/*` and
        // `arn:aws:bedrock:region:accountId:*`, every profile, provisioned and imported model.
        expect(found(TOOLKIT_DOC_RUNTIME_ROLE)).to.have.length(1);
        expect(found(TOOLKIT_DOC_RUNTIME_ROLE)[0][1]).to.include(
            "arn:aws:bedrock:region:accountId:* (every model, inference profile, provisioned and imported model)",
        );
        expect(statementsOf(TOOLKIT_RUNTIME_ROLE)).to.deep.equal([11]);
        expect(found(TERRAFORM_RUNTIME_ROLE)).to.deep.equal([
            [
                3,
                `bedrock:InvokeModel, bedrock:InvokeModelWithResponseStream on * (every model, inference profile, provisioned and imported model in every region) grants models no one named: ${NAMED}`,
            ],
        ]);
    });

    it("finds CDK's cross-region agent: its model in every region, on demand beside the profile that routes to it", () => {
        const messages = found(CDK_AGENT_CROSS_REGION).map(([, message]) => message);
        expect(messages).to.have.length(2);
        expect(messages[0]).to.include(
            "arn:aws:bedrock:*::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0 (foundation model anthropic.claude-3-5-sonnet-20240620-v1:0 in every region)",
        );
        expect(messages[1]).to.equal(
            "arn:aws:bedrock:*::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0 (beside arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20240620-v1:0) is granted on demand beside an inference profile that routes to it, without bedrock:InferenceProfileArn: the profile's destinations are then callable directly, bypassing the profile. Grant them in a statement conditioned on bedrock:InferenceProfileArn = the profile's ARN, as this package does for a profile in foundationModels (its regions in inferenceProfileDestinations)",
        );
    });

    it("finds a profile's destination granted without the profile condition, in another region than the profile's", () => {
        // inference-profiles-prereq: the model grant is held to the profile by bedrock:InferenceProfileArn.
        const profile = "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-pro-v1:0";
        const destination = "arn:aws:bedrock:us-west-2::foundation-model/amazon.nova-pro-v1:0";
        const policy = (condition?: object): PeerDocument => ({
            source: "test",
            policy: {
                Statement: [
                    { Effect: "Allow", Action: "bedrock:InvokeModel", Resource: profile },
                    {
                        Effect: "Allow",
                        Action: "bedrock:InvokeModel",
                        Resource: destination,
                        ...(condition ? { Condition: condition } : {}),
                    },
                ],
            },
        });
        expect(statementsOf(policy())).to.deep.equal([1]);
        expect(
            statementsOf(policy({ StringEquals: { "bedrock:InferenceProfileArn": profile } })),
        ).to.deep.equal([]);
    });

    it("finds bedrock:* whatever its resource, and judges no Deny", () => {
        // AmazonBedrockFullAccess's first statement, BedrockAll (security-iam-awsmanpol).
        const bedrockAll: PeerDocument = {
            source: "https://docs.aws.amazon.com/bedrock/latest/userguide/security-iam-awsmanpol.html",
            policy: {
                Statement: [{ Sid: "BedrockAll", Effect: "Allow", Action: ["bedrock:*"], Resource: "*" }],
            },
        };
        const messages = found(bedrockAll).map(([, message]) => message);
        expect(messages[0]).to.equal(
            `bedrock:* grants every Amazon Bedrock action, not only invoking models (creating and deleting agents, knowledge bases, guardrails, jobs): grant bedrock:InvokeModel and bedrock:InvokeModelWithResponseStream only, and ${NAMED}`,
        );
        expect(messages[1]).to.match(/^bedrock:\* on \* \(every model/);
        const denied: PeerDocument = {
            source: "test",
            policy: { Statement: [{ Effect: "Deny", Action: "bedrock:*", Resource: "*" }] },
        };
        expect(found(denied)).to.deep.equal([]);
    });

    it("passes models named one by one: AWS's 2023 agent policy, CDK's agent on demand", () => {
        expect(found(AWS_AGENTS_2023)).to.deep.equal([]);
        expect(found(CDK_AGENT_ON_DEMAND)).to.deep.equal([]);
    });

    it("finds nothing this package writes: every kind's role, managed parts, callers' and deployer's policies", () => {
        const resources = packageResources();
        expect(resources.length).to.be.above(40);
        expect(violations(resources, [MODEL_SCOPE])).to.deep.equal([]);
    });

    it("passes a model named both on demand and through its profile: on demand in the profile's own region only", () => {
        const both = planRuntime({
            ...runtimeArgs(),
            foundationModels: [
                "anthropic.claude-sonnet-4-20250514-v1:0",
                "us.anthropic.claude-sonnet-4-20250514-v1:0",
            ],
        });
        expect(violations(planResources("both", both), [MODEL_SCOPE])).to.deep.equal([]);
    });
});
