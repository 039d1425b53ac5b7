// Every value an AgentCore role is given is checked as the agent component checks its args:
// wrong types, wildcards, other accounts, partitions and regions, unknown names are errors naming
// the argument, before anything is registered.
import { expect } from "chai";
import {
    API_KEY_SECRET,
    gatewayArgs,
    gatewayFailure,
    OAUTH_SECRET,
    PlainGatewayArgs,
    PlainRuntimeArgs,
    planGateway,
    planRuntime,
    runtimeArgs,
    runtimeFailure,
} from "../../support/agentCoreFixtures";
import { MOCK_ENVIRONMENT } from "../../support/pulumiMocks";

const OTHER = "210987654321";
const ACCOUNT = MOCK_ENVIRONMENT.account;
/** A credential provider's secret, as AgentCore Identity names it, in the mocked account. */
const providerSecret = (name: string) =>
    `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:bedrock-agentcore-identity!default/${name}`;

describe("AgentCore roles: every argument checked, naming it", () => {
    it("refuses runtime args that are wrong, naming the argument", () => {
        const cases: [Record<string, unknown>, string, RegExp][] = [
            [{ runtimeName: undefined }, "runtimeName", /must be a string/],
            [{ runtimeName: "support-agent" }, "runtimeName", /is not a runtime name AgentCore accepts/],
            [{ runtimeName: "support_*" }, "runtimeName", /is not a runtime name/],
            [
                { containerRepository: "*" },
                "containerRepository",
                /neither a repository name, an ARN nor an image URI/,
            ],
            [
                { containerRepository: `${OTHER}.dkr.ecr.us-east-1.amazonaws.com/support-agent:1` },
                "containerRepository",
                /account "210987654321"/,
            ],
            [
                { containerRepository: "arn:aws:ecr:eu-west-1:123456789012:repository/support-agent" },
                "containerRepository",
                /region "eu-west-1"/,
            ],
            [
                { codeArtifact: { bucket: "code", key: "agent.zip" } },
                "codeArtifact",
                /exactly one of containerRepository and codeArtifact/,
            ],
            [{ containerRepository: undefined }, "containerRepository", /exactly one/],
            [{ memories: ["*"] }, "memories[0]", /neither a valid id nor an ARN/],
            [
                { memories: [`arn:aws:bedrock-agentcore:us-east-1:${OTHER}:memory/m-AbCdE12345`] },
                "memories[0]",
                /account/,
            ],
            [
                { gateways: ["arn:aws-cn:bedrock-agentcore:cn-north-1:123456789012:gateway/gw-abcdefghij"] },
                "gateways[0]",
                /partition "aws-cn"/,
            ],
            [{ oauthProviders: [{ provider: "github" }] }, "oauthProviders[0]", /secretArn is missing/],
            [
                { oauthProviders: [{ provider: "github", secret: OAUTH_SECRET }] },
                "oauthProviders[0].secret",
                /did you mean secretArn/,
            ],
            [
                { oauthProviders: [{ provider: "*", secretArn: OAUTH_SECRET }] },
                "oauthProviders[0].provider",
                /neither a valid id nor an ARN/,
            ],
            [
                {
                    apiKeyProviders: [
                        { provider: "weather", secretArn: OAUTH_SECRET.replace("123456789012", OTHER) },
                    ],
                },
                "apiKeyProviders[0].secretArn",
                /account/,
            ],
            [
                { workloadAccessTokensForAnyUser: true },
                "workloadAccessTokensForAnyUser",
                /workloadAccessTokens, which is not set/,
            ],
            [{ observability: "false" }, "observability", /must be true or false/],
            [
                { foundationModels: ["arn:aws:bedrock:us-east-1::foundation-model/*"] },
                "foundationModels[0]",
                /./,
            ],
            [{ knowledgeBases: ["KB*"] }, "knowledgeBases[0]", /neither a valid id nor an ARN/],
            [{ memries: ["m-AbCdE12345"] }, "memries", /did you mean memories\?/],
        ];
        const seen = cases.map(([change]) => {
            const error = runtimeFailure({ ...runtimeArgs(), ...change });
            return [error.argument, error.message];
        });
        expect(seen.map(([argument]) => argument)).to.deep.equal(cases.map(([, argument]) => argument));
        seen.forEach(([, message], i) => expect(message).to.match(cases[i][2]));
    });

    it("refuses gateway args that are wrong, naming the argument", () => {
        const api = (change: Record<string, unknown>) => ({
            restApiId: "a1b2c3d4e5",
            stage: "prod",
            toolFilters: [{ filterPath: "/pets", methods: ["GET"] }],
            ...change,
        });
        const cases: [Record<string, unknown>, string, RegExp][] = [
            [{ gatewayName: "support_gateway" }, "gatewayName", /is not a gateway name/],
            [{ gatewayName: 42 }, "gatewayName", /must be a string/],
            [{ lambdaTargets: ["*"] }, "lambdaTargets[0]", /neither a valid id nor an ARN/],
            [
                { interceptors: [`arn:aws:lambda:us-east-1:${OTHER}:function:redact`] },
                "interceptors[0]",
                /account/,
            ],
            [{ schemaObjects: [{ bucket: "Bad_Bucket", key: "a.json" }] }, "schemaObjects[0]", /./],
            [{ policyEngine: "policy-engine/*" }, "policyEngine", /neither a valid id nor an ARN/],
            [{ customerEncryptionKey: "alias/gateway" }, "customerEncryptionKey", /is an alias/],
            [{ functionUrlTargets: ["orders-*"] }, "functionUrlTargets[0]", /neither a valid id nor an ARN/],
            [
                { functionUrlTargets: [`arn:aws:lambda:us-east-1:${OTHER}:function:orders-mcp`] },
                "functionUrlTargets[0]",
                /account/,
            ],
            [
                { apiGatewayTargets: [api({ restApiId: "*" })] },
                "apiGatewayTargets[0].restApiId",
                /REST API id/,
            ],
            [{ apiGatewayTargets: [api({ stage: "*" })] }, "apiGatewayTargets[0].stage", /stage name/],
            [
                { apiGatewayTargets: [api({ toolFilters: [] })] },
                "apiGatewayTargets[0].toolFilters",
                /no method/,
            ],
            [
                { apiGatewayTargets: [api({ toolFilters: [{ filterPath: "pets", methods: ["GET"] }] })] },
                "apiGatewayTargets[0].toolFilters[0].filterPath",
                /resource path/,
            ],
            [
                {
                    apiGatewayTargets: [
                        api({ toolFilters: [{ filterPath: "/{proxy+}", methods: ["GET"] }] }),
                    ],
                },
                "apiGatewayTargets[0].toolFilters[0].filterPath",
                /proxy/,
            ],
            [
                { apiGatewayTargets: [api({ toolFilters: [{ filterPath: "/pets*", methods: ["GET"] }] })] },
                "apiGatewayTargets[0].toolFilters[0].filterPath",
                /resource path/,
            ],
            [
                { apiGatewayTargets: [api({ toolFilters: [{ filterPath: "/pets", methods: ["*"] }] })] },
                "apiGatewayTargets[0].toolFilters[0].methods[0]",
                /one of GET/,
            ],
            [
                { apiGatewayTargets: [api({ toolFilters: [{ filterPath: "/pets", methods: ["get"] }] })] },
                "apiGatewayTargets[0].toolFilters[0].methods[0]",
                /upper case/,
            ],
            [
                { apiGatewayTargets: [api({ region: "eu-west-1" })] },
                "apiGatewayTargets[0].region",
                /not a known/,
            ],
            [
                { runtimeTargets: [{ runtime: "orders_mcp-AbCdE12345" }] },
                "runtimeTargets[0].endpoint",
                /must be a string/,
            ],
            [
                { runtimeTargets: [{ runtime: "orders_mcp-AbCdE12345", endpoint: "*" }] },
                "runtimeTargets[0].endpoint",
                /endpoint name/,
            ],
            [
                { runtimeTargets: [{ runtime: "runtime/*", endpoint: "DEFAULT" }] },
                "runtimeTargets[0].runtime",
                /neither a valid id nor an ARN/,
            ],
            [
                {
                    runtimeTargets: [
                        {
                            runtime: `arn:aws:bedrock-agentcore:us-east-1:${OTHER}:runtime/orders_mcp-AbCdE12345`,
                            endpoint: "DEFAULT",
                        },
                    ],
                },
                "runtimeTargets[0].runtime",
                /account/,
            ],
            [{ gatewayTargets: ["orders-gateway-*"] }, "gatewayTargets[0]", /neither a valid id nor an ARN/],
            [
                { oauthProviders: undefined, workloadAccessTokensForJwt: true },
                "workloadAccessTokensForJwt",
                /names no OAuth provider/,
            ],
            [
                {
                    oauthProviders: undefined,
                    workloadAccessTokensForJwt: false,
                    workloadAccessTokensForUserId: true,
                },
                "workloadAccessTokensForUserId",
                /names no OAuth provider/,
            ],
            [{ workloadAccessTokensForJwt: "yes" }, "workloadAccessTokensForJwt", /must be true or false/],
            [
                { extraStatements: [{ sid: "All", actions: ["bedrock-agentcore:*"], resources: ["*"] }] },
                "extraStatements[0].actions[0]",
                /./,
            ],
        ];
        const seen = cases.map(([change]) => gatewayFailure({ ...gatewayArgs(), ...change }));
        expect(seen.map((error) => error.argument)).to.deep.equal(cases.map(([, argument]) => argument));
        seen.forEach((error, i) => expect(error.message).to.match(cases[i][2]));
    });

    it("accepts a repository by name, ARN or image URI alike, and a code artifact in S3 instead", () => {
        const repositories = [
            "support-agent",
            "arn:aws:ecr:us-east-1:123456789012:repository/support-agent",
            "123456789012.dkr.ecr.us-east-1.amazonaws.com/support-agent@sha256:" + "a".repeat(64),
        ].map((containerRepository) => planRuntime({ ...runtimeArgs(), containerRepository }).inlinePolicy);
        expect(repositories[1]).to.deep.equal(repositories[0]);
        expect(repositories[2]).to.deep.equal(repositories[0]);
        const code = planRuntime({
            ...runtimeArgs(),
            containerRepository: undefined,
            codeArtifact: { bucket: "agent-code", key: "support/agent.zip" },
        });
        const read = code.inlinePolicy.Statement.find((s) => s.Sid === "ReadRuntimeCode");
        expect(read?.Resource).to.deep.equal(["arn:aws:s3:::agent-code/support/agent.zip"]);
        expect(read?.Condition).to.deep.equal({ StringEquals: { "aws:ResourceAccount": ["123456789012"] } });
        expect(JSON.stringify(code.inlinePolicy)).not.to.include("ecr:");
    });

    it("writes every ARN in the provider's partition: an image of a China region, its logs, its trust", () => {
        const cn = { partition: "aws-cn", account: "123456789012", region: "cn-north-1" };
        const plan = planRuntime(
            {
                runtimeName: "support_agent",
                containerRepository: "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/support-agent:1.0",
                memories: ["support_memory-AbCdE12345"],
            },
            cn,
        );
        const resources = plan.inlinePolicy.Statement.flatMap((s) => s.Resource ?? []).filter(
            (r) => r !== "*",
        );
        expect(resources.every((r) => r.startsWith("arn:aws-cn:"))).to.equal(true);
        expect(resources).to.include("arn:aws-cn:ecr:cn-north-1:123456789012:repository/support-agent");
        expect(plan.trustPolicy.Statement[0].Condition?.ArnLike).to.deep.equal({
            "aws:SourceArn": [
                "arn:aws-cn:bedrock-agentcore:cn-north-1:123456789012:runtime/support_agent-??????????",
                "arn:aws-cn:bedrock-agentcore:cn-north-1:123456789012:runtime/support_agent-??????????/runtime-endpoint/*",
            ],
        });
    });

    it("plans the same documents whatever the order of every list and map, for the runtime and the gateway", () => {
        const statements = [
            {
                sid: "ReadSales",
                actions: ["dynamodb:GetItem", "dynamodb:Query"],
                resources: [
                    `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/sales`,
                    `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`,
                ],
                conditions: [
                    { operator: "StringEquals", key: "aws:ResourceTag/team", values: ["support", "billing"] },
                    { operator: "StringLike", key: "aws:ResourceTag/stage", values: ["prod*", "live*"] },
                ],
            },
            {
                sid: "SendJobs",
                actions: ["sqs:SendMessage", "sqs:GetQueueUrl"],
                resources: [
                    `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs`,
                    `arn:aws:sqs:us-east-1:${ACCOUNT}:retries`,
                ],
            },
        ];
        const oauthProviders = [
            { provider: "github", secretArn: OAUTH_SECRET },
            { provider: "slack", secretArn: providerSecret("oauth2/slack-XyZ789") },
        ];
        const apiKeyProviders = [
            { provider: "weather", secretArn: API_KEY_SECRET },
            { provider: "maps", secretArn: providerSecret("apikey/maps-AbC123") },
        ];
        const runtime: PlainRuntimeArgs = {
            ...runtimeArgs(),
            foundationModels: ["us.anthropic.claude-sonnet-4-20250514-v1:0", "us.amazon.nova-pro-v1:0"],
            inferenceProfileDestinations: {
                "us.anthropic.claude-sonnet-4-20250514-v1:0": ["us-east-1", "us-east-2", "us-west-2"],
                "us.amazon.nova-pro-v1:0": ["us-east-1", "us-west-2"],
            },
            memories: ["support_memory-AbCdE12345", "billing_memory-AbCdE12345"],
            gateways: ["support-gateway-abcdefghij", "billing-gateway-abcdefghij"],
            oauthProviders,
            apiKeyProviders,
            knowledgeBases: ["KB12345678", "KB87654321"],
            guardrails: [
                {
                    guardrail: "gr1234abcd56",
                    crossRegionProfile: "us.guardrail.v1:0",
                    crossRegionDestinations: ["us-east-1", "us-west-2"],
                },
                { guardrail: "gr9876abcd54" },
            ],
            extraStatements: statements,
            tags: { team: "support", stage: "prod" },
        };
        const gateway: PlainGatewayArgs = {
            ...gatewayArgs(),
            interceptors: ["redact-pii", "audit-calls"],
            functionUrlTargets: ["orders-mcp", "billing-mcp"],
            apiGatewayTargets: ["a1b2c3d4e5", "f6g7h8i9j0"].map((restApiId) => ({
                restApiId,
                stage: "prod",
                toolFilters: [
                    { filterPath: "/pets/{petId}", methods: ["GET", "DELETE"] },
                    { filterPath: "/pets", methods: ["POST", "GET"] },
                ],
            })),
            runtimeTargets: [
                { runtime: "orders_mcp-AbCdE12345", endpoint: "DEFAULT" },
                { runtime: "orders_mcp-AbCdE12345", endpoint: "live" },
            ],
            gatewayTargets: ["orders-gateway-abcdefghij", "billing-gateway-abcdefghij"],
            oauthProviders,
            apiKeyProviders,
            schemaObjects: [
                { bucket: "gateway-schemas", key: "orders/openapi.json" },
                { bucket: "gateway-schemas", key: "tickets/openapi.json" },
            ],
            extraStatements: statements,
            tags: { team: "support", stage: "prod" },
        };
        for (const [args, planOf] of [
            [runtime, (a: unknown) => planRuntime(a as PlainRuntimeArgs)],
            [gateway, (a: unknown) => planGateway(a as PlainGatewayArgs)],
        ] as const) {
            // The extra statements are written in the order given (their own lists are not).
            const { reversed, lists } = reversedEverywhere(args, ["extraStatements"]);
            // Every list has two items or more, so reversing it changes its order.
            const short = lists.filter((list) => list.length < 2);
            expect(short, "lists of fewer than two items").to.deep.equal([]);
            expect(lists.length, "lists reversed").to.be.at.least(12);
            expect(JSON.stringify(reversed)).to.not.equal(JSON.stringify(args));
            expect(JSON.stringify(documents(planOf(reversed)))).to.equal(
                JSON.stringify(documents(planOf(args))),
            );
        }
    });
});

/** A plan without what names where a value was given (`foundationModels[1]`), which follows the order. */
const documents = (plan: ReturnType<typeof planRuntime>) => ({
    ...plan,
    crossRegionProfiles: plan.crossRegionProfiles.map(({ argument: _, ...profile }) => profile),
});

/**
 * `value` with every list reversed (but those at `kept`, whose items are still reversed within)
 * and every map's keys in reverse order, all the way down; and every list it reversed, as given.
 */
function reversedEverywhere(value: unknown, kept: string[]): { reversed: unknown; lists: unknown[][] } {
    const lists: unknown[][] = [];
    const reverse = (v: unknown, path: string): unknown => {
        if (Array.isArray(v)) {
            const items = v.map((item, i) => reverse(item, `${path}[${i}]`));
            if (kept.includes(path)) {
                return items;
            }
            lists.push(v);
            return items.reverse();
        }
        if (typeof v === "object" && v !== null) {
            return Object.fromEntries(
                Object.entries(v)
                    .reverse()
                    .map(([k, item]) => [k, reverse(item, path ? `${path}.${k}` : k)]),
            );
        }
        return v;
    };
    return { reversed: reverse(value, ""), lists };
}
