import { expect } from "chai";
import { AgentCoreGatewayRole, AgentCoreMemoryRole } from "../../../../index";
import {
    gatewayArgs,
    memoryArgs,
    planGateway,
    planMemory,
    planRuntime,
    RUNTIME_PROFILES,
    runtimeArgs,
} from "../../../support/agentCoreFixtures";
import { argumentErrorFrom } from "../../../support/argumentErrors";
import { deployed } from "../../../support/componentRun";
import { installMocks, settle } from "../../../support/pulumiMocks";

const TO_GROUP = {
    source: "support_memory-logs",
    logType: "APPLICATION_LOGS",
    destination: "support_memory-cwl",
    logGroup: "/aws/vendedlogs/support_memory",
};
const TO_BUCKET = {
    source: "support_memory-usage",
    logType: "USAGE_LOGS",
    destination: "support_memory-s3",
    bucket: "memory-logs",
};
const TO_XRAY = {
    source: "support_memory-traces",
    logType: "TRACES",
    destination: "support_memory-xray",
    xray: true,
};
const delivering = (logDelivery: unknown[]) => planMemory({ ...memoryArgs(), logDelivery } as never);
const failure = (logDelivery: unknown) =>
    argumentErrorFrom(() => planMemory({ ...memoryArgs(), logDelivery } as never));
const xrayResources = (plan: ReturnType<typeof planMemory>) =>
    plan.deliveryPolicies?.find((p) => p.on === "xray")?.statements[0].Condition?.["ForAllValues:ArnLike"];

