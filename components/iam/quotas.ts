import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "./argumentError";
import { mapArgument, optionalInteger } from "./argumentTypes";
import {
    INLINE_POLICIES_MAX,
    MANAGED_POLICIES_PER_ROLE,
    MANAGED_POLICY_MAX,
    TRUST_POLICY_MAX,
} from "./limits";
import { PolicyDocument, policySize } from "./policyDocument";
import type { PackingLimits } from "./policyPacking";

/** IAM quotas of the account, where they have been raised above AWS's defaults. */
export interface IamQuotasArgs {
    /** Characters allowed in a role's trust policy. Defaults to 2048. */
    trustPolicySize?: pulumi.Input<number>;
    /**
     * Customer-managed policies the component may attach to the role for statements that do not
     * fit the 10,240 characters of inline policy. Defaults to 10, the default number of managed
     * policies per role; lower it when other policies are attached to the role too.
     */
    managedPoliciesPerRole?: pulumi.Input<number>;
}

/** The quotas in force for a plan: the args' raised values where given, else AWS's defaults. @internal */
export interface QuotaLimits extends PackingLimits {
    /** Characters allowed in the trust policy. */
    trustPolicyMax: number;
}

/**
 * The quotas in force, checked.
 * @throws ArgumentError when a raised quota is not a whole number within IAM's ceiling
 * @internal
 */
export function quotaLimits(quotas: unknown): QuotaLimits {
    const example = "{ trustPolicySize: 4096, managedPoliciesPerRole: 20 }";
    const given =
        quotas === undefined
            ? {}
            : mapArgument("quotas", quotas, ["trustPolicySize", "managedPoliciesPerRole"], example);
    return {
        inlineMax: INLINE_POLICIES_MAX.value,
        managedMax: MANAGED_POLICY_MAX.value,
        managedPoliciesMax:
            optionalInteger("quotas.managedPoliciesPerRole", given.managedPoliciesPerRole, {
                min: 0,
                max: MANAGED_POLICIES_PER_ROLE.ceiling,
                unit: "policies",
            }) ?? MANAGED_POLICIES_PER_ROLE.value,
        trustPolicyMax:
            optionalInteger("quotas.trustPolicySize", given.trustPolicySize, {
                min: TRUST_POLICY_MAX.value,
                max: TRUST_POLICY_MAX.ceiling,
                unit: "characters",
            }) ?? TRUST_POLICY_MAX.value,
    };
}

/** What makes a role's trust policy grow: the argument, how to shrink it, a valid value. @internal */
export interface TrustGrowth {
    argument: string;
    /** What to give instead, as advice: `pin fewer agents`. */
    fewer: string;
    example: string;
}

/**
 * Checks the trust policy against its quota.
 * @throws ArgumentError naming the argument that makes the trust policy grow
 * @internal
 */
export function checkTrustPolicy(trust: PolicyDocument, limits: QuotaLimits, growth: TrustGrowth): void {
    const size = policySize(trust);
    if (size > limits.trustPolicyMax) {
        throw new ArgumentError(
            growth.argument,
            `the trust policy would be ${size} characters, over the limit of ${limits.trustPolicyMax}; ${growth.fewer}, ` +
                "or raise quotas.trustPolicySize after raising the quota in the account",
            growth.example,
        );
    }
}
