// Every request an AgentCore runtime makes is allowed, and its near neighbours are denied.
import { expect } from "chai";
import { asRole, assumeRole, OTHER_ACCOUNT } from "../support/iamEvaluation";
import {
    agentCoreArn,
    API_KEY_SECRET,
    OAUTH_SECRET,
    planRuntime,
    runtimeArgs,
} from "../support/agentCoreFixtures";

const ACCOUNT = "123456789012";
const plan = planRuntime(runtimeArgs());
const RUNTIME = agentCoreArn("runtime/support_agent-AbCdE12345");
const REPOSITORY = `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/support-agent`;
const PROFILE = `arn:aws:bedrock:us-east-1:${ACCOUNT}:inference-profile/us.anthropic.claude-sonnet-4-20250514-v1:0`;
const MODEL_IN = (region: string) =>
    `arn:aws:bedrock:${region}::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0`;
const LOG_GROUP = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/bedrock-agentcore/runtimes/support_agent-AbCdE12345-DEFAULT`;
const MEMORY = agentCoreArn("memory/support_memory-AbCdE12345");
const GATEWAY = agentCoreArn("gateway/support-gateway-abcdefghij");
const WORKLOAD = agentCoreArn(
    "workload-identity-directory/default/workload-identity/support_agent-AbCdE12345",
);
const TOKEN_RESOURCES = [
    agentCoreArn("token-vault/default/oauth2credentialprovider/github"),
    agentCoreArn("token-vault/default"),
    agentCoreArn("workload-identity-directory/default"),
    WORKLOAD,
];

const allowed = (action: string, resource: string, context?: Record<string, string>) =>
    asRole(plan, { action, resource, context }).then((decision) => `${action} on ${resource}: ${decision}`);

describe("IAM evaluation (iam-simulate): AgentCore runtime role", () => {
    it("allows every request the runtime makes: its image, its model through the profile, its logs, traces and metrics, its memory, gateway, providers and secrets", async () => {
        const requests: [string, string, Record<string, string>?][] = [
            ["ecr:BatchGetImage", REPOSITORY],
            ["ecr:GetDownloadUrlForLayer", REPOSITORY],
            ["ecr:GetAuthorizationToken", "*"],
            ["bedrock:InvokeModel", PROFILE],
            [
                "bedrock:InvokeModelWithResponseStream",
                MODEL_IN("us-west-2"),
                { "bedrock:InferenceProfileArn": PROFILE },
            ],
            ["logs:CreateLogGroup", LOG_GROUP],
            ["logs:CreateLogStream", `${LOG_GROUP}:log-stream:2026/11/29/[runtime-logs]abc`],
            ["logs:PutLogEvents", `${LOG_GROUP}:log-stream:2026/11/29/[runtime-logs]abc`],
            ["xray:PutTraceSegments", "*"],
            ["cloudwatch:PutMetricData", "*", { "cloudwatch:namespace": "bedrock-agentcore" }],
            ["bedrock-agentcore:CreateEvent", MEMORY],
            ["bedrock-agentcore:RetrieveMemoryRecords", MEMORY],
            ["bedrock-agentcore:InvokeGateway", GATEWAY],
            ...TOKEN_RESOURCES.map((resource): [string, string] => [
                "bedrock-agentcore:GetResourceOauth2Token",
                resource,
            ]),
            [
                "bedrock-agentcore:GetResourceApiKey",
                agentCoreArn("token-vault/default/apikeycredentialprovider/weather"),
            ],
            ["secretsmanager:GetSecretValue", OAUTH_SECRET],
            ["secretsmanager:GetSecretValue", API_KEY_SECRET],
            ["bedrock:Retrieve", `arn:aws:bedrock:us-east-1:${ACCOUNT}:knowledge-base/KB12345678`],
        ];
        const decisions = await Promise.all(
            requests.map(([action, resource, context]) => allowed(action, resource, context)),
        );
        expect(decisions.filter((d) => !d.endsWith(": Allowed"))).to.deep.equal([]);
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
        const decisions = await Promise.all(
            requests.map(([action, resource, context]) => allowed(action, resource, context)),
        );
        expect(decisions.filter((d) => !d.endsWith(": ImplicitlyDenied"))).to.deep.equal([]);
    });

    it("grants workload tokens only when asked, on its own workload identities, and tokens for any user id only when asked separately", async () => {
        const tokens = planRuntime({ ...runtimeArgs(), workloadAccessTokens: true });
        const anyUser = planRuntime({
            ...runtimeArgs(),
            workloadAccessTokens: true,
            workloadAccessTokensForAnyUser: true,
        });
        const ask = (p: typeof plan, action: string, resource = WORKLOAD) => asRole(p, { action, resource });
        expect(await ask(tokens, "bedrock-agentcore:GetWorkloadAccessTokenForJWT")).to.equal("Allowed");
        expect(await ask(tokens, "bedrock-agentcore:GetWorkloadAccessTokenForUserId")).to.equal(
            "ImplicitlyDenied",
        );
        expect(
            await ask(
                tokens,
                "bedrock-agentcore:GetWorkloadAccessToken",
                WORKLOAD.replace("support_agent-", "billing_agent-"),
            ),
        ).to.equal("ImplicitlyDenied");
        expect(await ask(anyUser, "bedrock-agentcore:GetWorkloadAccessTokenForUserId")).to.equal("Allowed");
        expect(anyUser.warnings.join("\n")).to.match(/mint tokens for any user id/);
    });

    it("trusts AgentCore acting for runtimes of its name in its account, endpoints included, and no one else", async () => {
        const from = (sourceArn: string, account = ACCOUNT) => ({
            "aws:SourceAccount": account,
            "aws:SourceArn": sourceArn,
        });
        const agentCore = "bedrock-agentcore.amazonaws.com";
        expect(await assumeRole(plan, agentCore, from(RUNTIME))).to.equal("Allowed");
        expect(await assumeRole(plan, agentCore, from(`${RUNTIME}/runtime-endpoint/DEFAULT`))).to.equal(
            "Allowed",
        );
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
