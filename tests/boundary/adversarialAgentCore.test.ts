// Adversarial property-based tests: IAM-special and malformed values injected into every argument,
// one at a time, through the AgentCore runtime and gateway roles, on mocks. Either the run fails
// with an ArgumentError naming that argument and registers nothing, or all it registers is concrete
// (tests/support/adversarialRun.ts judges). One property a file, so that mocha's workers share them.
import * as pulumi from "@pulumi/pulumi";
import fc from "fast-check";
import { ADVERSARIAL_RUNS, checkRun } from "../support/adversarialRun";
import {
    AGENTCORE_PATHS,
    agentCorePatterns,
    gatewayBaseArgs,
    hostile,
    pathText,
    runtimeBaseArgs,
    withValue,
} from "../support/adversarialValues";
import { AgentCoreGatewayRole, AgentCoreRuntimeRole } from "../../index";

describe("boundary: adversarial values, one argument at a time (fast-check)", function () {
    this.timeout(300000);

    it(`through the AgentCore runtime and gateway roles: an ArgumentError naming the argument and nothing registered, or only concrete ARNs and the documented name patterns (${ADVERSARIAL_RUNS} runs)`, async () => {
        const bases = { runtime: runtimeBaseArgs(), gateway: gatewayBaseArgs() };
        await fc.assert(
            fc.asyncProperty(
                fc
                    .constantFrom(...AGENTCORE_PATHS)
                    .chain(([kind, path]) =>
                        fc.tuple(
                            fc.constant(kind),
                            fc.constant(path),
                            hostile(
                                path.reduce<unknown>(
                                    (v, k) => (v as Record<string | number, unknown>)?.[k],
                                    bases[kind],
                                ),
                            ),
                            fc.boolean(),
                        ),
                    ),
                async ([kind, path, value, late]) => {
                    const mutated = withValue(
                        bases[kind],
                        path,
                        late && value !== undefined ? pulumi.output(value) : value,
                    );
                    // The name the patterns are of: the mutated value itself, not the Output carrying it.
                    const plain = withValue(bases[kind], path, value);
                    const name = String(plain[kind === "runtime" ? "runtimeName" : "gatewayName"]);
                    await checkRun(
                        pathText(path),
                        () =>
                            kind === "runtime"
                                ? new AgentCoreRuntimeRole("adversary", mutated as never)
                                : new AgentCoreGatewayRole("adversary", mutated as never),
                        undefined,
                        agentCorePatterns(kind, name),
                    );
                },
            ),
            { numRuns: ADVERSARIAL_RUNS },
        );
    });
});
