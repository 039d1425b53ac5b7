// Errors and warnings speak of the role kind that raised them: a runtime is not an agent, needs no
// model, and its trust policy grows with its name, not with agent ids.
import { expect } from "chai";
import { checkTrustPolicy, quotaLimits } from "../../../components/iam/quotas";
import { policyDocument } from "../../../components/iam/policyDocument";
import { planRuntime, runtimeArgs, runtimeFailure } from "../../support/agentCoreFixtures";

describe("AgentCore errors speak of the role's kind", () => {
    it("tells a runtime given an empty model list to leave it out: a runtime needs no model", () => {
        const error = runtimeFailure({ ...runtimeArgs(), foundationModels: [] });
        expect(error.argument).to.equal("foundationModels");
        expect(error.problem).to.equal(
            "is empty, but a runtime needs no model: leave foundationModels out, or name the models it invokes",
        );
        expect(error.message).not.to.match(/\bagent\b/);
    });

    it("says the runtime, not an agent, would fail on a model served only through profiles", () => {
        const plan = planRuntime({
            ...runtimeArgs(),
            foundationModels: ["anthropic.claude-sonnet-4-20250514-v1:0"],
        });
        expect(plan.warnings.join("\n")).to.include("so the runtime would fail at its first invocation");
    });

    it("blames the argument that makes a role's trust policy grow, as the family says it", () => {
        const trust = policyDocument([
            {
                Sid: "x".repeat(3000),
                Effect: "Allow",
                Principal: { Service: "bedrock-agentcore.amazonaws.com" },
                Action: ["sts:AssumeRole"],
            },
        ]);
        const growth = {
            argument: "gatewayName",
            fewer: "give a shorter gateway name",
            example: "support-gateway",
        };
        expect(() => checkTrustPolicy(trust, quotaLimits(undefined), growth)).to.throw(
            /^gatewayName: the trust policy would be \d+ characters, over the limit of 2048; give a shorter gateway name/,
        );
    });
});
