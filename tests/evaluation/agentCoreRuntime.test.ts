// Every request an AgentCore runtime makes, as AWS presents it, is allowed, and its near neighbours
// are denied.
import { expect } from "chai";
import { AwsRequest, awsRequest, awsRequests } from "../support/awsRequests";
import { asRole, assumeRole, decideAws, OTHER_ACCOUNT, sourceContext } from "../support/iamEvaluation";
import { agentCoreArn, planRuntime, runtimeArgs } from "../support/agentCoreFixtures";
import type { AgentCorePlan } from "../../components/agentcore/agentCoreDocuments";

const ACCOUNT = "123456789012";
const plan = planRuntime(runtimeArgs());
const RUNTIME = agentCoreArn("runtime/support_agent-AbCdE12345");
const PROFILE = awsRequest("bedrock.usProfile.InvokeModel").resource;
const MODEL_IN = (region: string) =>
    `arn:aws:bedrock:${region}::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0`;
const LOG_GROUP = awsRequest("agentcore.runtime.logs.CreateLogGroup").resource;
const MEMORY = awsRequest("agentcore.runtime.memory.CreateEvent").resource;
const OAUTH_SECRET = awsRequest("agentcore.runtime.oauth.secret.GetSecretValue").resource;
const WORKLOAD = awsRequest("agentcore.runtime.oauth.workloadIdentity.GetResourceOauth2Token").resource;

/** Each request and the decision for it, to compare with the decisions the table expects. */
const decisions = (p: AgentCorePlan, requests: AwsRequest[]) =>
    Promise.all(requests.map(async (r) => `${r.name}: ${await decideAws(p, r)}`));
const expected = (requests: AwsRequest[], decision = "Allowed") =>
    requests.map((r) => `${r.name}: ${decision}`);

