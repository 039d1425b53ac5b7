import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import { reportedArgumentError } from "../../support/argumentErrors";
import { AGENT_KIND } from "../../../components/agents/agentKind";
import { BedrockAgentRole } from "../../../components/agents/bedrockAgentRole";
import { renderPolicy } from "../../../components/iam/policyDocument";
import { fullArgs, minimalArgs } from "../../support/fixtures";
import { plan } from "../../support/plan";
import {
    deployed,
    expectRoleArnAfter,
    heldRegistration,
    ofType,
    PERMISSION,
    ROLE,
    ROLE_POLICY,
} from "../../support/componentRun";
import { drainRegistrations, installMocks, MOCK_ENVIRONMENT, settle } from "../../support/pulumiMocks";

describe("BedrockAgentRole", () => {
    it("registers the role, its inline identity policy and one Lambda permission per function, all from the core's plan", async () => {
        const recorded = await installMocks();
        const component = new BedrockAgentRole("support-agent", fullArgs());
        await deployed(component);
        const expected = plan(fullArgs());

        const [role] = ofType(recorded, ROLE);
        expect(role.name).to.equal("support-agent");
        expect(role.inputs).to.deep.equal({
            name: expected.roleName,
            assumeRolePolicy: renderPolicy(expected.trustPolicy),
            path: "/",
        });
        const [policy] = ofType(recorded, ROLE_POLICY);
        expect(policy.inputs).to.deep.equal({
            role: expected.roleName,
            name: AGENT_KIND.inlinePolicyName,
            policy: renderPolicy(expected.inlinePolicy),
        });
        const permissions = ofType(recorded, PERMISSION);
        expect(permissions.map((p) => p.name)).to.deep.equal([
            "support-agent-invoke-create-ticket",
            "support-agent-invoke-lookup-orders",
        ]);
        expect(permissions.map((p) => p.inputs)).to.deep.equal(
            expected.lambdaPermissions.map((spec) => ({
                function: spec.function,
                statementId: spec.statementId,
                action: "lambda:InvokeFunction",
                principal: "bedrock.amazonaws.com",
                sourceAccount: MOCK_ENVIRONMENT.account,
                sourceArn: spec.sourceArn,
            })),
        );
        expect(component.lambdaPermissions).to.have.length(2);
        expect((await settle(component.trustPolicy)).value).to.equal(renderPolicy(expected.trustPolicy));
        expect((await settle(component.keyPolicyStatement)).value).to.equal(
            JSON.stringify(expected.keyPolicyStatement, null, 2),
        );
        expect((await settle(component.roleName)).value).to.equal(expected.roleName);
    });

    it("passes the role's description, path, tags, session duration and boundary through", async () => {
        const recorded = await installMocks();
        const boundary = "arn:aws:iam::123456789012:policy/AgentBoundary";
        await deployed(
            new BedrockAgentRole("support-agent", {
                ...minimalArgs(),
                description: "Support agent",
                path: "/agents/",
                tags: { team: "support" },
                maxSessionDuration: 7200,
                permissionsBoundary: boundary,
            }),
        );
        expect(ofType(recorded, ROLE)[0].inputs).to.include({
            description: "Support agent",
            path: "/agents/",
            maxSessionDuration: 7200,
            permissionsBoundary: boundary,
        });
        expect(ofType(recorded, ROLE)[0].inputs.tags).to.deep.equal({ team: "support" });
    });

    it("does not resolve roleArn before the identity policy is attached, so an agent built from it waits", async () => {
        const held = heldRegistration(ROLE_POLICY);
        await installMocks({ beforeRegistering: held.hold });
        const component = new BedrockAgentRole("support-agent", minimalArgs());
        await expectRoleArnAfter(component, held);
    });

    it("names the role from the component name, shortening long names, and honours a user suffix", async () => {
        const recorded = await installMocks();
        const long = new BedrockAgentRole(
            "a-very-long-component-name-for-the-support-agent-of-emea",
            minimalArgs(),
        );
        const custom = new BedrockAgentRole("custom", { ...minimalArgs(), roleNameSuffix: "support-prod" });
        await deployed(long);
        await deployed(custom);
        const names = ofType(recorded, ROLE).map((r) => r.inputs.name as string);
        expect(names[0]).to.match(/^AmazonBedrockExecutionRoleForAgents_a-very-long-compone-[0-9a-f]{8}$/);
        expect(names[0].length).to.be.at.most(64);
        expect(names[1]).to.equal("AmazonBedrockExecutionRoleForAgents_support-prod");
    });

    it("throws before registering anything when a user suffix cannot fit", async () => {
        const recorded = await installMocks();
        expect(
            () => new BedrockAgentRole("x", { ...minimalArgs(), roleNameSuffix: "s".repeat(30) }),
        ).to.throw(/^x: roleNameSuffix:/);
        await drainRegistrations();
        expect(recorded.filter((r) => r.type !== "bedrock-agent-role:index:BedrockAgentRole")).to.deep.equal(
            [],
        );
    });

    it("reports a malformed plain argument once, through its one plan, declaring no child resource", async () => {
        const recorded = await installMocks();
        const failure = await reportedArgumentError(
            () => new BedrockAgentRole("bad", { ...minimalArgs(), knowledgeBases: ["not-a-kb"] }).roleArn,
        );
        expect(failure.message).to.match(
            /^bad: knowledgeBases\[0\]: "not-a-kb" is neither a valid id nor an ARN\. Example of a valid value: KB12345678 or arn:aws:bedrock:us-east-1:123456789012:knowledge-base\/KB12345678$/,
        );
        expect(recorded.map((r) => r.type)).to.deep.equal(["bedrock-agent-role:index:BedrockAgentRole"]);
    });

    it("creates no child resource when an argument known only later is invalid, and reports the argument", async () => {
        const recorded = await installMocks();
        const failure = await reportedArgumentError(
            () =>
                new BedrockAgentRole("bad", { ...minimalArgs(), knowledgeBases: [pulumi.output("not-a-kb")] })
                    .identityPolicy,
        );
        expect(failure.message).to.match(/knowledgeBases\[0\]: "not-a-kb" is neither a valid id nor an ARN/);
        expect(recorded.map((r) => r.type)).to.deep.equal(["bedrock-agent-role:index:BedrockAgentRole"]);
    });

    it("leaves checks that need the provider's environment to the plan: an ARN of another region passes construction", async () => {
        await installMocks();
        const other = "arn:aws:bedrock:eu-west-1:123456789012:knowledge-base/KB12345678";
        const component = new BedrockAgentRole("later", { ...minimalArgs(), knowledgeBases: [other] });
        const failure = await settle(component.identityPolicy).then(
            () => new Error("expected the plan to fail"),
            (error: Error) => error,
        );
        expect(failure.message).to.match(
            /knowledgeBases\[0\]: .*has region "eu-west-1" but it must be "us-east-1"/,
        );
    });

    it("reads account, region and partition from the provider passed in the options, GovCloud included", async () => {
        const gov = { partition: "aws-us-gov", account: "123456789012", region: "us-gov-west-1" };
        const recorded = await installMocks({ environment: gov });
        const provider = new aws.Provider("gov", { region: "us-gov-west-1" });
        const component = new BedrockAgentRole(
            "support-agent",
            { ...minimalArgs(), knowledgeBases: ["KBPRODUCTS"] },
            { provider },
        );
        await deployed(component);
        const policy = (await settle(component.identityPolicy)).value!;
        expect(policy).to.include("arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/");
        expect(policy).to.not.include("arn:aws:");
        expect(ofType(recorded, ROLE)[0].inputs.assumeRolePolicy).to.include(
            "arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:agent/*",
        );
    });

    it("takes an explicit region over the provider's", async () => {
        await installMocks();
        const component = new BedrockAgentRole("support-agent", { ...minimalArgs(), region: "eu-west-1" });
        expect((await settle(component.identityPolicy)).value).to.include(
            "arn:aws:bedrock:eu-west-1::foundation-model/",
        );
    });
});
