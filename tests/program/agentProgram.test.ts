import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import { agentProgram } from "../../program/agentProgram";
import { reportedArgumentError } from "../support/argumentErrors";
import { installMocks, settle } from "../support/pulumiMocks";

describe("agentProgram (the stack program)", () => {
    afterEach(() => pulumi.runtime.setAllConfig({}));

    it("creates the component named by agentName from the stack's config and exports its documents", async () => {
        await installMocks({ project: "bedrock-agent-role", stack: "dev" });
        pulumi.runtime.setAllConfig({
            "bedrock-agent-role:agentName": "support",
            "bedrock-agent-role:foundationModels": '["amazon.nova-pro-v1:0"]',
        });
        const outputs = agentProgram();
        expect((await settle(outputs.roleName)).value).to.match(
            /^AmazonBedrockExecutionRoleForAgents_support-[0-9a-f]{8}$/,
        );
        expect((await settle(outputs.identityPolicy)).value).to.include(
            "foundation-model/amazon.nova-pro-v1:0",
        );
        expect((await settle(outputs.trustPolicy)).value).to.include("sts:AssumeRole");
    });

    it("refuses a config key of the project that it does not know, as pulumi up would run it", async () => {
        await installMocks({ project: "bedrock-agent-role", stack: "dev" });
        pulumi.runtime.setAllConfig({
            "bedrock-agent-role:foundationModels": '["amazon.nova-pro-v1:0"]',
            "bedrock-agent-role:knowledgeBase": '["KB12345678"]',
            "aws:region": "us-east-1",
        });
        expect(() => agentProgram()).to.throw(
            /^bedrock-agent-role:knowledgeBase: is not a config key of this program/,
        );
    });

    it("names the config key for a value the component refuses, nested fields of action groups included", async () => {
        const run = async (actionGroups: unknown) => {
            await installMocks({ project: "bedrock-agent-role", stack: "dev" });
            pulumi.runtime.setAllConfig({
                "bedrock-agent-role:foundationModels": '["amazon.nova-pro-v1:0"]',
                "bedrock-agent-role:actionGroups": JSON.stringify(actionGroups),
            });
            return reportedArgumentError(() => {
                const outputs = agentProgram();
                return pulumi.all([outputs.roleArn, outputs.callerPolicy]);
            });
        };
        expect((await run([{ name: "o", lambda: "f" }])).message).to.match(
            /^agent: bedrock-agent-role:actionGroups\[0\]\.lambda: is not a known argument; did you mean lambdaFunction\? \(known: name, lambdaFunction, apiSchema\)/,
        );
        expect((await run(["orders"])).argument).to.equal("bedrock-agent-role:actionGroups[0]");
        expect((await run([{ lambdaFunction: "f" }])).argument).to.equal(
            "bedrock-agent-role:actionGroups[0].name",
        );
    });

    it("names the config key for a value only the component's plan can refuse, with no global switch", async () => {
        const run = async (actionGroups: unknown) => {
            await installMocks({ project: "bedrock-agent-role", stack: "dev" });
            pulumi.runtime.setAllConfig({
                "bedrock-agent-role:foundationModels": '["amazon.nova-pro-v1:0"]',
                "bedrock-agent-role:actionGroups": JSON.stringify(actionGroups),
            });
            const outputs = agentProgram();
            return reportedArgumentError(() => pulumi.all([outputs.roleArn, outputs.callerPolicy]));
        };
        expect((await run([{ name: "o", apiSchema: { bucket: "b-1", path: "k" } }])).argument).to.equal(
            "bedrock-agent-role:actionGroups[0].apiSchema.path",
        );
        expect((await run([{ name: "o", lambdaFunction: 3 }])).argument).to.equal(
            "bedrock-agent-role:actionGroups[0].lambdaFunction",
        );
    });

    it("names the config key for an inference profile's destinations, whose map key holds a colon", async () => {
        const profile = "us.anthropic.claude-sonnet-4-20250514-v1:0";
        const run = async (destinations: Record<string, unknown>) => {
            await installMocks({ project: "bedrock-agent-role", stack: "dev" });
            pulumi.runtime.setAllConfig({
                "bedrock-agent-role:foundationModels": JSON.stringify([profile]),
                "bedrock-agent-role:inferenceProfileDestinations": JSON.stringify(destinations),
            });
            const outputs = agentProgram();
            return reportedArgumentError(() => pulumi.all([outputs.roleArn, outputs.callerPolicy]));
        };
        expect((await run({ [profile]: "us-east-1" })).argument).to.equal(
            `bedrock-agent-role:inferenceProfileDestinations["${profile}"]`,
        );
        const other = "eu.anthropic.claude-sonnet-4-20250514-v1:0";
        expect((await run({ [other]: ["eu-west-1"] })).argument).to.equal(
            `bedrock-agent-role:inferenceProfileDestinations["${other}"]`,
        );
    });
});
