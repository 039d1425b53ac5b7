import { expect } from "chai";
import { gatewayArgs, planGateway, planRuntime, runtimeArgs } from "../../../support/agentCoreFixtures";
import { argumentErrorFrom } from "../../../support/argumentErrors";

const failure = (runtimes: unknown) =>
    argumentErrorFrom(() => planRuntime({ ...runtimeArgs(), runtimes } as never));

describe("capability: the runtimes a runtime calls", () => {
    it("grants InvokeAgentRuntime on each runtime and its one endpoint, and GetAgentCard where asked", () => {
        const plan = planRuntime({
            ...runtimeArgs(),
            runtimes: [
                { runtime: "billing_agent-AbCdE12345", endpoint: "DEFAULT", agentCard: true },
                { runtime: "orders_agent-AbCdE12345", endpoint: "prod" },
            ],
        });
        const runtime = (id: string) => `arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/${id}`;
        const bySid = Object.fromEntries(plan.inlinePolicy.Statement.map((s) => [s.Sid, s]));
        expect(bySid.InvokeRuntimes).to.deep.include({
            Action: ["bedrock-agentcore:InvokeAgentRuntime"],
            Resource: [
                runtime("billing_agent-AbCdE12345"),
                `${runtime("billing_agent-AbCdE12345")}/runtime-endpoint/DEFAULT`,
                runtime("orders_agent-AbCdE12345"),
                `${runtime("orders_agent-AbCdE12345")}/runtime-endpoint/prod`,
            ],
        });
        expect(bySid.GetAgentCards).to.deep.include({
            Action: ["bedrock-agentcore:GetAgentCard"],
            Resource: [
                runtime("billing_agent-AbCdE12345"),
                `${runtime("billing_agent-AbCdE12345")}/runtime-endpoint/DEFAULT`,
            ],
        });
    });

    it("refuses an endpoint missing or a pattern, a runtime pattern or another account's, and agent cards on a gateway's targets", () => {
        expect(failure([{ runtime: "billing_agent-AbCdE12345" }]).argument).to.equal("runtimes[0].endpoint");
        expect(failure([{ runtime: "billing_agent-AbCdE12345", endpoint: "*" }]).argument).to.equal(
            "runtimes[0].endpoint",
        );
        expect(failure([{ runtime: "runtime/*", endpoint: "DEFAULT" }]).argument).to.equal(
            "runtimes[0].runtime",
        );
        expect(
            failure([
                {
                    runtime:
                        "arn:aws:bedrock-agentcore:us-east-1:210987654321:runtime/billing_agent-AbCdE12345",
                    endpoint: "DEFAULT",
                },
            ]).argument,
        ).to.equal("runtimes[0].runtime");
        expect(
            failure([{ runtime: "billing_agent-AbCdE12345", endpoint: "DEFAULT", agentCard: "yes" }])
                .argument,
        ).to.equal("runtimes[0].agentCard");
        const gateway = argumentErrorFrom(() =>
            planGateway({
                ...gatewayArgs(),
                runtimeTargets: [{ runtime: "orders_mcp-AbCdE12345", endpoint: "DEFAULT", agentCard: true }],
            } as never),
        );
        expect(gateway.argument).to.equal("runtimeTargets[0].agentCard");
    });
});
