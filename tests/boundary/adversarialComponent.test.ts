// Adversarial property-based tests: IAM-special and malformed values injected into every argument,
// one at a time, through the agent's public component, on mocks. Either the run fails with an
// ArgumentError naming that argument and registers nothing, or everything it registers is concrete
// (tests/support/adversarialRun.ts judges). One property a file, so that mocha's workers share them.
import * as pulumi from "@pulumi/pulumi";
import fc from "fast-check";
import { BedrockAgentRole } from "../../components/agents/bedrockAgentRole";
import { ADVERSARIAL_RUNS, checkRun } from "../support/adversarialRun";
import { baseArgs, hostile, PATHS, pathText, withValue } from "../support/adversarialValues";

describe("boundary: adversarial values, one argument at a time (fast-check)", function () {
    this.timeout(300000);

    it(`through the component: an ArgumentError naming the argument and nothing registered, or only concrete ARNs (${ADVERSARIAL_RUNS} runs)`, async () => {
        const base = baseArgs();
        await fc.assert(
            fc.asyncProperty(
                fc
                    .constantFrom(...PATHS)
                    .chain((path) =>
                        fc.tuple(
                            fc.constant(path),
                            hostile(
                                path.reduce<unknown>(
                                    (v, k) => (v as Record<string | number, unknown>)?.[k],
                                    base,
                                ),
                            ),
                            fc.boolean(),
                        ),
                    ),
                async ([path, value, late]) => {
                    const mutated = withValue(
                        base,
                        path,
                        late && value !== undefined ? pulumi.output(value) : value,
                    );
                    await checkRun(pathText(path), () => new BedrockAgentRole("adversary", mutated as never));
                },
            ),
            { numRuns: ADVERSARIAL_RUNS },
        );
    });
});
