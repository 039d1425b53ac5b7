import { arnFor } from "./arn";
import { AgentGrants } from "./agentGrants";
import { Conditions } from "./policyDocument";
import { AGENT } from "./resourceTypes";

/** The service principal that assumes the role and invokes the Lambda functions. */
export const BEDROCK_SERVICE_PRINCIPAL = "bedrock.amazonaws.com";

/** ARNs of the agents admitted: the pinned agents, or every agent of the account and region. */
export function agentSourceArns(grants: AgentGrants): string[] {
    return grants.agentArns.length > 0 ? grants.agentArns : [arnFor(AGENT, grants.environment, "*")];
}

/**
 * The confused-deputy conditions every grant to the Bedrock service principal carries: the call
 * must come from this account and from one of the admitted agents.
 */
export function confusedDeputyConditions(grants: AgentGrants): Conditions {
    return {
        StringEquals: { "aws:SourceAccount": [grants.environment.account] },
        ArnLike: { "aws:SourceArn": agentSourceArns(grants) },
    };
}

/**
 * Condition on `key` matching the admitted agents' ARNs: an exact match for pinned agents, a
 * pattern match for `agent/*`. For string-typed keys such as KMS encryption context keys.
 */
export function agentArnStringCondition(grants: AgentGrants, key: string): Conditions {
    const operator = grants.agentArns.length > 0 ? "StringEquals" : "StringLike";
    return { [operator]: { [key]: agentSourceArns(grants) } };
}
