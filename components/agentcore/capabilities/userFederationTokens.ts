import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../../iam/argumentError";
import { optionalBoolean, optionalList } from "../../iam/argumentTypes";
import { sortedUnique, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { agentCoreArn, WORKLOAD_DIRECTORY, workloadIdentityArn } from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";
import type { CredentialProvidersArgs } from "./credentialProviders";

/**
 * The user-bound workload access tokens of three-legged OAuth (authorization code) targets, when
 * asked: AWS does not document that the gateway's role mints them.
 */
export interface UserFederationTokensArgs {
    /**
     * Whether the role may get its workload access token for a caller's JWT
     * (`GetWorkloadAccessTokenForJWT`), for authorization-code (3LO) targets behind a JWT
     * authorizer. Needs `oauthProviders`. Defaults to false.
     */
    workloadAccessTokensForJwt?: pulumi.Input<boolean>;
    /**
     * Whether the role may get its workload access token for any user id it names
     * (`GetWorkloadAccessTokenForUserId`), which AWS advises denying where JWTs exist. Needs
     * `oauthProviders`. Defaults to false.
     */
    workloadAccessTokensForUserId?: pulumi.Input<boolean>;
}

const ACTIONS = {
    workloadAccessTokensForJwt: "bedrock-agentcore:GetWorkloadAccessTokenForJWT",
    workloadAccessTokensForUserId: "bedrock-agentcore:GetWorkloadAccessTokenForUserId",
} as const;

/**
 * User-federation tokens: each action asked, on the directory and the gateway's own workload
 * identities only, and only beside an OAuth provider, whose authorization-code flow is the only
 * use of a user-bound token. `CompleteResourceTokenAuth` is never granted: the application that
 * receives the user after consent calls it, not the gateway.
 * @internal
 */
export const userFederationTokens: AgentCoreCapability<UserFederationTokensArgs & CredentialProvidersArgs> = {
    grant(args, context) {
        const asked = (Object.keys(ACTIONS) as (keyof typeof ACTIONS)[]).filter(
            (argument) => optionalBoolean(argument, args[argument]) === true,
        );
        if (asked.length === 0) {
            return noGrants();
        }
        if (optionalList("oauthProviders", args.oauthProviders, "[]").length === 0) {
            throw new ArgumentError(
                asked[0],
                "asks for user-bound tokens of authorization-code targets, but oauthProviders names no OAuth provider",
                'oauthProviders: [{ provider: "github", secretArn: "…" }] beside it, or leave it out',
            );
        }
        return {
            identity: [
                statement({
                    Sid: "GetUserFederationTokens",
                    Effect: "Allow",
                    Action: asked.map((argument) => ACTIONS[argument]),
                    Resource: sortedUnique([
                        agentCoreArn(context, WORKLOAD_DIRECTORY),
                        workloadIdentityArn(context),
                    ]),
                }),
            ],
            keyPolicy: [],
            ...(asked.includes("workloadAccessTokensForUserId")
                ? {
                      warnings: [
                          `workloadAccessTokensForUserId lets gateway ${context.resourceName} mint tokens for any user id it names; AWS advises denying GetWorkloadAccessTokenForUserId where callers present JWTs`,
                      ],
                  }
                : {}),
        };
    },
};
