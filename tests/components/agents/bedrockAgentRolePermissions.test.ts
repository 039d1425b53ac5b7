import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";

import { BedrockAgentRole } from "../../../components/agents/bedrockAgentRole";
import { renderPolicy } from "../../../components/iam/policyDocument";
import { minimalArgs } from "../../support/fixtures";
import { plan } from "../../support/plan";
import { deployed, loggedWarnings, ofType, PERMISSION, ROLE, ROLE_POLICY } from "../../support/componentRun";
import { drainRegistrations, installMocks, settle } from "../../support/pulumiMocks";

describe("BedrockAgentRole: permissions, previews and managed policies", () => {
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

    it("makes a Lambda permission in the agent's region when it is not the provider's, so a function given by name is the agent's", async () => {
        const recorded = await installMocks();
        await deployed(
            new BedrockAgentRole("support-agent", {
                ...minimalArgs(),
                region: "eu-central-1",
                actionGroups: [{ name: "orders", lambdaFunction: "orders" }],
            }),
        );
        const [permission] = ofType(recorded, PERMISSION);
        expect(permission.inputs).to.include({ function: "orders", region: "eu-central-1" });
        expect(permission.inputs.sourceArn).to.equal("arn:aws:bedrock:eu-central-1:123456789012:agent/*");
    });
});
