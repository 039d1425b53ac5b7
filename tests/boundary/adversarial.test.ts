// Adversarial property-based tests: IAM-special and malformed values injected into every argument,
// one at a time, through the public component and the stack program on mocks. Either the run
// fails with an ArgumentError naming that argument and registers nothing, or everything it
// registers is concrete.
import * as pulumi from "@pulumi/pulumi";
import fc from "fast-check";
import { BedrockAgentRole } from "../../components/agents/bedrockAgentRole";
import { CONFIG_KEYS } from "../../program/agentConfig";
import { agentProgram } from "../../program/agentProgram";
import { checkRun } from "../support/adversarialRun";
import {
    AGENTCORE_PATHS,
    agentCorePatterns,
    baseArgs,
    ENV,
    gatewayBaseArgs,
    hostile,
    PATHS,
    pathText,
    runtimeBaseArgs,
    SECRET,
    withValue,
} from "../support/adversarialValues";
import { AgentCoreGatewayRole, AgentCoreRuntimeRole } from "../../index";

const RUNS = Number(process.env.ADVERSARIAL_RUNS ?? 1000);

describe("boundary: adversarial values, one argument at a time (fast-check)", function () {
    this.timeout(300000);

    it(`through the component: an ArgumentError naming the argument and nothing registered, or only concrete ARNs (${RUNS} runs)`, async () => {
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
            { numRuns: RUNS },
        );
    });

    it(`through the AgentCore runtime and gateway roles: an ArgumentError naming the argument and nothing registered, or only concrete ARNs and the documented name patterns (${RUNS} runs)`, async () => {
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
            { numRuns: RUNS },
        );
    });

    it(`through the stack program: an ArgumentError naming the config key and nothing registered, or only concrete ARNs (${RUNS} runs)`, async () => {
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
                { numRuns: RUNS },
            );
        } finally {
            pulumi.runtime.setAllConfig({});
        }
    });
});
