import type * as pulumi from "@pulumi/pulumi";
import { mapArgument, optionalList, optionalString } from "../../iam/argumentTypes";
import { ArnRule, namedResource } from "../../iam/arn";
import { IdentityStatement, sortedUnique, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import {
    AgentCoreContext,
    agentCoreArn,
    TOKEN_VAULT,
    WORKLOAD_DIRECTORY,
    workloadIdentityArn,
} from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";
import { managedSecretExample, providerSecretArn } from "./providerSecrets";
import { ArgumentError } from "../../iam/argumentError";

/** A credential provider of the account's token vault, and its secret. */
export interface CredentialProviderArgs {
    /** The provider's name (`github`) or ARN: the provider resource's `credentialProviderArn`. */
    provider: pulumi.Input<string>;
    /**
     * ARN of the provider's secret in Secrets Manager: `clientSecretArns[0].secretArn` of an
     * `aws.bedrock.AgentcoreOauth2CredentialProvider`, `apiKeySecretArns[0].secretArn` of an
     * `aws.bedrock.AgentcoreApiKeyCredentialProvider`. It must be the secret AgentCore keeps for
     * that provider (`bedrock-agentcore-identity!default/oauth2/<provider>-XXXXXX`, or `…/apikey/…`
     * for an API-key provider), unless `secretSource` is `EXTERNAL`: the role may read this secret only.
     */
    secretArn: pulumi.Input<string>;
    /**
     * Where the provider's secret is, as the provider resource says (`clientSecretSource`,
     * `apiKeySecretSource`): `MANAGED` (the default), the secret AgentCore created for the
     * provider; or `EXTERNAL`, a secret of the account the provider was given
     * (`clientSecretConfig`, `apiKeySecretConfig`), which `secretArn` then names.
     */
    secretSource?: pulumi.Input<string>;
}

/** The credential providers the role fetches tokens and keys from. */
export interface CredentialProvidersArgs {
    /** OAuth 2.0 credential providers the role gets tokens from (`GetResourceOauth2Token`). */
    oauthProviders?: pulumi.Input<pulumi.Input<CredentialProviderArgs>[]>;
    /** API-key credential providers the role gets keys from (`GetResourceApiKey`). */
    apiKeyProviders?: pulumi.Input<pulumi.Input<CredentialProviderArgs>[]>;
}

/**
 * The two kinds of provider: the argument, the ARN's type, the action that reads it, and the
 * folder of the token vault's secrets where AgentCore keeps its providers' credentials.
 */
const KINDS = [
    {
        argument: "oauthProviders",
        type: "oauth2credentialprovider",
        action: "bedrock-agentcore:GetResourceOauth2Token",
        sid: "GetOAuthTokens",
        secrets: "oauth2",
    },
    {
        argument: "apiKeyProviders",
        type: "apikeycredentialprovider",
        action: "bedrock-agentcore:GetResourceApiKey",
        sid: "GetApiKeys",
        secrets: "apikey",
    },
] as const;

const providerRule = (type: string): ArnRule => ({
    service: "bedrock-agentcore",
    resourcePrefix: `${TOKEN_VAULT}/${type}/`,
    resource: /^[a-zA-Z0-9_-]{1,128}$/,
    scope: "regional",
    exampleResource: "github",
});

/**
 * The resources a token or key request is authorized against (the Service Authorization Reference
 * lists four for GetResourceOauth2Token and GetResourceApiKey): the providers, the token vault,
 * the workload-identity directory and the role's own workload identities.
 */
function tokenResources(providers: string[], context: AgentCoreContext): string[] {
    return [
        ...providers,
        agentCoreArn(context, TOKEN_VAULT),
        agentCoreArn(context, WORKLOAD_DIRECTORY),
        workloadIdentityArn(context),
    ];
}

/**
 * Credential providers: for each kind given, its action on the providers named (with the vault,
 * the directory and the role's own workload identities, which the request also names), and
 * `secretsmanager:GetSecretValue` on each provider's own secret. A gateway also gets its workload
 * access token (`GetWorkloadAccessToken` on its own workload identities), which outbound
 * authorization needs first.
 * @internal
 */
export const credentialProviders: AgentCoreCapability<CredentialProvidersArgs> = {
    grant(args, context) {
        const identity: IdentityStatement[] = [];
        const secrets: string[] = [];
        for (const kind of KINDS) {
            const rule = providerRule(kind.type);
            const example = `{ provider: "${rule.exampleResource}", secretArn: "${managedSecretExample(kind.secrets, rule.exampleResource, context)}" }`;
            const given = optionalList(kind.argument, args[kind.argument], `[${example}]`);
            const providers = given.map((item, i) => {
                const argument = `${kind.argument}[${i}]`;
                const fields = mapArgument(
                    argument,
                    item,
                    ["provider", "secretArn", "secretSource"],
                    example,
                );
                const provider = optionalString(
                    `${argument}.provider`,
                    fields.provider,
                    rule.exampleResource,
                );
                const secret = optionalString(`${argument}.secretArn`, fields.secretArn, example);
                if (provider === undefined || secret === undefined) {
                    throw new ArgumentError(
                        argument,
                        `${provider === undefined ? "provider" : "secretArn"} is missing`,
                        example,
                    );
                }
                const named = namedResource(`${argument}.provider`, provider, rule, context);
                secrets.push(
                    providerSecretArn(
                        argument,
                        { secret, source: fields.secretSource },
                        kind.secrets,
                        named.id,
                        context,
                    ),
                );
                return named.arn;
            });
            if (providers.length > 0) {
                identity.push(
                    statement({
                        Sid: kind.sid,
                        Effect: "Allow",
                        Action: [kind.action],
                        Resource: sortedUnique(tokenResources(providers, context)),
                    }),
                );
            }
        }
        if (identity.length === 0) {
            return noGrants();
        }
        identity.push(
            statement({
                Sid: "ReadCredentialProviderSecrets",
                Effect: "Allow",
                Action: ["secretsmanager:GetSecretValue"],
                Resource: sortedUnique(secrets),
            }),
        );
        if (context.kind === "gateway") {
            identity.push(
                statement({
                    Sid: "GetGatewayWorkloadAccessToken",
                    Effect: "Allow",
                    Action: ["bedrock-agentcore:GetWorkloadAccessToken"],
                    Resource: sortedUnique([
                        agentCoreArn(context, WORKLOAD_DIRECTORY),
                        workloadIdentityArn(context),
                    ]),
                }),
            );
        }
        return { identity, keyPolicy: [] };
    },
};
