import { ArgumentError } from "./argumentError";
import { policySize } from "./policyDocument";
import type { AgentPermissionsPlan } from "./agentPermissionsPlan";

/** IAM's limit on all inline policies of one role together, in characters without white space. */
export const INLINE_POLICIES_MAX = 10240;

/** IAM's default limit on a role's trust policy, in characters without white space. */
export const TRUST_POLICY_MAX = 2048;

/**
 * Checks the plan against IAM's quotas.
 * @throws ArgumentError naming the argument that makes a document too large
 */
export function checkQuotas(plan: AgentPermissionsPlan): void {
    const trust = policySize(plan.trustPolicy);
    if (trust > TRUST_POLICY_MAX) {
        throw new ArgumentError(
            "agentIds",
            `the trust policy would be ${trust} characters, over IAM's limit of ${TRUST_POLICY_MAX}; pin fewer agents`,
            '["AGENT12345"]',
        );
    }
    const inline = policySize(plan.inlinePolicy);
    if (inline > INLINE_POLICIES_MAX) {
        throw new ArgumentError(
            "args",
            `the identity policy would be ${inline} characters, over IAM's inline limit of ${INLINE_POLICIES_MAX}`,
            "fewer models, knowledge bases or schemas",
        );
    }
}
