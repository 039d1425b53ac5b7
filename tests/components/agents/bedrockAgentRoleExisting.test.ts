import { expect } from "chai";
import { AGENT_KIND } from "../../../components/agents/agentKind";
import { BedrockAgentRole } from "../../../components/agents/bedrockAgentRole";
import { renderPolicy } from "../../../components/iam/policyDocument";
import { fullArgs, minimalArgs } from "../../support/fixtures";
import { plan, planFailure } from "../../support/plan";
import {
    deployed,
    expectRoleArnAfter,
    heldRegistration,
    loggedWarnings,
    ofType,
    PERMISSION,
    ROLE,
    ROLE_POLICY,
} from "../../support/componentRun";
import { reportedArgumentError } from "../../support/argumentErrors";
import { installMocks, settle } from "../../support/pulumiMocks";

const EXISTING = "arn:aws:iam::123456789012:role/platform/support-agent-role";

describe("BedrockAgentRole with an existing role", () => {
    it("creates no role, attaches the identity policy to the one named and creates the Lambda permissions", async () => {
        const recorded = await installMocks({ existingRoles: { "support-agent-role": { arn: EXISTING } } });
        const args = { ...fullArgs(), existingRole: EXISTING };
        const component = new BedrockAgentRole("support-agent", args);
        await deployed(component);
        const expected = plan(args);

        const roles = ofType(recorded, ROLE);
        expect(roles.map((r) => r.readId)).to.deep.equal(["support-agent-role"]);
        expect(ofType(recorded, ROLE_POLICY).map((r) => r.inputs)).to.deep.equal([
            {
                role: "support-agent-role",
                name: AGENT_KIND.inlinePolicyName,
                policy: renderPolicy(expected.inlinePolicy),
            },
        ]);
        expect(ofType(recorded, PERMISSION)).to.have.length(2);
        expect((await settle(component.roleArn)).value).to.equal(expected.roleArn);
        expect(expected.roleArn).to.equal(EXISTING);
        expect(expected.existingRole).to.equal(EXISTING);
    });

    it("still outputs the trust policy that role should have", async () => {
        await installMocks();
        const component = new BedrockAgentRole("support-agent", {
            ...minimalArgs(),
            existingRole: "agent-role",
        });
        await deployed(component);
        expect((await settle(component.trustPolicy)).value).to.equal(
            renderPolicy(plan(minimalArgs()).trustPolicy),
        );
    });

    it("warns when the existing role's trust policy differs from the one its agents need, and not when it matches", async () => {
        const needed = renderPolicy(plan(minimalArgs()).trustPolicy);
        const broad = JSON.stringify({
            Version: "2012-10-17",
            Statement: [
                {
                    Effect: "Allow",
                    Principal: { Service: "bedrock.amazonaws.com" },
                    Action: "sts:AssumeRole",
                },
            ],
        });
        const warningsFor = async (assumeRolePolicy: string) => {
            await installMocks({ existingRoles: { "agent-role": { assumeRolePolicy } } });
            return loggedWarnings(async () => {
                await deployed(
                    new BedrockAgentRole("support-agent", { ...minimalArgs(), existingRole: "agent-role" }),
                );
            });
        };
        expect(await warningsFor(broad)).to.deep.equal([
            "the trust policy of the existing role agent-role differs from the one its agents need; set it to this component's trustPolicy output",
        ]);
        expect(await warningsFor(encodeURIComponent(needed))).to.deep.equal([]);
    });

    it("takes the existing role's ARN, path included, from AWS when only its name is given", async () => {
        await installMocks({
            existingRoles: { "agent-role": { arn: "arn:aws:iam::123456789012:role/platform/agent-role" } },
        });
        const component = new BedrockAgentRole("support-agent", {
            ...minimalArgs(),
            existingRole: "agent-role",
            guardrails: [{ guardrail: "gr1234abcd56", kmsKey: "5678abcd-12ab-34cd-56ef-1234567890ab" }],
        });
        await deployed(component);
        const statements = (await settle(component.keyPolicyStatements)).value ?? {};
        expect(Object.values(statements).join()).to.include(
            '"AWS": "arn:aws:iam::123456789012:role/platform/agent-role"',
        );
    });

    it("does not resolve roleArn before the identity policy is attached to the existing role", async () => {
        const held = heldRegistration(ROLE_POLICY);
        await installMocks({ beforeRegistering: held.hold });
        const component = new BedrockAgentRole("support-agent", { ...minimalArgs(), existingRole: EXISTING });
        await expectRoleArnAfter(component, held);
    });

    it("refuses settings of a created role beside an existing one, and a role of another account, creating nothing", async () => {
        for (const setting of [{ roleNameSuffix: "x" }, { path: "/a/" }, { maxSessionDuration: 7200 }]) {
            expect(
                planFailure({ ...minimalArgs(), existingRole: "agent-role", ...setting }).argument,
            ).to.equal(Object.keys(setting)[0]);
        }
        const recorded = await installMocks();
        const failure = await reportedArgumentError(
            () =>
                new BedrockAgentRole("support-agent", {
                    ...minimalArgs(),
                    existingRole: "arn:aws:iam::210987654321:role/agent-role",
                }).identityPolicy,
        );
        expect(failure.message).to.match(/existingRole: .*account "210987654321"/);
        const created = recorded.filter((r) => r.readId === undefined && r.type.startsWith("aws:"));
        expect(created).to.deep.equal([]);
    });

    it("refuses a service-linked role, whose policies IAM lets only its service change", () => {
        for (const role of [
            "AWSServiceRoleForAmazonBedrock",
            "arn:aws:iam::123456789012:role/aws-service-role/bedrock.amazonaws.com/AWSServiceRoleForAmazonBedrock",
            "arn:aws:iam::123456789012:role/aws-service-role/ops.example.com/AgentRole",
        ]) {
            const failure = planFailure({ ...minimalArgs(), existingRole: role });
            expect(failure.argument, role).to.equal("existingRole");
            expect(failure.problem, role).to.match(/service-linked role/);
        }
    });

    it("refuses a name with a path or dot segments, which would name another role than it seems", () => {
        for (const role of [
            "platform/agent-role",
            "..",
            "arn:aws:iam::123456789012:role/platform/../agent-role",
            "arn:aws:iam::123456789012:role/platform//agent-role",
            "arn:aws:iam::123456789012:user/agent-role",
            "agent role",
        ]) {
            const failure = planFailure({ ...minimalArgs(), existingRole: role });
            expect(failure.argument, role).to.equal("existingRole");
            expect(failure.problem, role).to.match(/neither a role name .* nor a role ARN/);
        }
    });
});
