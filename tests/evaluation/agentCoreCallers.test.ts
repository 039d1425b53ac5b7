// The callers of a runtime and of a gateway: every request AWS's pages show for what `callers`
// asks is allowed by the callers' policy, on the runtime and the endpoints named, or the gateway,
// only; the DEFAULT endpoint unless named, the command and user-id actions unless asked, other
// runtimes and gateways, and calls from elsewhere than the VPCs named are denied.
import { expect } from "chai";
import type { AgentCorePlan } from "../../components/agentcore/agentCoreDocuments";
import {
    gatewayArgs,
    memoryArgs,
    planGateway,
    planMemory,
    planRuntime,
    runtimeArgs,
} from "../support/agentCoreFixtures";
import { AwsRequest, awsRequests } from "../support/awsRequests";
import { decideAws } from "../support/iamEvaluation";
import { CALLERS_VPC, MEMORY_CALLER } from "../support/requests/callers";

const decisions = (p: AgentCorePlan, requests: AwsRequest[]) =>
    Promise.all(requests.map(async (r) => `${r.name}: ${await decideAws(p, r)}`));
const expected = (requests: AwsRequest[]) => requests.map((r) => `${r.name}: ${r.expected}`);
const as = (requests: AwsRequest[], decision: string) => requests.map((r) => `${r.name}: ${decision}`);

const CALLERS = planRuntime({
    ...runtimeArgs(),
    callers: { endpoints: ["prod"], webSocket: true, stopSessions: true, agentCard: true },
});

