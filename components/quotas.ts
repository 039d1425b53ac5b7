import { ArgumentError } from "./argumentError";
import { ResolvedAgentRoleArgs } from "./agentGrants";
import { PackingLimits } from "./policyPacking";
import { PolicyDocument, policySize } from "./policyDocument";

/** IAM's limit on all inline policies of one role together, in characters without white space. */
export const INLINE_POLICIES_MAX = 10240;

/** IAM's limit on one customer-managed policy, in characters without white space. */
export const MANAGED_POLICY_MAX = 6144;

/** IAM's default number of managed policies attached to one role. */
export const MANAGED_POLICIES_PER_ROLE = 10;

/** IAM's default limit on a role's trust policy, in characters without white space. */
export const TRUST_POLICY_MAX = 2048;

/** IAM's highest trust policy limit on request. */
const TRUST_POLICY_CEILING = 4096;

/** IAM's highest number of managed policies per role on request. */
const MANAGED_POLICIES_CEILING = 20;

/** Lambda's limit on a function's resource-based policy, in bytes; it cannot be raised. */
export const LAMBDA_POLICY_MAX = 20480;

/** Share of {@link LAMBDA_POLICY_MAX} from which the component warns. */
export const LAMBDA_POLICY_WARNING_SHARE = 0.8;

/** The quotas in force for a plan: the args' raised values where given, else AWS's defaults. */
export interface QuotaLimits extends PackingLimits {
    /** Characters allowed in the trust policy. */
    trustPolicyMax: number;
}

function quota(argument: string, value: number | undefined, fallback: number, ceiling: number): number {
    if (value === undefined) {
        return fallback;
    }
    if (!Number.isInteger(value) || value < 1 || value > ceiling) {
        throw new ArgumentError(
            argument,
            `${value} is not a whole number from 1 to ${ceiling}`,
            String(fallback),
        );
    }
    return value;
}

/**
 * The quotas in force, checked.
 * @throws ArgumentError when a raised quota is not a whole number within IAM's ceiling
 */
export function quotaLimits(args: ResolvedAgentRoleArgs): QuotaLimits {
    return {
        inlineMax: INLINE_POLICIES_MAX,
        managedMax: MANAGED_POLICY_MAX,
        managedPoliciesMax: quota(
            "quotas.managedPoliciesPerRole",
            args.quotas?.managedPoliciesPerRole,
            MANAGED_POLICIES_PER_ROLE,
            MANAGED_POLICIES_CEILING,
        ),
        trustPolicyMax: quota(
            "quotas.trustPolicySize",
            args.quotas?.trustPolicySize,
            TRUST_POLICY_MAX,
            TRUST_POLICY_CEILING,
        ),
    };
}

/**
 * Checks the trust policy against its quota.
 * @throws ArgumentError naming `agentIds`, the list that makes a trust policy grow
 */
export function checkTrustPolicy(trust: PolicyDocument, limits: QuotaLimits): void {
    const size = policySize(trust);
    if (size > limits.trustPolicyMax) {
        throw new ArgumentError(
            "agentIds",
            `the trust policy would be ${size} characters, over the limit of ${limits.trustPolicyMax}; pin fewer ` +
                "agents, or raise quotas.trustPolicySize after raising the quota in the account",
            '["AGENT12345"]',
        );
    }
}
