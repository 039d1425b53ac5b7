import { expect } from "chai";
import { argumentErrorFrom } from "../support/argumentErrors";
import { resolveGrants, ResolvedAgentRoleArgs } from "../../components/agentGrants";
import { fullArgs, minimalArgs } from "../support/fixtures";
import { MOCK_ENVIRONMENT } from "../support/pulumiMocks";

const grant = (args: ResolvedAgentRoleArgs) => resolveGrants(args, MOCK_ENVIRONMENT);
const failure = (args: ResolvedAgentRoleArgs) => argumentErrorFrom(() => grant(args));

describe("agentGrants", () => {
    it("writes every granted resource as an ARN, sorted and without duplicates", () => {
        const grants = grant({
            ...fullArgs(),
            knowledgeBases: [
                "KBPRODUCTS",
                "arn:aws:bedrock:us-east-1:123456789012:knowledge-base/KBPRODUCTS",
            ],
        });
        expect(grants.knowledgeBaseArns).to.deep.equal([
            "arn:aws:bedrock:us-east-1:123456789012:knowledge-base/KBPINECONE",
            "arn:aws:bedrock:us-east-1:123456789012:knowledge-base/KBPRODUCTS",
        ]);
        expect(grants.functions.map((f) => f.actionGroup)).to.deep.equal(["create-ticket", "lookup-orders"]);
        expect(grants.functions[0].functionArn).to.equal(
            "arn:aws:lambda:us-east-1:123456789012:function:create-ticket",
        );
        expect(grants.streaming).to.equal(true);
    });

    it("refuses an agent with no model, since it could not run", () => {
        expect(failure({}).argument).to.equal("foundationModels");
        expect(failure({ foundationModels: [] }).message).to.match(/cannot run without a model.*anthropic\./);
    });

    it("refuses an inference profile id given as a foundation model, instead of granting a model ARN that never matches", () => {
        const error = failure({ foundationModels: ["us.anthropic.claude-3-5-sonnet-20240620-v1:0"] });
        expect(error.argument).to.equal("foundationModels[0]");
        expect(error.message).to.match(/inference profile/);
    });

    it("refuses a foundation-model ARN of another region", () => {
        const error = failure({
            foundationModels: ["arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-pro-v1:0"],
        });
        expect(error.message).to.match(/^foundationModels\[0\]: .*region "eu-west-1"/);
    });

    it("refuses an action group with an invalid or repeated name, or that grants nothing", () => {
        const base = minimalArgs();
        expect(
            failure({ ...base, actionGroups: [{ name: "bad name", lambdaFunction: "f" }] }).argument,
        ).to.equal("actionGroups[0].name");
        const twice = [
            { name: "orders", lambdaFunction: "a" },
            { name: "orders", lambdaFunction: "b" },
        ];
        expect(failure({ ...base, actionGroups: twice }).message).to.match(
            /^actionGroups\[1\]\.name: "orders" names two/,
        );
        expect(failure({ ...base, actionGroups: [{ name: "orders" }] }).message).to.match(/grants nothing/);
    });

    it("refuses a schema given both as bucket and key and as an ARN, or with a part missing", () => {
        const schema = (apiSchema: object) => ({
            ...minimalArgs(),
            actionGroups: [{ name: "orders", apiSchema }],
        });
        expect(failure(schema({ bucket: "b-1", key: "k", arn: "arn:aws:s3:::b-1/k" })).message).to.match(
            /^actionGroups\[0\]\.apiSchema: give either bucket and key, or arn, but not both/,
        );
        expect(failure(schema({ bucket: "bucket-1" })).message).to.match(/key is missing or empty/);
        expect(failure(schema({ key: "k" })).message).to.match(/bucket is missing or empty/);
        expect(failure(schema({})).argument).to.equal("actionGroups[0].apiSchema");
    });

    it("refuses a schema key with characters IAM would read as wildcards or variables", () => {
        const args = {
            ...minimalArgs(),
            actionGroups: [{ name: "o", apiSchema: { bucket: "schemas", key: "a/*.json" } }],
        };
        expect(failure(args).message).to.match(/may not contain \*, \? or \$/);
    });

    it("refuses a schema ARN that is not an S3 object ARN", () => {
        const args = {
            ...minimalArgs(),
            actionGroups: [{ name: "o", apiSchema: { arn: "arn:aws:s3:::bucket-only" } }],
        };
        expect(failure(args).argument).to.equal("actionGroups[0].apiSchema.arn");
    });

    it("refuses a Lambda given by an ARN of another account", () => {
        const args = {
            ...minimalArgs(),
            actionGroups: [
                { name: "o", lambdaFunction: "arn:aws:lambda:us-east-1:210987654321:function:orders" },
            ],
        };
        expect(failure(args).message).to.match(
            /^actionGroups\[0\]\.lambdaFunction: .*account "210987654321"/,
        );
    });

    it("refuses a credentials secret that is a KMS key, the mistake of the 2023 AWS page", () => {
        const args = {
            ...minimalArgs(),
            thirdPartyKnowledgeBases: [
                {
                    credentialsSecretArn:
                        "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
                },
            ],
        };
        const error = failure(args);
        expect(error.argument).to.equal("thirdPartyKnowledgeBases[0].credentialsSecretArn");
        expect(error.message).to.match(/not an ARN of a secretsmanager secret.*arn:aws:secretsmanager:/);
    });

    it("refuses a KMS alias, since IAM authorizes KMS requests against the key", () => {
        expect(failure({ ...minimalArgs(), customerEncryptionKey: "alias/agents" }).message).to.match(
            /^customerEncryptionKey: .*alias/,
        );
        expect(failure({ ...minimalArgs(), customerEncryptionKey: "not-a-key" }).argument).to.equal(
            "customerEncryptionKey",
        );
    });

    it("refuses a malformed agent id", () => {
        expect(failure({ ...minimalArgs(), agentIds: ["agent-1"] }).argument).to.equal("agentIds[0]");
    });
});
