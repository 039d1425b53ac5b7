// Adversarial property-based tests: IAM-special and malformed values injected into every argument
// and every field and item within one, one at a time, through the agent's pure plan and, for a
// sample early or late, its public component on mocks. Either the plan or run fails with an
// ArgumentError naming that argument (and registers nothing), or everything it writes is concrete
// (tests/support/adversarialRun.ts judges). One property a file, so that mocha's workers share them.
import { planBedrockAgentRole } from "../../components/agents/agentPlans";
import { BedrockAgentRole } from "../../components/agents/bedrockAgentRole";
import { AGENT_BASES, strikesOf } from "../support/adversarialBases";
import {
    ADVERSARIAL_RUNS,
    checkPlan,
    checkRun,
    MOCKED_RUNS,
    strikeEach,
    struck,
} from "../support/adversarialRun";
import { ENV, pathText, withValue } from "../support/adversarialValues";

describe("boundary: adversarial values, one argument at a time (fast-check)", function () {
    this.timeout(300000);

    it(`through the agent: every argument, field and item struck, then ${ADVERSARIAL_RUNS} random strikes through the pure plan and ${MOCKED_RUNS} through the component on mocks, early or late; an ArgumentError naming the argument and nothing registered, or only concrete ARNs`, async () => {
        await strikeEach(
            strikesOf(AGENT_BASES),
            ({ base, path }, value) =>
                checkPlan(pathText(path), () =>
                    planBedrockAgentRole({
                        args: withValue(base.args, path, value) as never,
                        provider: ENV,
                        source: { project: "adversary", stack: "adversary", componentName: "adversary" },
                    }),
                ),
            ({ base, path }, value, late) =>
                checkRun(
                    pathText(path),
                    () => new BedrockAgentRole("adversary", struck(base.args, path, value, late) as never),
                ),
        );
    });
});
