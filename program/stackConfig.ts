// Which role the stack declares, from its config alone: `roleKind` chooses the kind (an agent's
// role unless it is set), and the kind's own keys set its component's args. A key of this project
// that the kind does not read is refused, so a typo or a key of another kind never silently
// grants less or more.
import { AGENTCORE_KINDS, AgentCoreKind, AgentCoreKindArgs } from "../components/agentcore/agentCoreKinds";
import type { BedrockAgentRoleArgs } from "../components/agents/bedrockAgentRoleArgs";
import { ArgumentError } from "../components/iam/argumentError";
import { suggestion } from "../components/iam/argumentTypes";
import type { ConfigKind } from "../components/roles/roleArguments";
import { AGENT_CONFIG_KEYS, agentFromConfig } from "./agentConfig";
import { agentCoreConfigKeys, agentCoreFromConfig } from "./agentCoreConfig";
import { ConfigKey, ConfigSource, readConfigValues } from "./configValues";

/** The config key choosing the kind of role the stack declares. */
export const ROLE_KIND_KEY = "roleKind";

/** The kinds of role the stack program declares: `agent` (the default) or an AgentCore kind. */
export type StackRoleKind = "agent" | AgentCoreKind;

/** A role as the stack's config declares it: its kind, its component's name and args. */
export type ConfiguredRole =
    | { kind: "agent"; name: string; args: BedrockAgentRoleArgs }
    | { [K in AgentCoreKind]: { kind: K; name: string; args: AgentCoreKindArgs[K] } }[AgentCoreKind];

/** Each kind's config keys, and how its role reads in a message. */
const KINDS: Record<StackRoleKind, { keys: Record<string, ConfigKey>; role: string }> = {
    agent: { keys: AGENT_CONFIG_KEYS, role: "an agent role" },
    ...(Object.fromEntries(
        Object.values(AGENTCORE_KINDS).map((entry) => [
            entry.kind,
            { keys: agentCoreConfigKeys(entry as never), role: `an ${entry.words.role}` },
        ]),
    ) as Record<AgentCoreKind, { keys: Record<string, ConfigKey>; role: string }>),
};

/** Every config key the stack program reads, of any kind, with the kind of value it holds. */
export const STACK_CONFIG_KEYS: Record<string, ConfigKind> = Object.fromEntries([
    [ROLE_KIND_KEY, "string"],
    ...Object.values(KINDS).flatMap(({ keys }) => Object.entries(keys).map(([key, { kind }]) => [key, kind])),
]);

/** Why a key another kind reads is not one of this kind's, when the kind has its own way. */
const OWN_WAY: Record<string, string> = {
    account: "an AgentCore role's account is its provider's (pin it with aws:allowedAccountIds)",
    region: "an AgentCore role's region is its provider's (aws:region)",
};

/** The kind `roleKind` names, checked. */
function roleKindOf(project: string, given: string | undefined): StackRoleKind {
    const kinds = Object.keys(KINDS);
    if (given !== undefined && !kinds.includes(given)) {
        throw new ArgumentError(
            `${project}:${ROLE_KIND_KEY}`,
            `"${given}" is not a role kind of this program${suggestion(given, kinds)} (known: ${kinds.join(", ")})`,
            "runtime",
        );
    }
    return (given ?? "agent") as StackRoleKind;
}

/**
 * Refuses a key of the project the kind does not read, saying which kinds read it, if any; when
 * `roleKind` is not set and another kind reads the key, it is `roleKind` that is missing.
 */
function refuseUnknownKeys(
    project: string,
    kind: StackRoleKind,
    chosen: boolean,
    presentKeys: string[],
): void {
    const { keys, role } = KINDS[kind];
    const known = Object.keys(keys);
    for (const key of presentKeys) {
        if (key === ROLE_KIND_KEY || Object.hasOwn(keys, key)) {
            continue;
        }
        const readers = (Object.keys(KINDS) as StackRoleKind[]).filter((other) =>
            Object.hasOwn(KINDS[other].keys, key),
        );
        if (!chosen && readers.length > 0) {
            throw new ArgumentError(
                `${project}:${ROLE_KIND_KEY}`,
                `is not set, so the stack declares ${role}, which does not read ${key}: set it to the kind whose key ${key} is (${readers.join(", ")})`,
                readers[0],
            );
        }
        const problem =
            readers.length === 0
                ? `is not a config key of this program${suggestion(key, known)} (keys of ${role}: ${known.join(", ")})`
                : `is not a config key of ${role} (${ROLE_KIND_KEY}: ${kind}): ${OWN_WAY[key] ?? `it is one of ${readers.map((reader) => `${KINDS[reader].role}'s`).join(", ")}`}`;
        throw new ArgumentError(`${project}:${key}`, problem, `${project}:${known[0]}`);
    }
}

/**
 * Reads and checks the stack's config: the kind of role, then the kind's keys, returning the
 * component to declare. Unknown keys of this project, and keys of another kind, are refused.
 * @param presentKeys the project's keys present in the stack, without the `project:` prefix
 * @throws ArgumentError naming the full config key (`project:key`), what is wrong and an example
 */
export function roleFromConfig(config: ConfigSource, project: string, presentKeys: string[]): ConfiguredRole {
    const given = config.get(ROLE_KIND_KEY);
    const kind = roleKindOf(project, given);
    refuseUnknownKeys(project, kind, given !== undefined, presentKeys);
    const values = readConfigValues(config, project, KINDS[kind].keys);
    return kind === "agent"
        ? { kind, ...agentFromConfig(values, project) }
        : ({
              kind,
              ...agentCoreFromConfig(AGENTCORE_KINDS[kind] as never, values, project),
          } as ConfiguredRole);
}
