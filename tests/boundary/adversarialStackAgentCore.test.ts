// Adversarial property-based tests: IAM-special and malformed values injected into every config
// key of every AgentCore kind's stack, `roleKind` included, one at a time, through the stack
// program (tests/support/adversarialStack.ts). One property a file, so that mocha's workers share them.
import { expect } from "chai";
import { AGENTCORE_KINDS, AgentCoreKind } from "../../components/agentcore/agentCoreKinds";
import { agentCoreConfigKeys } from "../../program/agentCoreConfig";
import { AGENTCORE_BASES } from "../support/adversarialBases";
import { ADVERSARIAL_RUNS, MOCKED_RUNS } from "../support/adversarialRun";
import { agentCoreStackOf, stackStrikes, strikeStack } from "../support/adversarialStack";

describe("boundary: adversarial values, one argument at a time (fast-check)", function () {
    this.timeout(300000);

    it(`through the stack program of every AgentCore kind: every config key struck, then ${ADVERSARIAL_RUNS} random strikes through its pure part (config read, plan) and ${MOCKED_RUNS} through the program on mocks; an ArgumentError naming the config key and nothing registered, or only concrete ARNs and the documented name patterns`, async () => {
        const kinds = Object.keys(AGENTCORE_KINDS) as AgentCoreKind[];
        const configs = kinds.flatMap((kind) =>
            AGENTCORE_BASES[kind].map((base) => agentCoreStackOf(kind, base)),
        );
        // Every key each kind's stack reads is struck.
        for (const kind of kinds) {
            const struck = stackStrikes(configs.filter((config) => config.args.roleKind === kind)).map(
                ({ path }) => path[0],
            );
            expect([...new Set(struck)].sort(), kind).to.deep.equal(
                [
                    ...Object.keys(agentCoreConfigKeys(AGENTCORE_KINDS[kind] as never)),
                    "roleKind",
                    "unknownKey",
                ].sort(),
            );
        }
        await strikeStack(configs);
    });
});
