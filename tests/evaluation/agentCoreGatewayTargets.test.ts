// The targets a gateway signs for with its role (an API Gateway stage, another runtime's endpoint,
// another gateway, a Lambda function URL) and the user-bound token of an authorization-code target: every request
// AWS's pages show is allowed, by these grants alone, and nothing beside them.
import { expect } from "chai";
import { AwsRequest, awsRequests } from "../support/awsRequests";
import { asRole, decideAws, OTHER_ACCOUNT } from "../support/iamEvaluation";
import { agentCoreArn, gatewayArgs, planGateway, PlainGatewayArgs } from "../support/agentCoreFixtures";

const ACCOUNT = "123456789012";
const TARGETS = ["apiGateway", "runtime", "gatewayTarget", "functionUrl", "userTokens"].flatMap((area) =>
    awsRequests(`agentcore.gateway.${area}`),
);
const decisions = (args: PlainGatewayArgs, requests: AwsRequest[]) => {
    const plan = planGateway(args);
    return Promise.all(requests.map((r) => decideAws(plan, r).then((d) => `${r.name}: ${d}`)));
};
const asGateway = (
    args: PlainGatewayArgs,
    requests: [string, string, Record<string, string>?, string?][],
) => {
    const plan = planGateway(args);
    return Promise.all(
        requests.map(([action, resource, context = {}, account = ACCOUNT]) =>
            asRole(plan, { action, resource, context, resourceAccount: account }).then(
                (d) => `${action} on ${resource} ${JSON.stringify(context)}: ${d}`,
            ),
        ),
    );
};
const NO_TARGETS: PlainGatewayArgs = {
    ...gatewayArgs(),
    apiGatewayTargets: undefined,
    runtimeTargets: undefined,
    gatewayTargets: undefined,
    functionUrlTargets: undefined,
    workloadAccessTokensForJwt: undefined,
};

describe("IAM evaluation (iam-simulate): what an AgentCore gateway's targets reach with its role", () => {
    it("allows each request of AWS's pages for its API Gateway methods, runtime endpoint, gateway, function URL and user-bound token, and denies their neighbours: another method, stage, path, API, endpoint, runtime, gateway, function or workload identity", async () => {
        expect(TARGETS.length).to.equal(19);
        expect(await decisions(gatewayArgs(), TARGETS)).to.deep.equal(
            TARGETS.map((r) => `${r.name}: ${r.expected}`),
        );
    });

    it("allows none of them without the target arguments: nothing else of the gateway's role reaches them", async () => {
        const allowed = TARGETS.filter((r) => r.expected === "Allowed");
        expect(await decisions(NO_TARGETS, allowed)).to.deep.equal(
            allowed.map((r) => `${r.name}: ImplicitlyDenied`),
        );
    });

    it("denies what a target does not need: a direct invoke of the URL's function, a URL without IAM auth, the API's collection or another account's stage, another runtime operation, the user id variants and CompleteResourceTokenAuth, which the application calls", async () => {
        const fn = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:orders-mcp`;
        const runtime = agentCoreArn("runtime/orders_mcp-AbCdE12345");
        const directory = agentCoreArn("workload-identity-directory/default");
        const identity = `${directory}/workload-identity/support-gateway-abcdefghij`;
        const seen = await asGateway(gatewayArgs(), [
            ["lambda:InvokeFunction", fn],
            ["lambda:InvokeFunction", fn, { "lambda:InvokedViaFunctionUrl": "false" }],
            ["lambda:InvokeFunctionUrl", fn, { "lambda:FunctionUrlAuthType": "NONE" }],
            ["lambda:InvokeFunctionUrl", fn],
            ["execute-api:Invoke", `arn:aws:execute-api:us-east-1:${ACCOUNT}:a1b2c3d4e5/prod/GET/pets`],
            ["execute-api:Invoke", `arn:aws:execute-api:us-east-1:${ACCOUNT}:a1b2c3d4e5/prod/PUT/pets/42`],
            [
                "execute-api:Invoke",
                `arn:aws:execute-api:us-east-1:${OTHER_ACCOUNT}:a1b2c3d4e5/prod/GET/pets/42`,
                {},
                OTHER_ACCOUNT,
            ],
            ["execute-api:Invoke", `arn:aws:execute-api:eu-west-1:${ACCOUNT}:a1b2c3d4e5/prod/GET/pets/42`],
            ["bedrock-agentcore:InvokeAgentRuntimeForUser", runtime],
            ["bedrock-agentcore:InvokeAgentRuntimeForUser", `${runtime}/runtime-endpoint/DEFAULT`],
            ["bedrock-agentcore:StopRuntimeSession", runtime],
            ["bedrock-agentcore:GetWorkloadAccessTokenForUserId", identity],
            ["bedrock-agentcore:CompleteResourceTokenAuth", identity],
            ["bedrock-agentcore:CompleteResourceTokenAuth", directory],
            ["bedrock-agentcore:CompleteResourceTokenAuth", agentCoreArn("token-vault/default")],
        ]);
        expect(seen.filter((d) => !d.endsWith(": ImplicitlyDenied"))).to.deep.equal([]);
    });

    it("gives the tokens for any user id only when asked, beside the JWT ones, with a warning", async () => {
        const args = { ...gatewayArgs(), workloadAccessTokensForUserId: true };
        const requests = [
            ...awsRequests("agentcore.gatewayWhenAsked.userIdTokens"),
            ...awsRequests("agentcore.gateway.userTokens").filter((r) => r.expected === "Allowed"),
        ];
        expect(requests.length).to.equal(4);
        expect(await decisions(args, requests)).to.deep.equal(requests.map((r) => `${r.name}: Allowed`));
        expect(await decisions(gatewayArgs(), requests.slice(0, 2))).to.deep.equal(
            requests.slice(0, 2).map((r) => `${r.name}: ImplicitlyDenied`),
        );
        expect(planGateway(args).warnings).to.deep.equal([
            "workloadAccessTokensForUserId lets gateway support-gateway mint tokens for any user id it names; AWS advises denying GetWorkloadAccessTokenForUserId where callers present JWTs",
        ]);
        expect(planGateway(gatewayArgs()).warnings).to.deep.equal([]);
    });

    it("grants a stage's methods and paths as named: the root path, a wildcard the user writes, one statement for every target", () => {
        const plan = planGateway({
            ...NO_TARGETS,
            apiGatewayTargets: [
                {
                    restApiId: "a1b2c3d4e5",
                    stage: "prod",
                    toolFilters: [
                        { filterPath: "/", methods: ["GET"] },
                        { filterPath: "/orders/*", methods: ["GET", "POST"] },
                    ],
                },
                {
                    restApiId: "f6g7h8i9j0",
                    stage: "v2",
                    toolFilters: [{ filterPath: "/health", methods: ["HEAD"] }],
                },
            ],
        });
        const invoke = plan.inlinePolicy.Statement.find((s) => s.Sid === "InvokeApiGatewayTargets");
        expect(invoke?.Resource).to.deep.equal(
            [
                "a1b2c3d4e5/prod/GET/",
                "a1b2c3d4e5/prod/GET/orders/*",
                "a1b2c3d4e5/prod/POST/orders/*",
                "f6g7h8i9j0/v2/HEAD/health",
            ].map((resource) => `arn:aws:execute-api:us-east-1:${ACCOUNT}:${resource}`),
        );
    });
});
