import { expect } from "chai";
import { fullArgs, supervisorArgs } from "./support/fixtures";
import { allStatements, catalogProblems } from "./support/iamCatalog";
import { plan } from "./support/plan";
import {
    AGENTCORE_ARGS,
    planAgentCore,
    API_KEY_SECRET,
    gatewayArgs,
    harnessArgs,
    memoryArgs,
    OAUTH_SECRET,
    planGateway,
    planHarness,
    planMemory,
    planRuntime,
    runtimeArgs,
} from "./support/agentCoreFixtures";
import { statement } from "../components/iam/policyDocument";

describe("IAM service reference (iam-data): only real actions, keys and resource types", () => {
    it("every action, condition key and resource in every document of a full agent and a supervisor, every way to reach a model included, is one IAM defines", async () => {
        const plans = [
            plan(fullArgs()),
            plan(supervisorArgs()),
            plan({ ...supervisorArgs(), agentIds: ["AGENT12345"] }),
            plan({ ...fullArgs(), agentIds: ["AGENT12345"] }),
            plan({ ...fullArgs(), streaming: false }),
            plan({
                ...fullArgs(),
                foundationModels: [
                    "us.anthropic.claude-sonnet-4-20250514-v1:0",
                    "global.anthropic.claude-sonnet-4-20250514-v1:0",
                    "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6",
                    "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc123def456",
                    "arn:aws:bedrock:us-east-1:123456789012:imported-model/abc123def456",
                    "arn:aws:bedrock:us-east-1:123456789012:custom-model-deployment/abc123def456",
                ],
                inferenceProfileDestinations: {
                    "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6": [
                        "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0",
                    ],
                },
            }),
        ];
        const problems = (await Promise.all(plans.flatMap(allStatements).map(catalogProblems))).flat();
        expect(problems).to.deep.equal([]);
    });

    it("every action, condition key and resource of an AgentCore runtime, gateway, memory and harness role, every capability and option included, their callers' and deployers' statements too, is one IAM defines", async () => {
        const plans = [
            planRuntime({
                ...runtimeArgs(),
                workloadAccessTokens: true,
                workloadAccessTokensForAnyUser: true,
            }),
            planRuntime({
                ...runtimeArgs(),
                containerRepository: undefined,
                codeArtifact: { bucket: "agent-code", key: "support/agent.zip" },
                guardrails: [{ guardrail: "gr1234abcd56" }],
            }),
            planRuntime({
                ...runtimeArgs(),
                browsers: ["aws.browser.v1", "support_browser-AbCdE12345"],
                codeInterpreters: ["aws.codeinterpreter.v1", "analysis-AbCdE12345"],
                callers: {
                    endpoints: ["prod", "DEFAULT"],
                    webSocket: true,
                    anyUserId: true,
                    stopSessions: true,
                    agentCard: true,
                    commands: true,
                    allowCommandEscalation: true,
                    sourceVpcEndpoints: ["vpce-0a1b2c3d4e5f60718"],
                    sourceVpcs: ["vpc-1a2b3c4d"],
                },
            }),
            planHarness(harnessArgs()),
            planHarness({
                ...harnessArgs(),
                networkMode: "VPC",
                oauthProviders: [{ provider: "github", secretArn: OAUTH_SECRET }],
            }),
            planHarness({
                ...harnessArgs(),
                containerRepository: "support-harness",
                browsers: ["support_browser-AbCdE12345"],
            }),
            planGateway({
                ...gatewayArgs(),
                apiKeyProviders: [{ provider: "weather", secretArn: API_KEY_SECRET }],
                callers: { sourceVpcEndpoints: ["vpce-0a1b2c3d4e5f60718"] },
            }),
        ];
        const memory = planMemory({
            ...memoryArgs(),
            callers: {
                deleteEvents: true,
                records: true,
                deleteRecords: true,
                listActors: true,
                selfManagedPipeline: true,
                actorIds: ["user-1"],
                sessionIds: ["session-1"],
            },
        });
        plans.push(memory);
        // The role's passing, its creation (four statements), and the memory key's statement.
        expect(memory.deployerStatements).to.have.length(6);
        const problems = (await Promise.all(plans.flatMap(allStatements).map(catalogProblems))).flat();
        expect(problems).to.deep.equal([]);
    });

    it("every action, condition key and resource of every AgentCore kind's role, from its fixture with every capability, is one IAM defines", async () => {
        const plans = Object.entries(AGENTCORE_ARGS).map(([kind, argsOf]) =>
            planAgentCore(kind as keyof typeof AGENTCORE_ARGS, argsOf()),
        );
        expect(plans.map((p) => p.kind)).to.include.members(["browser", "codeInterpreter"]);
        const problems = (await Promise.all(plans.flatMap(allStatements).map(catalogProblems))).flat();
        expect(problems).to.deep.equal([]);
    });

    it("every action, condition key and resource of a runtime's, gateway's and memory's log delivery is one IAM defines, but for two departures from the reference, each named", async () => {
        const traces = { logType: "TRACES", xray: true };
        const plans = [
            planMemory({
                ...memoryArgs(),
                logDelivery: [
                    {
                        source: "m-logs",
                        logType: "APPLICATION_LOGS",
                        destination: "m-cwl",
                        logGroup: "/aws/vendedlogs/m",
                    },
                    { source: "m-usage", logType: "USAGE_LOGS", destination: "m-s3", bucket: "memory-logs" },
                    { source: "m-traces", destination: "m-xray", ...traces },
                ],
            }),
            planRuntime({
                ...runtimeArgs(),
                logDelivery: [{ source: "r-traces", destination: "r-xray", ...traces }],
            }),
            planGateway({
                ...gatewayArgs(),
                logDelivery: [{ source: "g-traces", destination: "g-xray", ...traces }],
            }),
        ];
        const problems = (await Promise.all(plans.flatMap(allStatements).map(catalogProblems))).flat();
        // DeleteDeliverySource is granted on the source it deletes (the reference lists the
        // delivery-destination type only); AllowVendedLogDeliveryForResource on a runtime's and a
        // gateway's ids, as CloudWatch Logs' service-specific page asks it on the resource that
        // vends logs (the reference lists memories only).
        expect(problems.sort()).to.deep.equal(
            [
                ...["m-logs", "m-traces", "m-usage"].map(
                    (name) =>
                        `ManageLogDeliverySources: logs:DeleteDeliverySource has no resource type matching arn:aws:logs:us-east-1:123456789012:delivery-source:${name}`,
                ),
                "ManageLogDeliverySources: logs:DeleteDeliverySource has no resource type matching arn:aws:logs:us-east-1:123456789012:delivery-source:r-traces",
                "ManageLogDeliverySources: logs:DeleteDeliverySource has no resource type matching arn:aws:logs:us-east-1:123456789012:delivery-source:g-traces",
                "AllowVendedLogDelivery: bedrock-agentcore:AllowVendedLogDeliveryForResource has no resource type matching arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/support_agent-??????????",
                "AllowVendedLogDelivery: bedrock-agentcore:AllowVendedLogDeliveryForResource has no resource type matching arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/support-gateway-??????????",
            ].sort(),
        );
    });

    it("catches the invented actions peer modules shipped, and a wildcard-only action scoped to an ARN", async () => {
        const invented = statement({
            Sid: "Invented",
            Effect: "Allow",
            Action: ["bedrock:UseInferenceProfile", "lambda:InvokeModel"],
            Resource: ["*"],
        });
        expect(await catalogProblems(invented)).to.deep.equal([
            "Invented: unknown action bedrock:UseInferenceProfile",
            "Invented: unknown action lambda:InvokeModel",
        ]);
        const misScoped = statement({
            Sid: "AwsPage2023",
            Effect: "Allow",
            Action: ["bedrock:RetrieveAndGenerate"],
            Resource: ["arn:aws:bedrock:us-east-1:123456789012:knowledge-base/KB12345678"],
        });
        expect(await catalogProblems(misScoped)).to.deep.equal([
            'AwsPage2023: bedrock:RetrieveAndGenerate accepts only "*", not arn:aws:bedrock:us-east-1:123456789012:knowledge-base/KB12345678',
        ]);
        const wrongType = statement({
            Sid: "WrongType",
            Effect: "Allow",
            Action: ["bedrock:Retrieve"],
            Resource: ["arn:aws:bedrock:us-east-1:123456789012:agent/AGENT12345"],
            Condition: { StringEquals: { "bedrock:NoSuchKey": ["x"] } },
        });
        expect(await catalogProblems(wrongType)).to.have.length(2);
    });
});