describe("IAM evaluation (iam-simulate): AgentCore runtime role", () => {
    it("allows every request the runtime makes: its image, its model through the profile, its logs, traces and metrics, its memory, gateway, providers and secrets, its knowledge base", async () => {
        const requests = [
            ...awsRequests("agentcore.runtime.image"),
            ...awsRequests("bedrock.usProfile").filter((r) => r.action.startsWith("bedrock:InvokeModel")),
            ...awsRequests("agentcore.runtime.logs"),
            ...awsRequests("agentcore.runtime.traces"),
            ...awsRequests("agentcore.runtime.metrics"),
            ...awsRequests("agentcore.runtime.memory"),
            ...awsRequests("agentcore.runtime.gateway"),
            ...awsRequests("agentcore.runtime.oauth"),
            ...awsRequests("agentcore.runtime.apiKey"),
            ...awsRequests("agentcore.runtime.knowledgeBase"),
        ];
        expect(await decisions(plan, requests)).to.deep.equal(expected(requests));
    });

    it("allows a runtime that runs a code artifact to read it, in a bucket of the account", async () => {
        const zipped = planRuntime({
            ...runtimeArgs(),
            containerRepository: undefined,
            codeArtifact: { bucket: "agent-code", key: "support/agent.zip" },
        });
        const requests = awsRequests("agentcore.runtime.code");
        expect(await decisions(zipped, requests)).to.deep.equal(expected(requests));
    });

    it("denies the near neighbours: another repository, another runtime's logs, another memory, gateway, provider or secret, the model on demand around its profile, tokens for any user, iam:PassRole", async () => {
        const requests: [string, string, Record<string, string>?][] = [
            ["ecr:BatchGetImage", `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/billing-agent`],
            ["ecr:BatchGetImage", `arn:aws:ecr:us-east-1:${OTHER_ACCOUNT}:repository/support-agent`],
            ["logs:PutLogEvents", LOG_GROUP.replace("support_agent-", "billing_agent-") + ":log-stream:x"],
            ["logs:CreateLogGroup", `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/lambda/orders`],
            ["cloudwatch:PutMetricData", "*", { "cloudwatch:namespace": "AWS/EC2" }],
            ["bedrock-agentcore:CreateEvent", agentCoreArn("memory/billing_memory-AbCdE12345")],
            ["bedrock-agentcore:DeleteMemory", MEMORY],
            ["bedrock-agentcore:InvokeGateway", agentCoreArn("gateway/billing-gateway-abcdefghij")],
            [
                "bedrock-agentcore:GetResourceOauth2Token",
                agentCoreArn("token-vault/default/oauth2credentialprovider/slack"),
            ],
            [
                "bedrock-agentcore:GetResourceOauth2Token",
                WORKLOAD.replace("support_agent-", "billing_agent-"),
            ],
            ["secretsmanager:GetSecretValue", OAUTH_SECRET.replace("github", "slack")],
            ["bedrock:InvokeModel", MODEL_IN("us-east-1")],
            [
                "bedrock:InvokeModel",
                MODEL_IN("us-west-2"),
                { "bedrock:InferenceProfileArn": PROFILE.replace("us.", "eu.") },
            ],
            ["bedrock-agentcore:GetWorkloadAccessTokenForUserId", WORKLOAD],
            ["bedrock-agentcore:GetWorkloadAccessToken", WORKLOAD],
            ["iam:PassRole", plan.roleArn],
            ["bedrock:Retrieve", `arn:aws:bedrock:us-east-1:${ACCOUNT}:knowledge-base/KB99999999`],
        ];
        const denied = await Promise.all(
            requests.map(([action, resource, context]) =>
                asRole(plan, { action, resource, context }).then((d) => `${action} on ${resource}: ${d}`),
            ),
        );
        expect(denied.filter((d) => !d.endsWith(": ImplicitlyDenied"))).to.deep.equal([]);
    });

    it("grants workload tokens only when asked, on its own workload identities, and tokens for any user id only when asked separately", async () => {
        const tokens = planRuntime({ ...runtimeArgs(), workloadAccessTokens: true });
        const anyUser = planRuntime({
            ...runtimeArgs(),
            workloadAccessTokens: true,
            workloadAccessTokensForAnyUser: true,
        });
        const all = awsRequests("agentcore.runtime.workloadToken");
        const forUserId = all.filter((r) => r.action.endsWith("ForUserId"));
        const ownTokens = all.filter((r) => !forUserId.includes(r));
        expect(await decisions(tokens, ownTokens)).to.deep.equal(expected(ownTokens));
        expect(await decisions(tokens, forUserId)).to.deep.equal(expected(forUserId, "ImplicitlyDenied"));
        expect(
            await asRole(tokens, {
                ...ownTokens[0],
                action: "bedrock-agentcore:GetWorkloadAccessToken",
                resource: WORKLOAD.replace("support_agent-", "billing_agent-"),
            }),
        ).to.equal("ImplicitlyDenied");
        expect(await decisions(anyUser, all)).to.deep.equal(expected(all));
        expect(anyUser.warnings.join("\n")).to.match(/mint tokens for any user id/);
    });

    it("trusts AgentCore acting for its runtime in its account, endpoints included, and no one else", async () => {
        const trust = awsRequests("agentcore.runtime.trust");
        expect(await decisions(plan, trust)).to.deep.equal(expected(trust));
        const from = sourceContext;
        const agentCore = "bedrock-agentcore.amazonaws.com";
        const denied = [
            await assumeRole(plan, agentCore, from(agentCoreArn("runtime/billing_agent-AbCdE12345"))),
            await assumeRole(plan, agentCore, from(agentCoreArn("runtime/support_agent2-AbCdE12345"))),
            // Runtime names have no "-", but ids are the name, "-" and exactly ten characters.
            await assumeRole(plan, agentCore, from(agentCoreArn("runtime/support_agent-AbCdE12345x"))),
            await assumeRole(plan, agentCore, from(agentCoreArn("gateway/support_agent-abcdefghij"))),
            await assumeRole(
                plan,
                agentCore,
                from(agentCoreArn("runtime/support_agent-AbCdE12345", OTHER_ACCOUNT), OTHER_ACCOUNT),
            ),
            await assumeRole(plan, agentCore, { "aws:SourceArn": RUNTIME }),
            await assumeRole(plan, agentCore, { "aws:SourceAccount": ACCOUNT }),
            await assumeRole(plan, "bedrock.amazonaws.com", from(RUNTIME)),
        ];
        expect(denied).to.deep.equal(Array(8).fill("ImplicitlyDenied"));
    });
});
