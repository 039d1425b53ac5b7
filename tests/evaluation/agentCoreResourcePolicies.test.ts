// A runtime's and a gateway's resource-based policies, attached to each resource as AgentCore
// requires (its exact ARN in Resource): every request AWS's pages show for what resourcePolicy asks
// is allowed, a third account or another role of the account is not admitted, and every action
// from outside the VPCs named is denied to anyone, on the runtime and on its endpoint alike.
import { expect } from "chai";
import type { AgentCorePlan } from "../../components/agentcore/agentCoreDocuments";
import { attachedResourcePolicy } from "../../components/agentcore/agentCoreResourcePolicyArgs";
import { policyDocument, statement } from "../../components/iam/policyDocument";
import { gatewayArgs, planGateway, planRuntime, runtimeArgs } from "../support/agentCoreFixtures";
import { AwsRequest, awsRequests } from "../support/awsRequests";
import { ACCOUNT, simulate } from "../support/iamEvaluation";
import { ANONYMOUS } from "../support/requests/requestRows";
import { CALLERS_VPC } from "../support/requests/callers";
import { INVOKER } from "../support/requests/resourcePolicies";

/**
 * What another account grants its own principals: every AgentCore action anywhere, so that only
 * the resource's policy decides whether a call of theirs is allowed.
 */
const OWN_ACCOUNT_POLICY = policyDocument([
    statement({ Sid: "Anything", Effect: "Allow", Action: ["bedrock-agentcore:*"], Resource: ["*"] }),
]);

/** Decides each request under the plan's resource policy, attached to the request's resource. */
function decisions(plan: AgentCorePlan, requests: AwsRequest[]): Promise<string[]> {
    const resource = { kind: plan.kind as "runtime" | "gateway", name: plan.resourceName };
    return Promise.all(
        requests.map(async (r) => {
            const decision = await simulate(
                {
                    principal: r.principal,
                    action: r.action,
                    resource: r.resource,
                    resourceAccount: ACCOUNT,
                    context: r.context,
                },
                r.principal === ANONYMOUS ? [] : [OWN_ACCOUNT_POLICY],
                attachedResourcePolicy(plan.resourcePolicy ?? [], resource, r.resource),
            );
            return `${r.name}: ${decision}`;
        }),
    );
}
const expected = (requests: AwsRequest[]) => requests.map((r) => `${r.name}: ${r.expected}`);

const SOURCES = { sourceVpcs: [CALLERS_VPC["aws:SourceVpc"]] };
/** The rows of IAM principals' calls, and of OAuth callers': a resource takes one or the other. */
const IAM_ROWS = (prefix: string) => awsRequests(prefix).filter((r) => r.principal !== ANONYMOUS);
const OAUTH_ROWS = (prefix: string) => awsRequests(prefix).filter((r) => r.principal === ANONYMOUS);

describe("IAM evaluation (iam-simulate): resource-based policies", () => {
    it("a runtime's: the other account's role may invoke it from the VPC named, on the runtime and its endpoint; a third account, another role, or any call from elsewhere, not", async () => {
        const plan = planRuntime({ ...runtimeArgs(), resourcePolicy: { principals: [INVOKER], ...SOURCES } });
        const requests = IAM_ROWS("agentcore.runtimeResourcePolicy");
        expect(await decisions(plan, requests)).to.deep.equal(expected(requests));
    });

    it("a runtime's for OAuth callers: they may invoke it from the VPC named only", async () => {
        const plan = planRuntime({ ...runtimeArgs(), resourcePolicy: { oauthCallers: true, ...SOURCES } });
        const requests = OAUTH_ROWS("agentcore.runtimeResourcePolicy");
        expect(await decisions(plan, requests)).to.deep.equal(expected(requests));
    });

    it("a runtime's gives the other account only InvokeAgentRuntime unless more is asked, and the command actions only with the escalation opt-in", async () => {
        const invoke = awsRequests("agentcore.runtimeResourcePolicy.otherAccount");
        const all = awsRequests("agentcore.runtimeResourcePolicyAsked");
        const plain = planRuntime({ ...runtimeArgs(), resourcePolicy: { principals: [INVOKER] } });
        const asked = planRuntime({
            ...runtimeArgs(),
            resourcePolicy: {
                principals: [INVOKER],
                webSocket: true,
                stopSessions: true,
                agentCard: true,
                commands: true,
                allowCommandEscalation: true,
            },
        });
        expect(await decisions(plain, invoke)).to.deep.equal(expected(invoke));
        expect(await decisions(plain, all)).to.deep.equal(all.map((r) => `${r.name}: ImplicitlyDenied`));
        expect(await decisions(asked, all)).to.deep.equal(all.map((r) => `${r.name}: Allowed`));
        expect(asked.warnings.join("\n")).to.match(
            /resourcePolicy\.commands lets the principals run shell commands/,
        );
    });

    it("a gateway's: the other account's role, or OAuth callers, may invoke it from the VPC named; a third account, or calls from elsewhere, not", async () => {
        const iam = planGateway({ ...gatewayArgs(), resourcePolicy: { principals: [INVOKER], ...SOURCES } });
        const oauth = planGateway({ ...gatewayArgs(), resourcePolicy: { oauthCallers: true, ...SOURCES } });
        const iamRows = IAM_ROWS("agentcore.gatewayResourcePolicy");
        const oauthRows = OAUTH_ROWS("agentcore.gatewayResourcePolicy");
        expect(await decisions(iam, iamRows)).to.deep.equal(expected(iamRows));
        expect(await decisions(oauth, oauthRows)).to.deep.equal(expected(oauthRows));
    });

    it("without a VPC named, the other account's role may invoke from anywhere: the policy denies only where VPCs are named", async () => {
        const plan = planRuntime({ ...runtimeArgs(), resourcePolicy: { principals: [INVOKER] } });
        const [fromAnywhere] = awsRequests(
            "agentcore.runtimeResourcePolicy.outsideVpc.runtime.InvokeAgentRuntime",
        );
        expect(await decisions(plan, [fromAnywhere])).to.deep.equal([`${fromAnywhere.name}: Allowed`]);
    });
});
