// Errors in the stack's terms: the program sets a component's args from config keys, so an error
// about an argument is restated about the key that set it.
import { ArgumentError } from "../components/iam/argumentError";

/**
 * Whether an error's argument already names a config key (`project:key…`, `aws:region`) rather
 * than an argument: an argument's own name has no `:`, though a map key after it may
 * (`inferenceProfileDestinations["us.anthropic.claude-sonnet-4-20250514-v1:0"]`).
 */
const isConfigKey = (argument: string, project: string) =>
    argument.startsWith(`${project}:`) || /^[^[.]*:/.test(argument);

/**
 * The config key that an error about a component argument concerns: arguments and config keys
 * share names, except the quotas and an agent's third-party secrets, which config keeps flat.
 */
export function configKeyOf(project: string, argument: string): string {
    const flat = argument
        .replace(/^quotas\./, "")
        .replace(
            /^thirdPartyKnowledgeBases(\[\d+\])\.credentialsSecretArn$/,
            "thirdPartyKnowledgeBaseSecrets$1",
        );
    return `${project}:${flat}`;
}

/**
 * An error about a component argument, restated about the config key that set it; any other
 * error as it is.
 */
export function inConfigTerms(error: unknown, project: string): unknown {
    if (ArgumentError.isArgumentError(error) && !isConfigKey(error.argument, project)) {
        return new ArgumentError(
            configKeyOf(project, error.argument),
            error.problem,
            error.example,
            error.resource,
            error.component,
        );
    }
    return error;
}
