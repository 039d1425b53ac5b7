// Adversarial property-based tests: IAM-special and malformed values injected into every config
// key of an agent's stack, one at a time, through the stack program (tests/support/adversarialStack.ts).
// One property a file, so that mocha's workers share them.
import { expect } from "chai";
import { AGENT_CONFIG_KEYS } from "../../program/agentConfig";
import { AGENT_BASES } from "../support/adversarialBases";
import { ADVERSARIAL_RUNS, MOCKED_RUNS } from "../support/adversarialRun";
import { agentStackOf, stackStrikes, strikeStack } from "../support/adversarialStack";

describe("boundary: adversarial values, one argument at a time (fast-check)", function () {
    this.timeout(300000);

    it(`through the stack program of an agent: every config key struck, then ${ADVERSARIAL_RUNS} random strikes through its pure part (config read, plan) and ${MOCKED_RUNS} through the program on mocks; an ArgumentError naming the config key and nothing registered, or only concrete ARNs`, async () => {
        const configs = AGENT_BASES.map(agentStackOf);
        // Every key an agent's stack reads is struck.
        expect([...new Set(stackStrikes(configs).map(({ path }) => path[0]))].sort()).to.deep.equal(
            [...Object.keys(AGENT_CONFIG_KEYS), "unknownKey"].sort(),
        );
        await strikeStack(configs);
    });
});
