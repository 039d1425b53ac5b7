// Every request a harness's execution role makes, as AWS's harness-security page shows it, is
// allowed, and its near neighbours are denied.
import { expect } from "chai";
import { AwsRequest, awsRequests } from "../support/awsRequests";
import { asRole, assumeRole, decideAws, OTHER_ACCOUNT, sourceContext } from "../support/iamEvaluation";
import { agentCoreArn, harnessArgs, planHarness } from "../support/agentCoreFixtures";
import { HARNESS, HARNESS_RUNTIME_ID } from "../support/requests/harness";
import type { AgentCorePlan } from "../../components/agentcore/agentCoreDocuments";
import { policyDocument } from "../../components/iam/policyDocument";

const ACCOUNT = "123456789012";
const plan = planHarness(harnessArgs());
const inVpc = planHarness({ ...harnessArgs(), networkMode: "VPC" });
const customImage = planHarness({
    ...harnessArgs(),
    containerRepository: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/support-harness:1.0`,
});

const decisions = (p: AgentCorePlan, requests: AwsRequest[]) =>
    Promise.all(requests.map(async (r) => `${r.name}: ${await decideAws(p, r)}`));
const expected = (requests: AwsRequest[]) => requests.map((r) => `${r.name}: ${r.expected}`);
const denied = (requests: AwsRequest[]) => requests.map((r) => `${r.name}: ImplicitlyDenied`);

describe("IAM evaluation (iam-simulate): AgentCore harness role", () => {
    it("allows every request of a harness on the public network: ECR Public, its model through the profile, its runtime's logs, traces and metrics, its tokens, AWS's built-in tools, its memory, gateway and API key", async () => {
        const requests = [
            ...awsRequests("agentcore.harness.publicImage"),
            ...awsRequests("bedrock.usProfile").filter((r) => r.action.startsWith("bedrock:InvokeModel")),
            ...awsRequests("agentcore.harness.logs"),
            ...awsRequests("agentcore.harness.traces"),
            ...awsRequests("agentcore.harness.metrics"),
            ...awsRequests("agentcore.harness.tokens"),
            ...awsRequests("agentcore.tools.builtInBrowser"),
            ...awsRequests("agentcore.tools.browserStream"),
            ...awsRequests("agentcore.tools.builtInCodeInterpreter"),
            ...awsRequests("agentcore.harness.memory"),
            ...awsRequests("agentcore.harness.gateway"),
            ...awsRequests("agentcore.harness.apiKey"),
        ];
        expect(await decisions(plan, requests)).to.deep.equal(expected(requests));
    });

    it("pulls from ECR Public on the public network only, from harness-<region> in a VPC only, and only its own image when given one", async () => {
        const publicImage = awsRequests("agentcore.harness.publicImage");
        const vpcImage = awsRequests("agentcore.harness.vpcImage");
        expect(await decisions(plan, vpcImage)).to.deep.equal(denied(vpcImage));
        expect(await decisions(inVpc, vpcImage)).to.deep.equal(expected(vpcImage));
        expect(await decisions(inVpc, publicImage)).to.deep.equal(denied(publicImage));
        const pulls = vpcImage.filter((r) => r.action !== "ecr:GetAuthorizationToken");
        expect(await decisions(customImage, [...pulls, ...publicImage])).to.deep.equal(
            denied([...pulls, ...publicImage]),
        );
        const own = awsRequests("agentcore.harness.customImage");
        expect(await decisions(customImage, own)).to.deep.equal(expected(own));
        expect(await decisions(plan, own)).to.deep.equal(denied(own));
        const decided = await Promise.all(
            [
                `arn:aws:ecr:us-west-2:999999999999:repository/harness-us-west-2`,
                `arn:aws:ecr:us-east-1:999999999999:repository/harness-us-east-1-admin`,
                `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/support-agent`,
            ].map((resource) => asRole(inVpc, { action: "ecr:BatchGetImage", resource })),
        );
        expect(decided).to.deep.equal(Array(3).fill("ImplicitlyDenied"));
    });

    it("denies the near neighbours: another harness's tokens and logs, custom tools, another memory or gateway, tokens for any user, the memory's control plane, iam:PassRole", async () => {
        const neighbours = awsRequests("agentcore.harness.tokens").filter((r) => r.expected !== "Allowed");
        expect(await decisions(plan, neighbours)).to.deep.equal(expected(neighbours));
        const custom = [
            ...awsRequests("agentcore.tools.customBrowser"),
            ...awsRequests("agentcore.tools.customCodeInterpreter"),
        ];
        expect(await decisions(plan, custom)).to.deep.equal(denied(custom));
        const requests: [string, string][] = [
            [
                "logs:PutLogEvents",
                `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/bedrock-agentcore/runtimes/harness_billing-AbCdE12345-DEFAULT:log-stream:x`,
            ],
            [
                "logs:CreateLogGroup",
                `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/bedrock-agentcore/runtimes/support_harness-AbCdE12345-DEFAULT`,
            ],
            ["bedrock-agentcore:CreateEvent", agentCoreArn("memory/billing_memory-AbCdE12345")],
            ["bedrock-agentcore:DeleteMemory", agentCoreArn("memory/support_memory-AbCdE12345")],
            ["bedrock-agentcore:InvokeGateway", agentCoreArn("gateway/billing-gateway-abcdefghij")],
            [
                "bedrock-agentcore:GetWorkloadAccessTokenForUserId",
                agentCoreArn(`workload-identity-directory/default/workload-identity/${HARNESS_RUNTIME_ID}`),
            ],
            ["bedrock-agentcore:InvokeHarness", HARNESS],
            ["iam:PassRole", plan.roleArn],
        ];
        const decided = await Promise.all(
            requests.map(([action, resource]) =>
                asRole(plan, { action, resource }).then((d) => `${action} on ${resource}: ${d}`),
            ),
        );
        expect(decided.filter((d) => !d.endsWith(": ImplicitlyDenied"))).to.deep.equal([]);
    });

    it("trusts AgentCore acting for its harness, or the runtime it runs on, in its account, and no one else", async () => {
        const trust = awsRequests("agentcore.harness.trust");
        expect(await decisions(plan, trust)).to.deep.equal(expected(trust));
        const from = sourceContext;
        const agentCore = "bedrock-agentcore.amazonaws.com";
        const decided = await Promise.all([
            assumeRole(plan, agentCore, from(agentCoreArn("harness/support_harness2-AbCdE12345"))),
            assumeRole(plan, agentCore, from(agentCoreArn("harness/support_harness-AbCdE12345x"))),
            // The harness's name alone is not its runtime's: a runtime named support_harness is another.
            assumeRole(plan, agentCore, from(agentCoreArn("runtime/support_harness-AbCdE12345"))),
            assumeRole(plan, agentCore, from(agentCoreArn("runtime/harness_support_harness_v2-AbCdE12345"))),
            assumeRole(
                plan,
                agentCore,
                from(agentCoreArn("harness/support_harness-AbCdE12345", OTHER_ACCOUNT), OTHER_ACCOUNT),
            ),
            assumeRole(plan, agentCore, { "aws:SourceArn": HARNESS }),
            assumeRole(plan, "bedrock.amazonaws.com", from(HARNESS)),
        ]);
        expect(decided).to.deep.equal(Array(7).fill("ImplicitlyDenied"));
    });

    it("denies itself role switching unless allowed, even into a role whose trust policy names it, which needs no grant of its own", async () => {
        const [request] = awsRequests("agentcore.harness.roleSwitching");
        const trustsHarness = (harnessRole: string) =>
            policyDocument([
                {
                    Sid: "TrustHarness",
                    Effect: "Allow",
                    Principal: { AWS: harnessRole },
                    Action: ["sts:AssumeRole"],
                    Resource: [request.resource],
                },
            ]);
        const switching = planHarness({ ...harnessArgs(), allowRoleSwitching: true });
        // decideAws reads sts:AssumeRole as AgentCore assuming this role: here the role assumes another.
        const assume = (p: AgentCorePlan) =>
            asRole(
                p,
                { action: request.action, resource: request.resource, context: request.context },
                trustsHarness(p.roleArn),
            );
        expect(await assume(plan)).to.equal("ExplicitlyDenied");
        expect(await assume(switching)).to.equal(request.expected);
        expect(switching.inlinePolicy.Statement.map((s) => s.Sid)).to.not.include("DenyRoleSwitching");
    });
});
