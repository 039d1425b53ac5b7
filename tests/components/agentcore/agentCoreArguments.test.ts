// Every value an AgentCore role is given is checked as the agent component checks its args:
// wrong types, wildcards, other accounts, partitions and regions, unknown names are errors naming
// the argument, before anything is registered.
import { expect } from "chai";
import {
    gatewayArgs,
    gatewayFailure,
    OAUTH_SECRET,
    planRuntime,
    runtimeArgs,
    runtimeFailure,
} from "../../support/agentCoreFixtures";

const OTHER = "210987654321";

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

    it("plans the same documents whatever the order of the lists", () => {
        const args = runtimeArgs();
        const reordered = {
            ...args,
            memories: ["billing_memory-AbCdE12345", ...(args.memories ?? [])],
            gateways: [...(args.gateways ?? [])].reverse(),
        };
        const reversed = { ...reordered, memories: [...reordered.memories].reverse() };
        expect(JSON.stringify(planRuntime(reversed))).to.equal(JSON.stringify(planRuntime(reordered)));
    });
});
