// Adversarial property-based tests: IAM-special and malformed values injected into every argument,
// one at a time, through the stack program, on mocks. Either the run fails with an
// ArgumentError naming that argument and registers nothing, or everything it registers is concrete
// (tests/support/adversarialRun.ts judges). One property a file, so that mocha's workers share them.
import * as pulumi from "@pulumi/pulumi";
import fc from "fast-check";
import { CONFIG_KEYS } from "../../program/agentConfig";
import { agentProgram } from "../../program/agentProgram";
import { ADVERSARIAL_RUNS, checkRun } from "../support/adversarialRun";
import { baseArgs, ENV, hostile, SECRET } from "../support/adversarialValues";

describe("boundary: adversarial values, one argument at a time (fast-check)", function () {
    this.timeout(300000);

    it(`through the stack program: an ArgumentError naming the config key and nothing registered, or only concrete ARNs (${ADVERSARIAL_RUNS} runs)`, async () => {
        const project = "bedrock-agent-role";
        // The config keys named like arguments take the arguments' values; the rest are flat.
        const config: Record<string, unknown> = {
            ...Object.fromEntries(Object.entries(baseArgs()).filter(([key]) => key in CONFIG_KEYS)),
            thirdPartyKnowledgeBaseSecrets: [SECRET],
            trustPolicySize: 2048,
        };
        const keys = [...Object.keys(config), "unknownKey"];
        try {
            await fc.assert(
                fc.asyncProperty(
                    fc.constantFrom(...keys).chain((key) => fc.tuple(fc.constant(key), hostile(config[key]))),
                    async ([key, value]) => {
                        const stack: Record<string, string> = { "aws:region": ENV.region };
                        for (const [k, v] of Object.entries({ ...config, [key]: value })) {
                            if (v !== undefined) {
                                stack[`${project}:${k}`] = typeof v === "string" ? v : JSON.stringify(v);
                            }
                        }
                        await checkRun(
                            `${project}:${key}`,
                            () => {
                                pulumi.runtime.setAllConfig(stack);
                                return agentProgram();
                            },
                            project,
                        );
                    },
                ),
                { numRuns: ADVERSARIAL_RUNS },
            );
        } finally {
            pulumi.runtime.setAllConfig({});
        }
    });
});
