// The secret a credential provider reads: the one AgentCore keeps for it in the token vault's
// folder of Secrets Manager (`bedrock-agentcore-identity!default/<oauth2|apikey>/<provider>-…`), or,
// for a provider given a secret of its owner's (secret source EXTERNAL), that secret.
import { ArgumentError } from "../../iam/argumentError";
import { optionalString } from "../../iam/argumentTypes";
import { arnFor, ArnRule, checkArn } from "../../iam/arn";
import type { ArnScope } from "../../iam/awsEnvironment";

/** A secret of Secrets Manager: a name and the six characters Secrets Manager appends. */
const SECRET: ArnRule = {
    service: "secretsmanager",
    resourcePrefix: "secret:",
    resource: /^[a-zA-Z0-9/_+=.@!-]{1,512}-[a-zA-Z0-9]{6}$/,
    scope: "regional",
    exampleResource: "bedrock-agentcore-identity!default/oauth2/github-AbC123",
};

/** Where AgentCore keeps the secrets of its token vault's providers. */
const VAULT_SECRETS = "bedrock-agentcore-identity!";

/** The folder of a kind's managed secrets (`oauth2`, `apikey`). */
const folderOf = (kind: string) => `${VAULT_SECRETS}default/${kind}/`;

/** An example of the secret AgentCore keeps for a provider of the kind. @internal */
export const managedSecretExample = (kind: string, provider: string, scope: ArnScope): string =>
    arnFor(SECRET, scope, `${folderOf(kind)}${provider}-AbC123`);

/**
 * The ARN of a provider's secret, refusing any other: with the default source, only the secret
 * AgentCore keeps for this provider (its name, `-`, and Secrets Manager's six characters, an
 * eight-hex-digit part between them where AgentCore adds one); with source `EXTERNAL`, a secret of
 * the account outside the token vault's folder. Another provider's secret, one of the other kind,
 * or any other secret of the account would otherwise be read as the provider's.
 * @param item the provider's argument (`oauthProviders[0]`) and its secret and source, as given
 * @throws ArgumentError naming `<item>.secretArn` or `<item>.secretSource`
 * @internal
 */
export function providerSecretArn(
    item: string,
    given: { secret: string; source: unknown },
    kind: string,
    provider: string,
    scope: ArnScope,
): string {
    const argument = `${item}.secretArn`;
    const source = optionalString(`${item}.secretSource`, given.source, "EXTERNAL") ?? "MANAGED";
    if (source !== "MANAGED" && source !== "EXTERNAL") {
        throw new ArgumentError(
            `${item}.secretSource`,
            `"${source}" is neither MANAGED nor EXTERNAL`,
            "EXTERNAL",
        );
    }
    const resource = checkArn(argument, given.secret, SECRET, scope);
    if (source === "EXTERNAL") {
        if (resource.startsWith(VAULT_SECRETS)) {
            throw new ArgumentError(
                argument,
                "is a secret AgentCore keeps for its providers, not one of the account's own, as secretSource EXTERNAL says",
                arnFor(SECRET, scope, "agents/github-client-AbC123"),
            );
        }
        return arnFor(SECRET, scope, resource);
    }
    const own = `${folderOf(kind)}${provider}-`;
    if (!resource.startsWith(own) || !/^(?:[0-9a-f]{8}-)?[a-zA-Z0-9]{6}$/.test(resource.slice(own.length))) {
        throw new ArgumentError(
            argument,
            `is not the secret of provider ${provider}: AgentCore keeps it at ${own}XXXXXX (and a secret of the account's own needs secretSource: "EXTERNAL")`,
            managedSecretExample(kind, provider, scope),
        );
    }
    return arnFor(SECRET, scope, resource);
}
