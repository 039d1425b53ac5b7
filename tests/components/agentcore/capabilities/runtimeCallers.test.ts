import { expect } from "chai";
import { planRuntime, runtimeArgs } from "../../../support/agentCoreFixtures";
import { argumentErrorFrom } from "../../../support/argumentErrors";

const failure = (callers: unknown) =>
    argumentErrorFrom(() => planRuntime({ ...runtimeArgs(), callers } as never));

describe("capability: a runtime's callers", () => {
    it("writes the callers' policy on the runtime's ids and each endpoint named, and nothing on the role", () => {
        const plan = planRuntime({
            ...runtimeArgs(),
            callers: { endpoints: ["prod", "beta"], webSocket: true },
        });
        const runtime = "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/support_agent-??????????";
        expect(plan.callerPolicy?.Statement).to.deep.equal([
            {
                Sid: "InvokeRuntime",
                Effect: "Allow",
                Action: [
                    "bedrock-agentcore:InvokeAgentRuntime",
                    "bedrock-agentcore:InvokeAgentRuntimeWithWebSocketStream",
                ],
                Resource: [runtime, `${runtime}/runtime-endpoint/beta`, `${runtime}/runtime-endpoint/prod`],
            },
        ]);
        expect(plan.inlinePolicy).to.deep.equal(planRuntime(runtimeArgs()).inlinePolicy);
    });

    it("gives each further action its own statement, and conditions every one on the VPC endpoints and VPCs named", () => {
        const plan = planRuntime({
            ...runtimeArgs(),
            callers: {
                endpoints: ["prod"],
                anyUserId: true,
                stopSessions: true,
                agentCard: true,
                commands: true,
                allowCommandEscalation: true,
                sourceVpcEndpoints: ["vpce-0a1b2c3d4e5f60718"],
                sourceVpcs: ["vpc-1a2b3c4d"],
            },
        });
        const statements = plan.callerPolicy?.Statement ?? [];
        expect(statements.map((s) => s.Sid)).to.deep.equal([
            "InvokeRuntime",
            "InvokeRuntimeForAnyUser",
            "StopRuntimeSessions",
            "GetAgentCard",
            "RunCommandsInRuntimeSessions",
        ]);
        for (const s of statements) {
            expect(s.Condition, s.Sid).to.deep.equal({
                StringEquals: {
                    "aws:SourceVpc": ["vpc-1a2b3c4d"],
                    "aws:SourceVpce": ["vpce-0a1b2c3d4e5f60718"],
                },
            });
        }
    });

    it("is the same policy whatever the order of the endpoints", () => {
        const one = planRuntime({ ...runtimeArgs(), callers: { endpoints: ["prod", "beta", "DEFAULT"] } });
        const other = planRuntime({ ...runtimeArgs(), callers: { endpoints: ["DEFAULT", "prod", "beta"] } });
        expect(JSON.stringify(one.callerPolicy)).to.equal(JSON.stringify(other.callerPolicy));
    });

    it("refuses commands without the escalation opt-in, endpoints missing, empty or misnamed, malformed VPC ids and unknown fields, naming each", () => {
        const commands = failure({ endpoints: ["prod"], commands: true });
        expect(commands.argument).to.equal("callers.commands");
        expect(commands.message).to.match(/allowCommandEscalation: true/);
        expect(failure({ webSocket: true }).argument).to.equal("callers.endpoints");
        expect(failure({ endpoints: [] }).argument).to.equal("callers.endpoints");
        expect(failure({ endpoints: ["prod", "*"] }).argument).to.equal("callers.endpoints[1]");
        expect(failure({ endpoints: ["prod/*"] }).argument).to.equal("callers.endpoints[0]");
        expect(failure({ endpoints: ["prod"], sourceVpcEndpoints: ["vpce-*"] }).argument).to.equal(
            "callers.sourceVpcEndpoints[0]",
        );
        expect(failure({ endpoints: ["prod"], sourceVpcs: ["vpc-1"] }).argument).to.equal(
            "callers.sourceVpcs[0]",
        );
        expect(failure({ endpoints: ["prod"], websocket: true }).message).to.match(
            /did you mean webSocket\?/,
        );
        expect(failure({ endpoints: ["prod"], stopSessions: "yes" }).argument).to.equal(
            "callers.stopSessions",
        );
        expect(failure(["prod"]).argument).to.equal("callers");
    });
});