describe("IAM evaluation (iam-simulate): a runtime's callers", () => {
    it("allows each call asked, on the runtime and the endpoint named, and denies DEFAULT, the command and user-id actions and other runtimes", async () => {
        const requests = awsRequests("agentcore.runtimeCallers");
        expect(await decisions(CALLERS, requests)).to.deep.equal(expected(requests));
    });

    it("grants only InvokeAgentRuntime unless more is asked, and nothing without callers", async () => {
        const invoke = awsRequests("agentcore.runtimeCallers.invoke");
        const more = [
            ...awsRequests("agentcore.runtimeCallers.webSocket"),
            ...awsRequests("agentcore.runtimeCallers.stopSessions"),
            ...awsRequests("agentcore.runtimeCallers.agentCard"),
        ];
        const plain = planRuntime({ ...runtimeArgs(), callers: { endpoints: ["prod"] } });
        expect(await decisions(plain, invoke)).to.deep.equal(as(invoke, "Allowed"));
        expect(await decisions(plain, more)).to.deep.equal(as(more, "ImplicitlyDenied"));
        expect(planRuntime(runtimeArgs()).callerPolicy).to.equal(undefined);
    });

    it("allows DEFAULT when it is named, the user-id actions when asked, and the command actions only with the escalation opt-in", async () => {
        const plan = planRuntime({
            ...runtimeArgs(),
            callers: {
                endpoints: ["prod", "DEFAULT"],
                anyUserId: true,
                commands: true,
                allowCommandEscalation: true,
            },
        });
        const opted = [
            ...awsRequests("agentcore.runtimeCallers.defaultEndpoint"),
            ...awsRequests("agentcore.runtimeCallers.forUser"),
            ...awsRequests("agentcore.runtimeCallers.commands"),
            ...awsRequests("agentcore.runtimeCallers.commandShell"),
        ];
        expect(await decisions(plan, opted)).to.deep.equal(as(opted, "Allowed"));
        expect(plan.warnings.join("\n")).to.match(/callers\.anyUserId .* any user id/);
        expect(plan.warnings.join("\n")).to.match(/callers\.commands .* with the runtime role's credentials/);
    });

    it("allows calls through the VPC endpoints and VPCs named only: another endpoint, another VPC, or none is denied", async () => {
        const plan = planRuntime({
            ...runtimeArgs(),
            callers: {
                endpoints: ["prod"],
                sourceVpcEndpoints: [CALLERS_VPC["aws:SourceVpce"]],
                sourceVpcs: [CALLERS_VPC["aws:SourceVpc"]],
            },
        });
        const through = awsRequests("agentcore.runtimeCallers.throughVpc");
        expect(await decisions(plan, through)).to.deep.equal(expected(through));
        const elsewhere = through.flatMap((r) => [
            { ...r, context: { ...r.context, "aws:SourceVpce": "vpce-0fedcba9876543210" } },
            { ...r, context: { ...r.context, "aws:SourceVpc": "vpc-9f8e7d6c" } },
            { ...r, context: {} },
        ]);
        expect(await decisions(plan, elsewhere)).to.deep.equal(as(elsewhere, "ImplicitlyDenied"));
    });
});

describe("IAM evaluation (iam-simulate): a gateway's callers", () => {
    const requests = awsRequests("agentcore.gatewayCallers");

    it("allows InvokeGateway on the gateway's id, and denies a gateway whose name extends ours and another account's", async () => {
        const plan = planGateway({ ...gatewayArgs(), callers: {} });
        expect(await decisions(plan, requests)).to.deep.equal(expected(requests));
        expect(planGateway(gatewayArgs()).callerPolicy).to.equal(undefined);
    });

    it("allows calls through the VPC endpoints named only", async () => {
        const plan = planGateway({
            ...gatewayArgs(),
            callers: { sourceVpcEndpoints: [CALLERS_VPC["aws:SourceVpce"]] },
        });
        const through = awsRequests("agentcore.gatewayCallers.throughVpc");
        const direct = awsRequests("agentcore.gatewayCallers.invoke");
        expect(await decisions(plan, through)).to.deep.equal(as(through, "Allowed"));
        expect(await decisions(plan, direct)).to.deep.equal(as(direct, "ImplicitlyDenied"));
    });
});

describe("IAM evaluation (iam-simulate): a memory's callers", () => {
    const NARROWED = planMemory({
        ...memoryArgs(),
        callers: {
            records: true,
            actorIds: [MEMORY_CALLER.actorId],
            sessionIds: [MEMORY_CALLER.sessionId],
            namespaces: [MEMORY_CALLER.namespace],
        },
    });

    it("allows the events, sessions and records of the actor, session and namespace named, and denies another's and another memory's", async () => {
        const requests = awsRequests("agentcore.memoryCallers");
        expect(await decisions(NARROWED, requests)).to.deep.equal(expected(requests));
    });

    it("grants events only by default, and neither the pipeline's writes nor its payloads unless asked", async () => {
        const plain = planMemory({ ...memoryArgs(), callers: {} });
        const events = [
            ...awsRequests("agentcore.memoryCallers.events"),
            ...awsRequests("agentcore.memoryCallers.sessions"),
        ];
        const records = awsRequests("agentcore.memoryCallers.records");
        const pipeline = [
            ...awsRequests("agentcore.memoryPipeline.records"),
            ...awsRequests("agentcore.memoryPipeline.payloads"),
        ];
        expect(await decisions(plain, events)).to.deep.equal(as(events, "Allowed"));
        expect(await decisions(plain, records)).to.deep.equal(as(records, "ImplicitlyDenied"));
        expect(await decisions(NARROWED, pipeline)).to.deep.equal(as(pipeline, "ImplicitlyDenied"));
    });

    it("lets the self-managed pipeline write records and read its payloads, in the account only", async () => {
        const plan = planMemory({ ...memoryArgs(), callers: { events: false, selfManagedPipeline: true } });
        const pipeline = [
            ...awsRequests("agentcore.memoryPipeline.records"),
            ...awsRequests("agentcore.memoryPipeline.payloads"),
        ];
        expect(await decisions(plan, pipeline)).to.deep.equal(expected(pipeline));
        const [payload] = awsRequests("agentcore.memoryPipeline.payloads");
        const elsewhere = [
            { ...payload, context: { "aws:ResourceAccount": "210987654321" } },
            { ...payload, resource: "arn:aws:s3:::memory-payloads-archive/payload.json" },
        ];
        expect(await decisions(plan, elsewhere)).to.deep.equal(as(elsewhere, "ImplicitlyDenied"));
    });
});

describe("IAM evaluation (iam-simulate): a runtime calling another runtime with its role", () => {
    it("invokes the runtime named through its one endpoint, and reads its agent card when asked, nothing else", async () => {
        const plan = planRuntime({
            ...runtimeArgs(),
            runtimes: [{ runtime: "billing_agent-AbCdE12345", endpoint: "DEFAULT", agentCard: true }],
        });
        const requests = awsRequests("agentcore.calledRuntimes");
        expect(await decisions(plan, requests)).to.deep.equal(expected(requests));
        const withoutCard = planRuntime({
            ...runtimeArgs(),
            runtimes: [{ runtime: "billing_agent-AbCdE12345", endpoint: "DEFAULT" }],
        });
        const cards = awsRequests("agentcore.calledRuntimes.agentCard");
        expect(await decisions(withoutCard, cards)).to.deep.equal(as(cards, "ImplicitlyDenied"));
    });
});
