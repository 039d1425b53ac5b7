// Adversarial property-based tests: IAM-special and malformed values injected into every argument
// and every field and item within one, one at a time, through the agent's public component, on
// mocks. Either the run fails with an ArgumentError naming that argument and registers nothing, or
// everything it registers is concrete (tests/support/adversarialRun.ts judges). One property a
// file, so that mocha's workers share them.
import { BedrockAgentRole } from "../../components/agents/bedrockAgentRole";
import { AGENT_BASES, strikesOf } from "../support/adversarialBases";
import { ADVERSARIAL_RUNS, checkRun, strikeEach, struck } from "../support/adversarialRun";
import { pathText } from "../support/adversarialValues";

describe("boundary: adversarial values, one argument at a time (fast-check)", function () {
    this.timeout(300000);

    it(`through the component: every argument, field and item struck, then ${ADVERSARIAL_RUNS} random strikes; an ArgumentError naming the argument and nothing registered, or only concrete ARNs`, async () => {
        await strikeEach(strikesOf(AGENT_BASES), ({ base, path }, value, late) =>
            checkRun(
                pathText(path),
                () => new BedrockAgentRole("adversary", struck(base.args, path, value, late) as never),
            ),
        );
    });
});