describe("capability: delivery of logs and traces", () => {
    it("grants the role nothing, and hands out one policy per log group, bucket and X-Ray, and the deployer's delivery statements", () => {
        const plan = delivering([TO_GROUP, TO_BUCKET, TO_XRAY]);
        expect(plan.inlinePolicy).to.deep.equal(planMemory(memoryArgs()).inlinePolicy);
        expect(plan.deliveryPolicies?.map((p) => [p.on, p.name])).to.deep.equal([
            ["logGroup", "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/support_memory"],
            ["bucket", "memory-logs"],
            ["xray", "AgentCore-memory-support_memory-traces"],
        ]);
        const principals = plan.deliveryPolicies?.flatMap((p) => p.statements.map((s) => s.Principal));
        expect(principals?.every((p) => p.Service === "delivery.logs.amazonaws.com")).to.equal(true);
        expect(plan.deployerStatements?.map((s) => s.Sid)).to.deep.equal([
            "PassRolesToBedrockAgentCore",
            "CreateRoles",
            "TagRoles",
            "WriteRolePolicies",
            "ReadRolePolicies",
            "CreateMemoryWithCustomerKey",
            "CreateLogDeliverySources",
            "ManageLogDeliverySources",
            "AllowVendedLogDelivery",
            "CreateLogDeliveryDestinations",
            "CreateTraceDeliveryDestinations",
            "ManageLogDeliveryDestinations",
            "CreateLogDeliveries",
            "ManageLogDeliveries",
            "DescribeLogDeliveries",
            "WriteTraceDeliveryPolicy",
            "ReadTraceDeliveryPolicies",
        ]);
    });

    it("pins each source to the resource's own ids (the runtime's, the gateway's, the memory's) in X-Ray's policy and the deployer's", () => {
        const traces = (source: string) => [
            { source, logType: "TRACES", destination: `${source}-xray`, xray: true },
        ];
        const runtime = planRuntime({ ...runtimeArgs(), logDelivery: traces("agent-traces") } as never);
        const gateway = planGateway({ ...gatewayArgs(), logDelivery: traces("gateway-traces") } as never);
        const memory = delivering([TO_XRAY]);
        const ids = (kind: string, name: string) => [
            `arn:aws:bedrock-agentcore:us-east-1:123456789012:${kind}/${name}-??????????`,
        ];
        expect(xrayResources(runtime)).to.deep.equal({
            "logs:LogGeneratingResourceArns": ids("runtime", "support_agent"),
        });
        expect(xrayResources(gateway)).to.deep.equal({
            "logs:LogGeneratingResourceArns": ids("gateway", "support-gateway"),
        });
        expect(xrayResources(memory)).to.deep.equal({
            "logs:LogGeneratingResourceArns": ids("memory", "support_memory"),
        });
        const source = runtime.deployerStatements?.find((s) => s.Sid === "CreateLogDeliverySources");
        expect(source?.Condition).to.deep.equal({
            "ForAllValues:ArnLike": { "logs:LogGeneratingResourceArns": ids("runtime", "support_agent") },
            Null: { "logs:LogGeneratingResourceArns": ["false"] },
        });
    });

    it("is the same whatever the order of the deliveries", () => {
        const one = delivering([TO_GROUP, TO_BUCKET, TO_XRAY]);
        const other = delivering([TO_XRAY, TO_BUCKET, TO_GROUP]);
        expect(JSON.stringify([one.deliveryPolicies, one.deployerStatements])).to.equal(
            JSON.stringify([other.deliveryPolicies, other.deployerStatements]),
        );
    });

    it("refuses bad names, log types, destinations, contradictions and unknown fields, naming each", () => {
        expect(failure([{ ...TO_GROUP, source: "logs/*" }]).argument).to.equal("logDelivery[0].source");
        expect(failure([{ ...TO_GROUP, source: "x".repeat(61) }]).argument).to.equal("logDelivery[0].source");
        expect(failure([{ ...TO_GROUP, destination: "" }]).argument).to.equal("logDelivery[0].destination");
        expect(failure([{ ...TO_GROUP, logType: "ACCESS_LOGS" }]).message).to.match(
            /APPLICATION_LOGS, USAGE_LOGS, TRACES/,
        );
        const none = failure([{ source: "a", logType: "APPLICATION_LOGS", destination: "b" }]);
        expect([none.argument, none.message]).to.satisfy(
            ([a, m]: string[]) => a === "logDelivery[0]" && /names no destination/.test(m),
        );
        expect(failure([{ ...TO_GROUP, bucket: "memory-logs" }]).message).to.match(/more than one/);
        expect(failure([{ ...TO_XRAY, logType: "APPLICATION_LOGS" }]).argument).to.equal(
            "logDelivery[0].xray",
        );
        expect(failure([{ ...TO_GROUP, logType: "TRACES" }]).argument).to.equal("logDelivery[0].logType");
        expect(failure([{ ...TO_BUCKET, bucket: "Memory_Logs" }]).argument).to.equal("logDelivery[0].bucket");
        expect(
            failure([
                { ...TO_GROUP, logGroup: "arn:aws:logs:us-east-1:210987654321:log-group:/aws/vendedlogs/x" },
            ]).argument,
        ).to.equal("logDelivery[0].logGroup");
        expect(failure([TO_GROUP, { ...TO_BUCKET, source: TO_GROUP.source }]).argument).to.equal(
            "logDelivery[1].source",
        );
        expect(failure([TO_GROUP, { ...TO_GROUP, source: "other", logGroup: "/other" }]).argument).to.equal(
            "logDelivery[1].destination",
        );
        expect(failure([{ ...TO_GROUP, logGroups: "/x" }]).message).to.match(/did you mean logGroup\?/);
        expect(failure([{ ...TO_XRAY, xray: "yes" }]).argument).to.equal("logDelivery[0].xray");
        expect(failure(TO_GROUP).argument).to.equal("logDelivery");
    });

    it("lets one source deliver to several destinations, and several sources to one", () => {
        const plan = delivering([
            TO_GROUP,
            {
                ...TO_GROUP,
                destination: "support_memory-logs-s3",
                logGroup: undefined,
                bucket: "memory-logs",
            },
            { ...TO_BUCKET, destination: "support_memory-s3-usage", bucket: "memory-logs" },
        ]);
        expect(plan.deliveryPolicies?.map((p) => p.on)).to.deep.equal(["logGroup", "bucket"]);
    });
});

describe("log delivery on Pulumi mocks", () => {
    it("outputs deliveryPolicies as JSON keyed by log group ARN, bucket and X-Ray policy name, and empty without logDelivery", async () => {
        await installMocks({ inferenceProfiles: RUNTIME_PROFILES });
        const memory = new AgentCoreMemoryRole("support-memory", {
            ...memoryArgs(),
            logDelivery: [TO_GROUP, TO_BUCKET, TO_XRAY],
        });
        const gateway = new AgentCoreGatewayRole("support-gateway", gatewayArgs());
        await deployed(memory);
        await deployed(gateway);
        const policies = JSON.parse((await settle(memory.deliveryPolicies)).value as string) as Record<
            string,
            Record<string, unknown>
        >;
        expect(Object.keys(policies)).to.deep.equal(["buckets", "logGroups", "xray"]);
        expect(Object.keys(policies.logGroups)).to.deep.equal([
            "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/support_memory",
        ]);
        expect(Object.keys(policies.buckets)).to.deep.equal(["memory-logs"]);
        expect(Object.keys(policies.xray)).to.deep.equal(["AgentCore-memory-support_memory-traces"]);
        const deployer = JSON.parse((await settle(memory.deployerStatements)).value as string) as {
            Sid: string;
        }[];
        expect(deployer.map((s) => s.Sid)).to.include("CreateLogDeliveries");
        expect((await settle(gateway.deliveryPolicies)).value).to.equal("");
    });
});
