import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import { INLINE_POLICY_NAME } from "../../components/agentPermissionsPlan";
import { BedrockAgentRole } from "../../components/bedrockAgentRole";
import { renderPolicy } from "../../components/iam/policyDocument";
import { fullArgs, minimalArgs } from "../support/fixtures";
import { plan } from "../support/plan";
import {
    drainRegistrations,
    installMocks,
    MOCK_ENVIRONMENT,
    RecordedResource,
    settle,
} from "../support/pulumiMocks";

const ROLE = "aws:iam/role:Role";
const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
const PERMISSION = "aws:lambda/permission:Permission";

async function deployed(component: BedrockAgentRole): Promise<void> {
    await settle(component.roleArn);
    await settle(component.identityPolicy);
    await drainRegistrations();
}

const ofType = (recorded: RecordedResource[], type: string) => recorded.filter((r) => r.type === type);

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
            name: INLINE_POLICY_NAME,
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
        const recorded = await installMocks();
        const component = new BedrockAgentRole("support-agent", minimalArgs());
        const dependencies = await (
            component.roleArn as unknown as { allResources(): Promise<Set<pulumi.Resource>> }
        ).allResources();
        const policy = [...dependencies].find((r) => r instanceof aws.iam.RolePolicy);
        expect(policy, "roleArn depends on the RolePolicy").to.not.equal(undefined);
        await settle(component.roleArn);
        expect(
            ofType(recorded, ROLE_POLICY),
            "the policy is registered when roleArn resolves",
        ).to.have.length(1);
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
        ).to.throw(/^roleNameSuffix:/);
        await drainRegistrations();
        expect(recorded.filter((r) => r.type !== "bedrock-agent-role:index:BedrockAgentRole")).to.deep.equal(
            [],
        );
    });

    it("throws as it is constructed, declaring nothing, when a plain argument is malformed", async () => {
        const recorded = await installMocks();
        expect(
            () => new BedrockAgentRole("bad", { ...minimalArgs(), knowledgeBases: ["not-a-kb"] }),
        ).to.throw(
            /^knowledgeBases\[0\]: "not-a-kb" is neither a valid id nor an ARN\. Example of a valid value: KB12345678 or arn:aws:bedrock:us-east-1:123456789012:knowledge-base\/KB12345678$/,
        );
        await drainRegistrations();
        expect(recorded).to.deep.equal([]);
    });

    it("creates no child resource when an argument known only later is invalid, and reports the argument", async () => {
        const recorded = await installMocks();
        const component = new BedrockAgentRole("bad", {
            ...minimalArgs(),
            knowledgeBases: [pulumi.output("not-a-kb")],
        });
        const failure = await settle(component.identityPolicy).then(
            () => new Error("expected the plan to fail"),
            (error: Error) => error,
        );
        expect(failure.message).to.match(/knowledgeBases\[0\]: "not-a-kb" is neither a valid id nor an ARN/);
        await new Promise((resolve) => setTimeout(resolve, 50));
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

    it("in a preview with a Lambda not yet created, still shows both documents and declares the permission", async () => {
        const recorded = await installMocks({ preview: true });
        const fn = new aws.lambda.Function("orders", {
            role: "arn:aws:iam::123456789012:role/fn",
            runtime: "nodejs20.x",
            handler: "index.handler",
            code: new pulumi.asset.AssetArchive({}),
        });
        const component = new BedrockAgentRole("support-agent", {
            ...minimalArgs(),
            actionGroups: [{ name: "orders", lambdaFunction: fn.arn }],
        });
        const identity = await settle(component.identityPolicy);
        expect(identity.known).to.equal(true);
        expect(identity.value).to.equal(renderPolicy(plan(minimalArgs()).inlinePolicy));
        expect((await settle(component.trustPolicy)).known).to.equal(true);
        expect((await settle(component.roleArn)).known).to.equal(false);
        await drainRegistrations();
        expect(ofType(recorded, PERMISSION).map((r) => r.name)).to.deep.equal([
            "support-agent-invoke-orders",
        ]);
        expect(ofType(recorded, ROLE)[0].inputs.assumeRolePolicy).to.equal(
            renderPolicy(plan(minimalArgs()).trustPolicy),
        );
    });

    it("in a preview with an unknown knowledge base, neither crashes nor hangs: the documents are simply unknown", async () => {
        const recorded = await installMocks({ preview: true });
        const createdInThisRun = new aws.iam.Role("created-in-this-run", { assumeRolePolicy: "{}" });
        const component = new BedrockAgentRole("support-agent", {
            ...minimalArgs(),
            knowledgeBases: [createdInThisRun.id],
        });
        expect((await settle(component.identityPolicy)).known).to.equal(false);
        await drainRegistrations();
        expect(ofType(recorded, ROLE).map((r) => r.name)).to.deep.equal([
            "created-in-this-run",
            "support-agent",
        ]);
        expect(ofType(recorded, ROLE_POLICY)).to.have.length(1);
    });

    it("declares one permission per function and pinned agent, keyed by agent id so reordering renames nothing", async () => {
        const recorded = await installMocks();
        await deployed(
            new BedrockAgentRole("a", {
                ...minimalArgs(),
                agentIds: ["AGENTBBBBB", "AGENTAAAAA"],
                actionGroups: [{ name: "orders", lambdaFunction: "orders" }],
            }),
        );
        await deployed(
            new BedrockAgentRole("b", {
                ...minimalArgs(),
                agentIds: ["AGENTAAAAA", "AGENTBBBBB"],
                actionGroups: [{ name: "orders", lambdaFunction: "orders" }],
            }),
        );
        const names = ofType(recorded, PERMISSION)
            .map((r) => r.name)
            .sort();
        expect(names).to.deep.equal([
            "a-invoke-orders-AGENTAAAAA",
            "a-invoke-orders-AGENTBBBBB",
            "b-invoke-orders-AGENTAAAAA",
            "b-invoke-orders-AGENTBBBBB",
        ]);
        const sourceArns = ofType(recorded, PERMISSION)
            .filter((r) => r.name.startsWith("a-"))
            .map((r) => r.inputs.sourceArn);
        expect(sourceArns.sort()).to.deep.equal([
            "arn:aws:bedrock:us-east-1:123456789012:agent/AGENTAAAAA",
            "arn:aws:bedrock:us-east-1:123456789012:agent/AGENTBBBBB",
        ]);
    });

    it("attaches managed policies for what does not fit inline, before roleArn resolves", async () => {
        const recorded = await installMocks();
        const ids = Array.from({ length: 300 }, (_, i) => `KB${String(i).padStart(8, "0")}`);
        const component = new BedrockAgentRole("support-agent", {
            ...minimalArgs(),
            knowledgeBases: ids,
            tags: { team: "support" },
        });
        await settle(component.roleArn);
        const expected = plan({ ...minimalArgs(), knowledgeBases: ids, tags: { team: "support" } });
        const attachments = ofType(recorded, "aws:iam/rolePolicyAttachment:RolePolicyAttachment");
        expect(attachments.length, "attachments registered when roleArn resolves").to.equal(
            expected.managedPolicies.length,
        );
        await drainRegistrations();
        const policies = ofType(recorded, "aws:iam/policy:Policy");
        expect(policies.map((p) => p.inputs.policy)).to.deep.equal(
            expected.managedPolicies.map((part) => renderPolicy(part.document)),
        );
        expect(policies.map((p) => p.inputs.name)).to.deep.equal(
            expected.managedPolicies.map((part) => part.name),
        );
        expect(policies[0].inputs.tags).to.deep.equal({ team: "support" });
        expect((await settle(component.managedPolicies)).value).to.have.length(
            expected.managedPolicies.length,
        );
    });

    it("in a preview with plain args, declares each managed policy the statements need, under the name the plan gives it", async () => {
        const recorded = await installMocks({
            preview: true,
            environment: { partition: "aws-us-gov", account: "123456789012", region: "us-gov-west-1" },
        });
        const ids = Array.from({ length: 300 }, (_, i) => `KB${String(i).padStart(8, "0")}`);
        await settle(
            new BedrockAgentRole("support-agent", { ...minimalArgs(), knowledgeBases: ids }).identityPolicy,
        );
        await drainRegistrations();
        const expected = plan(
            { ...minimalArgs(), knowledgeBases: ids },
            { partition: "aws-us-gov", account: "123456789012", region: "us-gov-west-1" },
        );
        expect(expected.managedPolicies.length).to.be.greaterThan(1);
        expect(ofType(recorded, "aws:iam/policy:Policy").map((r) => r.inputs.name)).to.deep.equal(
            expected.managedPolicies.map((part) => part.name),
        );
        expect(ofType(recorded, "aws:iam/policy:Policy").map((r) => r.inputs.policy)).to.deep.equal(
            expected.managedPolicies.map((part) => renderPolicy(part.document)),
        );
    });

    /** Runs `action` with pulumi.log.warn recording what the component logs. */
    async function loggedWarnings(action: () => Promise<void>): Promise<string[]> {
        const warnings: string[] = [];
        const warn = pulumi.log.warn;
        pulumi.log.warn = (message: string) => {
            warnings.push(message);
            return Promise.resolve();
        };
        try {
            await action();
        } finally {
            pulumi.log.warn = warn;
        }
        return warnings;
    }
    const agents = (n: number) => Array.from({ length: n }, (_, i) => `AGENT${String(i).padStart(5, "0")}`);

    it("logs a warning when one function's permissions approach Lambda's 20 KB resource-policy limit", async () => {
        await installMocks();
        const args = {
            ...minimalArgs(),
            agentIds: agents(45),
            quotas: { trustPolicySize: 4096 },
            actionGroups: [{ name: "orders", lambdaFunction: "orders" }],
        };
        const warnings = await loggedWarnings(async () => {
            await deployed(new BedrockAgentRole("support-agent", args));
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.match(
            /^the resource-based policy of arn:aws:lambda:us-east-1:123456789012:function:orders would hold \d+ bytes from 45 permissions of this role alone, near Lambda's limit of 20480/,
        );
    });

    it("measures each function apart, never pooling functions known only later", async () => {
        await installMocks();
        const warnings = await loggedWarnings(async () => {
            const component = new BedrockAgentRole("support-agent", {
                ...minimalArgs(),
                agentIds: agents(25),
                quotas: { trustPolicySize: 4096 },
                actionGroups: [
                    { name: "orders", lambdaFunction: pulumi.output("orders") },
                    { name: "tickets", lambdaFunction: pulumi.output("tickets") },
                ],
            });
            await deployed(component);
        });
        expect(warnings, "25 permissions per function stay well under 20 KB").to.deep.equal([]);
    });
});
