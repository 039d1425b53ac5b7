// AgentCore makes a resource's id from its name, "-" and exactly ten characters, and a gateway's in
// lower case (control-plane API reference: gateway ids match ([0-9a-z][-]?){1,100}-[0-9a-z]{10}):
// every pattern a role writes for the resources of a name matches that name's ids only.
import { expect } from "chai";
import {
    agentCoreArn,
    gatewayArgs,
    planGateway,
    planRuntime,
    runtimeArgs,
} from "../../support/agentCoreFixtures";
import { assumeRole, asRole } from "../../support/iamEvaluation";

const AGENTCORE = "bedrock-agentcore.amazonaws.com";
const from = (sourceArn: string) => ({ "aws:SourceAccount": "123456789012", "aws:SourceArn": sourceArn });
const workloadIdentity = (id: string) =>
    agentCoreArn(`workload-identity-directory/default/workload-identity/${id}`);

describe("AgentCore ids: the name's own ids only", () => {
    it("writes a gateway named with capitals as AgentCore's lower-case ids, in the trust, the workload identities and the key's encryption context", () => {
        const plan = planGateway({ ...gatewayArgs(), gatewayName: "Support-Gateway" });
        const text = JSON.stringify([plan.trustPolicy, plan.inlinePolicy, plan.keyPolicies]);
        expect(text).not.to.include("Support-Gateway");
        expect(plan.trustPolicy.Statement[0].Condition?.ArnLike).to.deep.equal({
            "aws:SourceArn": [agentCoreArn("gateway/support-gateway-??????????")],
        });
        const use = plan.inlinePolicy.Statement.find((s) => s.Sid === "UseGatewayKey");
        expect(use?.Condition?.StringLike).to.deep.equal({
            "kms:EncryptionContext:aws:bedrock-agentcore-gateway:arn": [
                agentCoreArn("gateway/support-gateway-??????????"),
            ],
        });
        expect(text).to.include(workloadIdentity("support-gateway-??????????"));
    });

    it("lets AgentCore assume a gateway's role for that gateway's id, even when named with capitals", async () => {
        const plan = planGateway({ ...gatewayArgs(), gatewayName: "Support-Gateway" });
        expect(
            await assumeRole(plan, AGENTCORE, from(agentCoreArn("gateway/support-gateway-abcdefghij"))),
        ).to.equal("Allowed");
    });

    it("denies the gateway `tools` role to a gateway whose name extends it (`tools-admin`): trust, workload tokens, policy engine", async () => {
        const plan = planGateway({ ...gatewayArgs(), gatewayName: "tools" });
        const admin = "tools-admin-abcdefghij";
        expect(await assumeRole(plan, AGENTCORE, from(agentCoreArn(`gateway/${admin}`)))).to.equal(
            "ImplicitlyDenied",
        );
        const denied = await Promise.all([
            asRole(plan, {
                action: "bedrock-agentcore:GetWorkloadAccessToken",
                resource: workloadIdentity(admin),
            }),
            asRole(plan, {
                action: "bedrock-agentcore:AuthorizeAction",
                resource: agentCoreArn(`gateway/${admin}`),
            }),
        ]);
        expect(denied).to.deep.equal(["ImplicitlyDenied", "ImplicitlyDenied"]);
        expect(
            await asRole(plan, {
                action: "bedrock-agentcore:GetWorkloadAccessToken",
                resource: workloadIdentity("tools-abcdefghij"),
            }),
        ).to.equal("Allowed");
    });

    it("writes a runtime's log groups for its ids and endpoints only: `<name>-<ten characters>-<endpoint>`", async () => {
        const plan = planRuntime(runtimeArgs());
        const group = (name: string) =>
            `arn:aws:logs:us-east-1:123456789012:log-group:/aws/bedrock-agentcore/runtimes/${name}`;
        expect(
            await asRole(plan, {
                action: "logs:CreateLogGroup",
                resource: group("support_agent-AbCdE12345-DEFAULT"),
            }),
        ).to.equal("Allowed");
        expect(
            await asRole(plan, {
                action: "logs:CreateLogGroup",
                resource: group("support_agent-AbCdE-DEFAULT"),
            }),
        ).to.equal("ImplicitlyDenied");
    });
});
