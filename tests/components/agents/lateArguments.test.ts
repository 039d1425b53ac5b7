import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import { BedrockAgentRole } from "../../../components/agents/bedrockAgentRole";
import { reportedArgumentError } from "../../support/argumentErrors";
import { minimalArgs } from "../../support/fixtures";
import { plan, planFailure } from "../../support/plan";
import { ofType, PERMISSION, ROLE, ROLE_POLICY } from "../../support/componentRun";
import { drainRegistrations, installMocks, settle } from "../../support/pulumiMocks";

const ALIAS = "arn:aws:bedrock:us-east-1:123456789012:agent-alias/AGENT12345/LIVE000001";
const orders = { actionGroups: [{ name: "orders", lambdaFunction: "orders" }] };

describe("late arguments: one pass for an agent created from the role", () => {
    it("resolves roleArn before the agent exists, so the agent can be built from it: the role never waits for lambdaAgentIds nor agentAliases", async () => {
        const recorded = await installMocks();
        const [agentId, setAgentId] = pulumi.deferredOutput<string>();
        const [aliasArn, setAliasArn] = pulumi.deferredOutput<string>();
        const component = new BedrockAgentRole("support-agent", {
            ...minimalArgs(),
            ...orders,
            lambdaAgentIds: [agentId],
            agentAliases: [aliasArn],
        });
        const roleArn = await settle(component.roleArn);
        expect(roleArn.value).to.match(/:role\/AmazonBedrockExecutionRoleForAgents_support-agent-/);
        expect(ofType(recorded, ROLE)).to.have.length(1);
        expect(ofType(recorded, ROLE_POLICY)).to.have.length(1);
        expect(ofType(recorded, PERMISSION), "the permission waits for the agent").to.have.length(0);

        setAgentId(pulumi.output("AGENT12345"));
        setAliasArn(pulumi.output(ALIAS));
        expect((await settle(component.lambdaPermissions[0].sourceArn)).value).to.equal(
            "arn:aws:bedrock:us-east-1:123456789012:agent/AGENT12345",
        );
        expect(
            JSON.parse((await settle(component.callerPolicy)).value as string).Statement[0].Resource,
        ).to.deep.equal([ALIAS]);
        await drainRegistrations();
        expect(ofType(recorded, PERMISSION)).to.have.length(1);
    });

    it("states the model once: foundationModel is the first model as given, for aws.bedrock.AgentAgent", async () => {
        await installMocks();
        const component = new BedrockAgentRole("support-agent", {
            foundationModels: ["us.anthropic.claude-sonnet-4-20250514-v1:0", "amazon.nova-pro-v1:0"],
            inferenceProfileDestinations: {
                "us.anthropic.claude-sonnet-4-20250514-v1:0": ["us-east-1", "us-west-2"],
            },
        });
        expect((await settle(component.foundationModel)).value).to.equal(
            "us.anthropic.claude-sonnet-4-20250514-v1:0",
        );
    });

    it("narrows the Lambda permissions to lambdaAgentIds and leaves the trust policy to agentIds", () => {
        const p = plan({ ...minimalArgs(), ...orders, lambdaAgentIds: ["AGENT12345"] });
        expect(p.lambdaPermissions.map((s) => s.sourceArn)).to.deep.equal([
            "arn:aws:bedrock:us-east-1:123456789012:agent/AGENT12345",
        ]);
        expect(JSON.stringify(p.trustPolicy)).to.include("agent/*");
    });

    it("refuses an empty lambdaAgentIds, an agent the trust policy does not admit, and an alias of another account", () => {
        expect(planFailure({ ...minimalArgs(), ...orders, lambdaAgentIds: [] }).argument).to.equal(
            "lambdaAgentIds",
        );
        expect(
            planFailure({
                ...minimalArgs(),
                ...orders,
                agentIds: ["AGENT12345"],
                lambdaAgentIds: ["AGENT99999"],
            }).message,
        ).to.match(
            /^lambdaAgentIds\[0\]: .*agent\/AGENT99999" is not among the agentIds the trust policy admits/,
        );
        expect(
            planFailure({ ...minimalArgs(), agentAliases: [ALIAS.replace("123456789012", "210987654321")] })
                .argument,
        ).to.equal("agentAliases[0]");
    });

    it("registers no Lambda permission when a late agent resolves to an invalid value, and reports it", async () => {
        const recorded = await installMocks();
        // The callers' policy is completed with the Lambda permissions: it carries their error.
        const failure = await reportedArgumentError(
            () =>
                new BedrockAgentRole("support-agent", {
                    ...minimalArgs(),
                    ...orders,
                    lambdaAgentIds: [pulumi.output("agent/*")],
                }).callerPolicy,
        );
        expect(failure.message).to.match(/lambdaAgentIds\[0\]: "agent\/\*"/);
        expect(ofType(recorded, PERMISSION)).to.deep.equal([]);
    });
});
