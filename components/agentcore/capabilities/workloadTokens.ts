import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../../iam/argumentError";
import { optionalBoolean } from "../../iam/argumentTypes";
import { IdentityStatement, sortedUnique, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { AgentCoreContext, agentCoreArn, WORKLOAD_DIRECTORY, workloadIdentityArn } from "../agentCoreArns";
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

/** Getting the resource's own workload access tokens, for any user id too when `anyUser`. */
function workloadTokensStatement(context: AgentCoreContext, anyUser: boolean): IdentityStatement {
    return statement({
        Sid: "GetWorkloadAccessTokens",
        Effect: "Allow",
        Action: [
            "bedrock-agentcore:GetWorkloadAccessToken",
            "bedrock-agentcore:GetWorkloadAccessTokenForJWT",
            ...(anyUser ? ["bedrock-agentcore:GetWorkloadAccessTokenForUserId"] : []),
        ],
        Resource: sortedUnique([agentCoreArn(context, WORKLOAD_DIRECTORY), workloadIdentityArn(context)]),
    });
}

/**
 * A harness's workload access tokens, always: AWS's harness-security page gives its execution role
 * `GetWorkloadAccessToken` and `GetWorkloadAccessTokenForJWT` on the directory and the workload
 * identities of its runtime (`harness_<name>-…`), never tokens for any user id.
 * @internal
 */
export const harnessTokens: AgentCoreCapability<object> = {
    grant: (_args, context) => ({ identity: [workloadTokensStatement(context, false)], keyPolicy: [] }),
};

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
            identity: [workloadTokensStatement(context, anyUser)],
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
