// The stack program under attack: a base's args as a stack's config (every key struck once, and
// a key no kind reads), planned through the program's pure part and run through the program on
// mocks, as tests/support/adversarialRun.ts judges. Shared by the agent's and AgentCore's properties.
import * as pulumi from "@pulumi/pulumi";
import { agentCoreFamily } from "../../components/agentcore/agentCoreDocuments";
import { AGENTCORE_KINDS, AgentCoreKind } from "../../components/agentcore/agentCoreKinds";
import { planBedrockAgentRole } from "../../components/agents/agentPlans";
import type { RolePlan } from "../../components/grants/roleDocuments";
import { planRole } from "../../components/roles/rolePlanning";
import { inConfigTerms } from "../../program/configTerms";
import { roleFromConfig, STACK_CONFIG_KEYS } from "../../program/stackConfig";
import { stackProgram } from "../../program/stackProgram";
import type { Base, Strike } from "./adversarialBases";
import { checkPlan, checkRun, strikeEach } from "./adversarialRun";
import { agentCorePatterns, ENV } from "./adversarialValues";

/** The project whose config keys the program reads. */
export const PROJECT = "bedrock-agent-role";

/** The quotas' flat keys: a base's `quotas` fields, as config keeps them. */
const quotaKeys = (args: Record<string, unknown>) => (args.quotas ?? {}) as Record<string, number>;

/** An agent base's config: the keys named like arguments, and the flat keys for their fields. */
export function agentStackOf({ variant, args }: Base): Base {
    const { thirdPartyKnowledgeBases } = args as {
        thirdPartyKnowledgeBases: { credentialsSecretArn: string }[];
    };
    return {
        variant,
        args: {
            ...Object.fromEntries(
                Object.entries(args).filter(([key]) => Object.hasOwn(STACK_CONFIG_KEYS, key)),
            ),
            agentName: "support-agent",
            thirdPartyKnowledgeBaseSecrets: thirdPartyKnowledgeBases.map((kb) => kb.credentialsSecretArn),
            ...quotaKeys(args),
        },
    };
}

/** An AgentCore base's config: its kind, the keys named like arguments, and the quotas' flat keys. */
export function agentCoreStackOf(kind: AgentCoreKind, { variant, args }: Base): Base {
    return {
        variant: `${kind}: ${variant}`,
        args: {
            roleKind: kind,
            ...Object.fromEntries(
                Object.entries(args).filter(([key]) => Object.hasOwn(STACK_CONFIG_KEYS, key)),
            ),
            ...quotaKeys(args),
        },
    };
}

/** Each key of each config struck, and a key no kind reads. */
export const stackStrikes = (configs: readonly Base[]): Strike[] =>
    configs.flatMap((base) =>
        [...Object.keys(base.args), "unknownKey"].map((key) => ({ base, path: [key] })),
    );

/** The stack's config with `value` at the struck key, as `pulumi config` stores it: text. */
function stackOf({ base, path }: Strike, value: unknown): Record<string, string> {
    const stack: Record<string, string> = {};
    for (const [key, v] of Object.entries({ ...base.args, [path[0]]: value })) {
        if (v !== undefined) {
            stack[key] = typeof v === "string" ? v : JSON.stringify(v);
        }
    }
    return stack;
}

/** A value as the program reads it from the stack: text of a structure is the structure. */
function readAs(key: string, value: unknown): unknown {
    if (typeof value !== "string" || STACK_CONFIG_KEYS[key] === "string") {
        return value;
    }
    try {
        return JSON.parse(value);
    } catch {
        return value;
    }
}

/** The name patterns AgentCore documents for the struck config's kind, if it is an AgentCore one. */
function documented({ base, path }: Strike, value: unknown): string[] {
    const key = String(path[0]);
    const config = { ...base.args, [key]: readAs(key, value) };
    const kind = config.roleKind as string;
    return Object.hasOwn(AGENTCORE_KINDS, kind) ? agentCorePatterns(kind as AgentCoreKind, config) : [];
}

/** The program's pure part: the config read and checked, then the component's plan, in config terms. */
function planOf(stack: Record<string, string>): RolePlan {
    const role = roleFromConfig({ get: (key) => stack[key] }, PROJECT, Object.keys(stack));
    const request = {
        args: role.args as never,
        provider: ENV,
        source: { project: PROJECT, stack: "adversary", componentName: role.name },
    };
    try {
        return role.kind === "agent"
            ? planBedrockAgentRole(request)
            : planRole(agentCoreFamily(AGENTCORE_KINDS[role.kind] as never), request);
    } catch (error) {
        throw inConfigTerms(error, PROJECT);
    }
}

/**
 * Strikes each key of the configs once, then at random: through the program's pure part, and on
 * mocks through the program itself. An ArgumentError naming the config key (and nothing
 * registered), or only concrete ARNs and the documented name patterns.
 */
export async function strikeStack(configs: readonly Base[]): Promise<void> {
    const key = (strike: Strike) => `${PROJECT}:${String(strike.path[0])}`;
    try {
        await strikeEach(
            stackStrikes(configs),
            (strike, value) =>
                checkPlan(key(strike), () => planOf(stackOf(strike, value)), documented(strike, value)),
            (strike, value) => {
                const stack = Object.fromEntries(
                    Object.entries(stackOf(strike, value)).map(([k, v]) => [`${PROJECT}:${k}`, v]),
                );
                return checkRun(
                    key(strike),
                    () => {
                        pulumi.runtime.setAllConfig({ "aws:region": ENV.region, ...stack });
                        return stackProgram().outputs as never;
                    },
                    PROJECT,
                    documented(strike, value),
                );
            },
        );
    } finally {
        pulumi.runtime.setAllConfig({});
    }
}
