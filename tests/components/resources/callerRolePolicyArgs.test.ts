import * as aws from "@pulumi/aws";
import { expect } from "chai";
import { AgentCoreRuntimeRole } from "../../../components/agentcore/agentCoreRuntimeRole";
import { BedrockAgentRole } from "../../../components/agents/bedrockAgentRole";
import { callerRolePolicyArgs } from "../../../components/resources/callerRolePolicyArgs";
import { minimalArgs } from "../../support/fixtures";
import { RUNTIME_PROFILES, runtimeArgs } from "../../support/agentCoreFixtures";
import { ofType, ROLE_POLICY } from "../../support/componentRun";
import { drainRegistrations, installMocks, settle } from "../../support/pulumiMocks";

describe("callerRolePolicyArgs", () => {
    it("attaches the agent's callers' policy, inline, to the callers' role", async () => {
        const recorded = await installMocks();
        const agent = new BedrockAgentRole("support-agent", {
            ...minimalArgs(),
            agentAliases: ["AGENT12345/LIVE000001"],
        });
        new aws.iam.RolePolicy("app-invokes-agent", callerRolePolicyArgs({ agent, role: "support-app" }));
        await settle(agent.callerPolicy);
        await drainRegistrations();
        const attached = ofType(recorded, ROLE_POLICY).find((r) => r.name === "app-invokes-agent");
        expect(attached?.inputs).to.deep.equal({
            role: "support-app",
            name: "InvokeBedrockAgent",
            policy: (await settle(agent.callerPolicy)).value,
        });
    });

    it("refuses an empty callers' policy rather than have IAM reject an empty document at deploy time", async () => {
        await installMocks();
        const agent = new BedrockAgentRole("support-agent", minimalArgs());
        const failure = await settle(callerRolePolicyArgs({ agent, role: "support-app" }).policy).then(
            () => new Error("expected a refusal"),
            (error: Error) => error,
        );
        expect(failure.message).to.match(
            /^agent: has an empty callerPolicy: .*give an agent's agentAliases, or a runtime's callers/,
        );
    });

    it("attaches a runtime's callers' policy the same way, under the name given", async () => {
        const recorded = await installMocks({ inferenceProfiles: RUNTIME_PROFILES });
        const runtime = new AgentCoreRuntimeRole("support-runtime", {
            ...runtimeArgs(),
            callers: { endpoints: ["prod"] },
        });
        new aws.iam.RolePolicy(
            "app-invokes-runtime",
            callerRolePolicyArgs({ agent: runtime, role: "support-app", name: "InvokeSupportRuntime" }),
        );
        const policy = (await settle(runtime.callerPolicy)).value as string;
        await drainRegistrations();
        expect(JSON.parse(policy).Statement.map((s: { Sid: string }) => s.Sid)).to.deep.equal([
            "InvokeRuntime",
        ]);
        const attached = ofType(recorded, ROLE_POLICY).find((r) => r.name === "app-invokes-runtime");
        expect(attached?.inputs).to.deep.equal({ role: "support-app", name: "InvokeSupportRuntime", policy });
    });
});
