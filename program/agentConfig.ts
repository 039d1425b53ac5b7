// An agent's role from the stack's config: the keys of its argument table, the flat keys of its
// third-party knowledge bases' secrets, and `agentName`, the component's name.
import { ArgumentError } from "../components/iam/argumentError";
import type { BedrockAgentRoleArgs } from "../components/agents/bedrockAgentRoleArgs";
import { AGENT_ARGUMENTS } from "../components/agents/agentArguments";
import { argsOf, ConfigKey, tableKeys } from "./configValues";

/** The component's name in the stack program, unless the `agentName` config key gives one. */
export const DEFAULT_AGENT_NAME = "agent";

/** The config keys of an agent's role: its arguments', the flat ones, and the component's name. */
export const AGENT_CONFIG_KEYS: Record<string, ConfigKey> = {
    ...tableKeys(AGENT_ARGUMENTS),
    thirdPartyKnowledgeBaseSecrets: {
        kind: "strings",
        example: '["arn:aws:secretsmanager:us-east-1:123456789012:secret:pinecone-AbC123"]',
    },
    agentName: { kind: "string", example: "support-agent" },
};

/** Letters, digits, `-`, `_` and `.`: a name that reads the same in a URN, a role name and a log. */
const COMPONENT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/**
 * An agent's role from checked config values: its component's name (the `agentName` key's, or
 * the default) and args.
 * @throws ArgumentError naming `project:agentName` when it is not a component name
 */
export function agentFromConfig(
    values: Record<string, unknown>,
    project: string,
): { name: string; args: BedrockAgentRoleArgs } {
    const args = argsOf(AGENT_ARGUMENTS, values);
    const secrets = values.thirdPartyKnowledgeBaseSecrets as string[] | undefined;
    if (secrets !== undefined) {
        args.thirdPartyKnowledgeBases = secrets.map((secret) => ({ credentialsSecretArn: secret }));
    }
    const given = values.agentName as string | undefined;
    if (given !== undefined && !COMPONENT_NAME.test(given)) {
        throw new ArgumentError(
            `${project}:agentName`,
            `"${given}" is not a component name: up to 100 letters, digits, "-", "_" and ".", starting with a letter or digit`,
            AGENT_CONFIG_KEYS.agentName.example,
        );
    }
    return { name: given ?? DEFAULT_AGENT_NAME, args: args as BedrockAgentRoleArgs };
}
