// Adversarial property-based tests: IAM-special and malformed values injected into every config
// key, one at a time, through the stack program, on mocks. Either the run fails with an
// ArgumentError naming that key and registers nothing, or everything it registers is concrete
// (tests/support/adversarialRun.ts judges). One property a file, so that mocha's workers share them.
import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import { planBedrockAgentRole } from "../../components/agents/agentPlans";
import { agentArgsFromConfig, CONFIG_KEYS, inConfigTerms } from "../../program/agentConfig";
import { agentProgram } from "../../program/agentProgram";
import { AGENT_BASES, Base, Strike } from "../support/adversarialBases";
import { ADVERSARIAL_RUNS, checkPlan, checkRun, MOCKED_RUNS, strikeEach } from "../support/adversarialRun";
import { ENV } from "../support/adversarialValues";

const PROJECT = "bedrock-agent-role";

/**
 * A base's config: the keys named like arguments take the arguments' values; the flat keys take
 * the fields they stand for.
 */
function configOf({ variant, args }: Base): Base {
    const { quotas, thirdPartyKnowledgeBases } = args as {
        quotas: Record<string, number>;
        thirdPartyKnowledgeBases: { credentialsSecretArn: string }[];
    };
    return {
        variant,
        args: {
            ...Object.fromEntries(Object.entries(args).filter(([key]) => key in CONFIG_KEYS)),
            agentName: "support-agent",
            thirdPartyKnowledgeBaseSecrets: thirdPartyKnowledgeBases.map((kb) => kb.credentialsSecretArn),
            ...quotas,
        },
    };
}

describe("boundary: adversarial values, one argument at a time (fast-check)", function () {
    this.timeout(300000);

    it(`through the stack program: every config key struck, then ${ADVERSARIAL_RUNS} random strikes through its pure part (config read, plan) and ${MOCKED_RUNS} through the program on mocks; an ArgumentError naming the config key and nothing registered, or only concrete ARNs`, async () => {
        const configs = AGENT_BASES.map(configOf);
        const strikes: Strike[] = configs.flatMap((base) =>
            [...Object.keys(base.args), "unknownKey"].map((key) => ({ base, path: [key] })),
        );
        // Every key the program reads is struck.
        expect([...new Set(strikes.map(({ path }) => path[0]))].sort()).to.deep.equal(
            [...Object.keys(CONFIG_KEYS), "unknownKey"].sort(),
        );
        /** The stack's config with `value` at `key`, as `pulumi config` stores it: text. */
        const stackOf = ({ base, path }: Strike, value: unknown) => {
            const key = path[0] as string;
            const stack: Record<string, string> = {};
            for (const [k, v] of Object.entries({ ...base.args, [key]: value })) {
                if (v !== undefined) {
                    stack[k] = typeof v === "string" ? v : JSON.stringify(v);
                }
            }
            return stack;
        };
        try {
            await strikeEach(
                strikes,
                (strike, value) => {
                    const stack = stackOf(strike, value);
                    // The program's pure part: the config read and checked, then the component's plan,
                    // its errors restated about the config keys.
                    checkPlan(`${PROJECT}:${String(strike.path[0])}`, () => {
                        const { name, args } = agentArgsFromConfig(
                            { get: (key) => stack[key] },
                            PROJECT,
                            Object.keys(stack),
                        );
                        try {
                            return planBedrockAgentRole({
                                args: args as never,
                                provider: ENV,
                                source: { project: PROJECT, stack: "adversary", componentName: name },
                            });
                        } catch (error) {
                            throw inConfigTerms(error, PROJECT);
                        }
                    });
                },
                (strike, value) => {
                    const stack = Object.fromEntries(
                        Object.entries(stackOf(strike, value)).map(([k, v]) => [`${PROJECT}:${k}`, v]),
                    );
                    return checkRun(
                        `${PROJECT}:${String(strike.path[0])}`,
                        () => {
                            pulumi.runtime.setAllConfig({ "aws:region": ENV.region, ...stack });
                            return agentProgram();
                        },
                        PROJECT,
                    );
                },
            );
        } finally {
            pulumi.runtime.setAllConfig({});
        }
    });
});
