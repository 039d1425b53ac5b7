import type { GrantContext } from "./capabilities/capability";
import { arnFor, ArnRule } from "./iam/arn";
import type { ArnScope } from "./iam/awsEnvironment";
import type { Conditions } from "./iam/policyDocument";

/** The service principal that assumes an agent's role and invokes its Lambda functions. @internal */
export const BEDROCK_SERVICE_PRINCIPAL = "bedrock.amazonaws.com";

/** A Bedrock agent, the caller that the trust policy and Lambda permissions admit. @internal */
export const AGENT: ArnRule = {
    service: "bedrock",
    resourcePrefix: "agent/",
    resource: /^[0-9a-zA-Z]{10}$/,
    scope: "regional",
    exampleResource: "AGENT12345",
};

/** The pattern matching every agent of the scope's account and region. @internal */
export function anyAgentArn(scope: ArnScope): string {
    return arnFor(AGENT, scope, "*");
}

/**
 * The confused-deputy conditions every grant to the service principal carries: the call must come
 * from this account and from one of the admitted agents.
 * @internal
 */
export function confusedDeputyConditions(context: GrantContext): Conditions {
    return {
        StringEquals: { "aws:SourceAccount": [context.environment.account] },
        ArnLike: { "aws:SourceArn": context.sourceArns },
    };
}

/**
 * Condition on `key` matching the admitted agents' ARNs: an exact match for pinned agents, a
 * pattern match for `agent/*`. For string-typed keys such as KMS encryption context keys.
 * @internal
 */
export function sourceArnStringCondition(context: GrantContext, key: string): Conditions {
    return { [context.sourceArnsExact ? "StringEquals" : "StringLike"]: { [key]: context.sourceArns } };
}
