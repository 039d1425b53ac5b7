// Each capability plans once per component: for plain args as soon as the provider's environment
// is known, for Output args once they resolve. Counted by wrapping every capability's grant.
import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import { BedrockAgentRole } from "../../../components/agents/bedrockAgentRole";
import { AGENT_CAPABILITIES } from "../../../components/agents/capabilities";
import type { Capability } from "../../../components/grants/grant";
import { deployed } from "../../support/componentRun";
import { fullArgs, supervisorArgs } from "../../support/fixtures";
import type { PlainArgs } from "../../support/plan";
import { installMocks, settle } from "../../support/pulumiMocks";

const PROFILE = "us.anthropic.claude-sonnet-4-20250514-v1:0";
const PROFILE_MODELS = ["us-east-1", "us-west-2"].map(
    (region) => `arn:aws:bedrock:${region}::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0`,
);

/** Every arg of the full and supervisor fixtures, a profile among the models. */
function everyArg(): PlainArgs {
    const full = fullArgs();
    return {
        ...supervisorArgs(),
        ...full,
        foundationModels: [...full.foundationModels!, PROFILE],
        guardrails: supervisorArgs().guardrails,
    };
}

/** Runs `action` with every capability's grant counted, by capability. */
async function countedGrants(action: () => Promise<void>): Promise<number[]> {
    const counts = AGENT_CAPABILITIES.map(() => 0);
    const originals = AGENT_CAPABILITIES.map((capability) => capability.grant);
    AGENT_CAPABILITIES.forEach((capability, i) => {
        (capability as Capability<unknown>).grant = (args, context) => {
            counts[i] += 1;
            return originals[i].call(capability, args as never, context);
        };
    });
    try {
        await action();
    } finally {
        AGENT_CAPABILITIES.forEach((capability, i) => {
            (capability as Capability<unknown>).grant = originals[i];
        });
    }
    return counts;
}

/** Arguments whose values name resources or hold nested inputs: never a whole Output. */
const PLAIN_ONLY = [
    "actionGroups",
    "customOrchestration",
    "guardrails",
    "codeInterpreterFiles",
    "thirdPartyKnowledgeBases",
    "extraStatements",
];

/** The same args with every value that may be an Output given as one. */
function asOutputs(args: PlainArgs): Record<string, unknown> {
    return Object.fromEntries(
        Object.entries(args).map(([key, value]) => [
            key,
            PLAIN_ONLY.includes(key) ? value : pulumi.output(value),
        ]),
    );
}

describe("BedrockAgentRole plans once", () => {
    it("calls each capability once per component for plain args, however many outputs and resources read the plan", async () => {
        await installMocks({ inferenceProfiles: { [PROFILE]: PROFILE_MODELS } });
        const counts = await countedGrants(async () => {
            const component = new BedrockAgentRole("support-agent", everyArg());
            await deployed(component);
            await settle(pulumi.all([component.callerPolicy, component.keyPolicyStatements]));
        });
        expect(counts).to.deep.equal(AGENT_CAPABILITIES.map(() => 1));
    });

    it("calls each capability once per component, once the args resolve, when they are Outputs", async () => {
        await installMocks({ inferenceProfiles: { [PROFILE]: PROFILE_MODELS } });
        const counts = await countedGrants(async () => {
            const component = new BedrockAgentRole("support-agent", asOutputs(everyArg()) as never);
            await deployed(component);
            await settle(component.callerPolicy);
        });
        expect(counts).to.deep.equal(AGENT_CAPABILITIES.map(() => 1));
    });

    it("calls each capability once for each of two components", async () => {
        await installMocks({ inferenceProfiles: { [PROFILE]: PROFILE_MODELS } });
        const counts = await countedGrants(async () => {
            const a = new BedrockAgentRole("a", everyArg());
            const b = new BedrockAgentRole("b", everyArg());
            await deployed(a);
            await deployed(b);
        });
        expect(counts).to.deep.equal(AGENT_CAPABILITIES.map(() => 2));
    });
});
