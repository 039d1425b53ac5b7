// Every AgentCore component can attach to an existing role, checked as the agent component checks
// its own: no role created, the policies attached to the one named, its trust policy given as an
// output with a warning when the role's differs; a service-linked role or a created role's
// settings beside it refused.
import { expect } from "chai";
import { AgentCoreGatewayRole, AgentCoreRuntimeRole } from "../../../index";
import { renderPolicy } from "../../../components/iam/policyDocument";
import {
    gatewayArgs,
    planGateway,
    planRuntime,
    RUNTIME_PROFILES,
    runtimeArgs,
    runtimeFailure,
} from "../../support/agentCoreFixtures";
import { deployed, loggedWarnings, ofType, ROLE, ROLE_POLICY } from "../../support/componentRun";
import { installMocks, settle } from "../../support/pulumiMocks";

const EXISTING = "arn:aws:iam::123456789012:role/platform/support-runtime-role";

describe("AgentCore roles attached to an existing role", () => {
    it("create no role, attach the inline policy to the role named, and give its ARN and the trust policy it should have", async () => {
        const recorded = await installMocks({
            inferenceProfiles: RUNTIME_PROFILES,
            existingRoles: { "support-runtime-role": { arn: EXISTING } },
        });
        const args = { ...runtimeArgs(), existingRole: EXISTING };
        const component = new AgentCoreRuntimeRole("support-runtime", args);
        await deployed(component);
        const expected = planRuntime(args);
        expect(ofType(recorded, ROLE).map((r) => r.readId)).to.deep.equal(["support-runtime-role"]);
        expect(ofType(recorded, ROLE_POLICY).map((r) => r.inputs.role)).to.deep.equal([
            "support-runtime-role",
        ]);
        expect((await settle(component.roleArn)).value).to.equal(EXISTING);
        expect(expected.existingRole).to.equal(EXISTING);
        expect((await settle(component.trustPolicy)).value).to.equal(renderPolicy(expected.trustPolicy));
    });

    it("warn when the existing role's trust policy differs from the one its gateways need", async () => {
        const broad = JSON.stringify({
            Version: "2012-10-17",
            Statement: [
                {
                    Effect: "Allow",
                    Principal: { Service: "bedrock-agentcore.amazonaws.com" },
                    Action: "sts:AssumeRole",
                },
            ],
        });
        await installMocks({ existingRoles: { "gateway-role": { assumeRolePolicy: broad } } });
        const warnings = await loggedWarnings(async () => {
            await deployed(
                new AgentCoreGatewayRole("support-gateway", {
                    ...gatewayArgs(),
                    existingRole: "gateway-role",
                }),
            );
        });
        expect(warnings.join("\n")).to.include(
            "the trust policy of the existing role gateway-role differs from the one its gateways need",
        );
        expect(planGateway({ ...gatewayArgs(), existingRole: "gateway-role" }).roleArn).to.equal(
            "arn:aws:iam::123456789012:role/gateway-role",
        );
    });

    it("refuse a service-linked role, and a created role's settings beside an existing role, naming the argument", () => {
        expect(
            runtimeFailure({
                ...runtimeArgs(),
                existingRole:
                    "arn:aws:iam::123456789012:role/aws-service-role/runtime-identity.bedrock-agentcore.amazonaws.com/AWSServiceRoleForBedrockAgentCoreRuntimeIdentity",
            }).problem,
        ).to.match(/is a service-linked role/);
        const conflict = runtimeFailure({
            ...runtimeArgs(),
            existingRole: "support-runtime-role",
            roleNameSuffix: "prod",
        });
        expect(conflict.argument).to.equal("roleNameSuffix");
    });
});
