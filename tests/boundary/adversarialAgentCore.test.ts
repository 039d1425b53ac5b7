// Adversarial property-based tests: IAM-special and malformed values injected into every argument
// and every field and item within one, one at a time, through every AgentCore kind's pure plan and,
// for a sample early or late, its component on mocks. Either the plan or run fails with an
// ArgumentError naming that argument (and registers nothing), or all it writes is concrete
// (tests/support/adversarialRun.ts judges). One property a file, so that mocha's workers share them.
import { agentCoreFamily } from "../../components/agentcore/agentCoreDocuments";
import { AGENTCORE_KINDS, AgentCoreKind } from "../../components/agentcore/agentCoreKinds";
import { planRole } from "../../components/roles/rolePlanning";
import { agentCoreComponent } from "../support/agentCoreFixtures";
import { AGENTCORE_BASES, Strike, strikesOf } from "../support/adversarialBases";
import {
    ADVERSARIAL_RUNS,
    checkPlan,
    checkRun,
    MOCKED_RUNS,
    strikeEach,
    struck,
} from "../support/adversarialRun";
import { agentCorePatterns, ENV, pathText, withValue } from "../support/adversarialValues";

describe("boundary: adversarial values, one argument at a time (fast-check)", function () {
    this.timeout(300000);

    it(`through every AgentCore kind: every argument, field and item struck, then ${ADVERSARIAL_RUNS} random strikes through the pure plan and ${MOCKED_RUNS} through the components on mocks, early or late; an ArgumentError naming the argument and nothing registered, or only concrete ARNs and the documented name patterns`, async () => {
        const kinds = Object.keys(AGENTCORE_BASES) as AgentCoreKind[];
        const strikes = kinds.flatMap((kind) =>
            strikesOf(AGENTCORE_BASES[kind]).map((strike) => ({ ...strike, kind })),
        );
        const of = (strike: Strike) => strike as (typeof strikes)[number];
        await strikeEach(
            strikes,
            (strike, value) => {
                const { kind, base, path } = of(strike);
                const args = withValue(base.args, path, value);
                checkPlan(
                    pathText(path),
                    () =>
                        planRole(agentCoreFamily(AGENTCORE_KINDS[kind] as never), {
                            args: args as never,
                            provider: ENV,
                            source: { project: "adversary", stack: "adversary", componentName: "adversary" },
                        }),
                    agentCorePatterns(kind, args),
                );
            },
            (strike, value, late) => {
                const { kind, base, path } = of(strike);
                // The name and prefixes the patterns are of: the struck value itself, not the Output carrying it.
                const documented = agentCorePatterns(kind, withValue(base.args, path, value));
                const Component = agentCoreComponent(kind);
                return checkRun(
                    pathText(path),
                    () => new Component("adversary", struck(base.args, path, value, late)),
                    undefined,
                    documented,
                );
            },
        );
    });
});
