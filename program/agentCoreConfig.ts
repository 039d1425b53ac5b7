// An AgentCore role from the stack's config: the keys of its kind's argument table. The
// component is named after the resource the role is for (`runtimeName`, `memoryName`, ...), so a
// stack needs no name of its own for it.
import { ArgumentError } from "../components/iam/argumentError";
import { checkedResourceName } from "../components/agentcore/agentCoreDocuments";
import type { AgentCoreKindEntry } from "../components/agentcore/agentCoreKinds";
import { argsOf, ConfigKey, tableKeys } from "./configValues";
import { inConfigTerms } from "./configTerms";

/** The config keys of a kind of AgentCore role: its arguments', and the quotas' flat ones. */
export const agentCoreConfigKeys = <Args>(entry: AgentCoreKindEntry<Args>): Record<string, ConfigKey> =>
    tableKeys(entry.arguments);

/**
 * An AgentCore role from checked config values: its component's name, the resource's name as
 * AgentCore accepts it, and its args.
 * @throws ArgumentError naming the config key of the resource's name
 */
export function agentCoreFromConfig<Args>(
    entry: AgentCoreKindEntry<Args>,
    values: Record<string, unknown>,
    project: string,
): { name: string; args: Args } {
    if (values[entry.nameArgument] === undefined) {
        throw new ArgumentError(
            `${project}:${entry.nameArgument}`,
            `is required: the name of the ${entry.words.resource} the role is for (roleKind: ${entry.kind})`,
            entry.names.example,
        );
    }
    let name: string;
    try {
        name = checkedResourceName(entry, values[entry.nameArgument]);
    } catch (error) {
        throw inConfigTerms(error, project);
    }
    return { name, args: argsOf(entry.arguments, values) as Args };
}
