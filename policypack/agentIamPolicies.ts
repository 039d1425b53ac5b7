// The pack's policies, one per rule: each validates a resource as the policy framework hands it
// (its type, inputs and the policy's configuration), by the same rule the offline plan runs.
import type { ResourceValidationArgs, ResourceValidationPolicy } from "@pulumi/policy";
import { AgentIamRule, findingPlace } from "../policies/agentIamRule";
import { AGENT_IAM_RULES } from "../policies/agentIamRules";
import { violations } from "../policies/violations";

/** What a policy's configuration may say beside Pulumi's own `enforcementLevel`. */
interface RuleConfig {
    /** Names of resources the rule does not judge. */
    exemptResources?: string[];
}

/** The policy of one rule. */
function rulePolicy(rule: AgentIamRule): ResourceValidationPolicy {
    return {
        name: rule.id,
        description: `${rule.description} (${rule.page})`,
        enforcementLevel: rule.severity,
        configSchema: {
            properties: {
                exemptResources: {
                    type: "array",
                    items: { type: "string" },
                    description:
                        "Names of resources this rule does not judge: exceptions a team has reviewed.",
                },
            },
        },
        validateResource: (args: ResourceValidationArgs, reportViolation) => {
            const { exemptResources } = args.getConfig<RuleConfig>();
            const found = violations([{ type: args.type, name: args.name, props: args.props }], [rule], {
                [rule.id]: { exemptResources: exemptResources ?? [] },
            });
            for (const violation of found) {
                reportViolation(`${findingPlace(violation)}${violation.message} (${rule.page})`);
            }
        },
    };
}

/** Every rule's policy, in the rules' order. */
export function agentIamPolicies(): ResourceValidationPolicy[] {
    return AGENT_IAM_RULES.map(rulePolicy);
}
