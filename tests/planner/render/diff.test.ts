// --previous compares role by role: a grant moved between agents is a change, and every line says
// which role it concerns.
import { expect } from "chai";
import type { PlanFile } from "../../../planner/planFile";
import { diffPlans, grantLines, renderDiff } from "../../../planner/render/diff";
import { planRuntime } from "../../support/agentCoreFixtures";
import { minimalArgs } from "../../support/fixtures";
import { plan, planFileOf } from "../../support/plan";

const KB = "arn:aws:bedrock:us-east-1:123456789012:knowledge-base/KBMANUALS1";

function file(roles: Record<string, string[]>): PlanFile {
    const planned = Object.entries(roles).map(([component, knowledgeBases]) => ({
        component,
        plan: plan({ ...minimalArgs(), ...(knowledgeBases.length > 0 ? { knowledgeBases } : {}) }),
    }));
    return planFileOf(planned);
}

describe("planner: the diff since --previous, role by role", () => {
    it("shows a knowledge base moved from one agent to another as moved, naming both", () => {
        const diff = diffPlans(
            file({ orders: ["KBMANUALS1"], support: [] }),
            file({ orders: [], support: ["KBMANUALS1"] }),
        );
        expect(diff.moved).to.deep.equal([
            `identity: Allow bedrock:Retrieve on ${KB}: from orders to support`,
            "identity: Allow bedrock:RetrieveAndGenerate on *: from orders to support",
        ]);
        expect(diff.added).to.deep.equal([]);
        expect(diff.removed).to.deep.equal([]);
        expect(renderDiff(diff)).to.include(
            `~ identity: Allow bedrock:Retrieve on ${KB}: from orders to support`,
        );
    });

    it("does not compare a role that is not known whole in one of the plans, and says so instead of listing its grants as removed", () => {
        const current = file({ support: [] });
        current.unknownRoles = [
            {
                component: "orders",
                unknown: [{ argument: "knowledgeBases[0]", from: ["aws:sqs/queue:Queue q"] }],
            },
        ];
        const diff = diffPlans(file({ orders: ["KBMANUALS1"], support: [] }), current);
        expect(diff).to.deep.equal({
            added: [],
            removed: [],
            moved: [],
            replaced: [],
            notCompared: ["orders"],
        });
        expect(renderDiff(diff)).to.include(
            "? orders: not known whole offline in one of the plans, so not compared",
        );
    });

    it("names the role of each grant added or removed", () => {
        const diff = diffPlans(file({ orders: [] }), file({ orders: ["KBMANUALS1"] }));
        expect(diff.added).to.deep.equal([
            `orders: identity: Allow bedrock:Retrieve on ${KB}`,
            "orders: identity: Allow bedrock:RetrieveAndGenerate on *",
        ]);
    });

    it("lists a role added or removed with everything it grants", () => {
        const added = diffPlans(file({ orders: [] }), file({ orders: [], support: ["KBMANUALS1"] }));
        expect(added.added.every((line) => line.startsWith("support (role added): "))).to.equal(true);
        expect(added.added).to.include(`support (role added): identity: Allow bedrock:Retrieve on ${KB}`);
        expect(
            added.added.some((line) => line.includes("trust: bedrock.amazonaws.com may sts:AssumeRole")),
        ).to.equal(true);
        const removed = diffPlans(file({ orders: [], support: ["KBMANUALS1"] }), file({ orders: [] }));
        expect(removed.removed).to.include(
            `support (role removed): identity: Allow bedrock:Retrieve on ${KB}`,
        );
    });

    it("shows a component whose role changed kind as one role replaced by another, with every grant of both, those carried over included", () => {
        const model = "anthropic.claude-3-haiku-20240307-v1:0";
        const agent = file({ support: [] });
        const runtime = planFileOf([
            {
                component: "support",
                plan: planRuntime({
                    runtimeName: "support_agent",
                    containerRepository: "support",
                    foundationModels: [model],
                }),
            },
        ]);
        const diff = diffPlans(agent, runtime);
        const invoke = `identity: Allow bedrock:InvokeModel on arn:aws:bedrock:us-east-1::foundation-model/${model}`;
        expect(diff.replaced).to.have.length(1);
        expect(diff.replaced[0]).to.match(
            /^support: role AmazonBedrockExecutionRoleForAgents_support-agent-[0-9a-f]{8} replaced by AgentCore runtime role AgentCoreRuntime_support-runtime-[0-9a-f]{8} for the runtimes named support_agent$/,
        );
        // The same grant, now given to a role AgentCore assumes: shown on both sides, not hidden as unchanged.
        expect(diff.removed).to.include(`support (replaced agent role): ${invoke}`);
        expect(diff.added).to.include(`support (new runtime role): ${invoke}`);
        const [agentLines, runtimeLines] = [agent, runtime].map((f) => [...grantLines(f).get("support")!]);
        expect(diff.removed).to.have.length(agentLines.length);
        expect(diff.added).to.have.length(runtimeLines.length);
        expect(diff.moved).to.deep.equal([]);
        const text = renderDiff(diff);
        expect(text).to.match(
            /^Grants added: \d+, removed: \d+, moved: 0; roles replaced: 1\n! support: role /,
        );
        expect(diffPlans(runtime, agent).replaced[0]).to.match(
            /^support: AgentCore runtime role .* replaced by role /,
        );
    });
});
