import type { Conditions } from "../iam/policyDocument";
import type { GrantContext } from "./grant";

/**
 * The confused-deputy conditions every grant to the service principal carries: the call must come
 * from this account and from one of the resources the principal acts for.
 * @internal
 */
export function confusedDeputyConditions(context: GrantContext): Conditions {
    return {
        StringEquals: { "aws:SourceAccount": [context.environment.account] },
        ArnLike: { "aws:SourceArn": context.sourceArns },
    };
}

/**
 * Condition on `key` matching the source ARNs: an exact match for pinned resources, a pattern
 * match for the pattern of every resource. For string-typed keys such as KMS encryption context keys.
 * @internal
 */
export function sourceArnStringCondition(context: GrantContext, key: string): Conditions {
    const exact = context.sourceIds.length > 0;
    return { [exact ? "StringEquals" : "StringLike"]: { [key]: context.sourceArns } };
}
