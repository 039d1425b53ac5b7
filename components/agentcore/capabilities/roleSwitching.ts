import type * as pulumi from "@pulumi/pulumi";
import { optionalBoolean } from "../../iam/argumentTypes";
import { statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** Whether the harness's agent loop may assume other roles. */
export interface RoleSwitchingArgs {
    /**
     * Whether the harness may assume other roles, as a LiteLLM model's `aws_role_name` in
     * `additionalParams` makes it try. Defaults to false: the role denies itself `sts:AssumeRole`
     * on every role, as AWS's harness-security page advises where role switching is not required,
     * so that no role whose trust policy names this one can be reached through it.
     */
    allowRoleSwitching?: pulumi.Input<boolean>;
}

/**
 * Role switching, denied unless allowed: an explicit `Deny` of `sts:AssumeRole` on every role of
 * every account. A role
 * of the account that trusts this role by ARN needs no grant here to be assumed, so only a deny
 * stops a caller's `additionalParams` from reaching it (harness-security, "Risks").
 * @internal
 */
export const roleSwitching: AgentCoreCapability<RoleSwitchingArgs> = {
    grant(args, context) {
        if (optionalBoolean("allowRoleSwitching", args.allowRoleSwitching) === true) {
            return noGrants();
        }
        return {
            identity: [
                statement({
                    Sid: "DenyRoleSwitching",
                    Effect: "Deny",
                    Action: ["sts:AssumeRole"],
                    Resource: [`arn:${context.environment.partition}:iam::*:role/*`],
                }),
            ],
            keyPolicy: [],
        };
    },
};
