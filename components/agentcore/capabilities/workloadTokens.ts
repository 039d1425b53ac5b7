import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../../iam/argumentError";
import { optionalBoolean } from "../../iam/argumentTypes";
import { sortedUnique, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { agentCoreArn, WORKLOAD_DIRECTORY, workloadIdentityArn } from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** Whether the role itself mints the runtime's workload access tokens. */
export interface WorkloadTokensArgs {
    /**
     * Whether the role may get the runtime's workload access tokens (`GetWorkloadAccessToken`,
     * `GetWorkloadAccessTokenForJWT`). Only runtimes created before 2025-10-13 need it: for newer
     * ones the service-linked role AWSServiceRoleForBedrockAgentCoreRuntimeIdentity does it.
     * Defaults to false.
     */
    workloadAccessTokens?: pulumi.Input<boolean>;
    /**
     * Whether the role may also mint tokens for any user id it names (`GetWorkloadAccessTokenForUserId`),
     * which AWS advises denying where JWTs exist. Needs `workloadAccessTokens`. Defaults to false.
     */
    workloadAccessTokensForAnyUser?: pulumi.Input<boolean>;
}

/**
 * Workload access tokens, when asked: on the directory and the runtime's own workload identities
 * only; the for-any-user-id variant only when asked separately, with a warning.
 * @internal
 */
export const workloadTokens: AgentCoreCapability<WorkloadTokensArgs> = {
    grant(args, context) {
        const tokens = optionalBoolean("workloadAccessTokens", args.workloadAccessTokens) === true;
        const anyUser =
            optionalBoolean("workloadAccessTokensForAnyUser", args.workloadAccessTokensForAnyUser) === true;
        if (anyUser && !tokens) {
            throw new ArgumentError(
                "workloadAccessTokensForAnyUser",
                "adds tokens for any user id to workloadAccessTokens, which is not set",
                "workloadAccessTokens: true, or leave both out (runtimes created since 2025-10-13 need neither)",
            );
        }
        if (!tokens) {
            return noGrants();
        }
        return {
            identity: [
                statement({
                    Sid: "GetWorkloadAccessTokens",
                    Effect: "Allow",
                    Action: [
                        "bedrock-agentcore:GetWorkloadAccessToken",
                        "bedrock-agentcore:GetWorkloadAccessTokenForJWT",
                        ...(anyUser ? ["bedrock-agentcore:GetWorkloadAccessTokenForUserId"] : []),
                    ],
                    Resource: sortedUnique([
                        agentCoreArn(context, WORKLOAD_DIRECTORY),
                        workloadIdentityArn(context),
                    ]),
                }),
            ],
            keyPolicy: [],
            ...(anyUser
                ? {
                      warnings: [
                          `workloadAccessTokensForAnyUser lets runtime ${context.resourceName} mint tokens for any user id it names; AWS advises denying GetWorkloadAccessTokenForUserId where callers present JWTs`,
                      ],
                  }
                : {}),
        };
    },
};
