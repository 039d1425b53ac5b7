// The pack's policies, one per rule: each validates a resource as the policy framework hands it
// (its type, inputs and the policy's configuration), or, for a stack rule, the stack's resources
// with what each input was given from, by the same rule the offline plan runs.
import type {
    Policy,
    PolicyResource,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationPolicy,
} from "@pulumi/policy";
import { UnknownValueError } from "@pulumi/policy";
import {
    AgentIamRule,
    AgentIamRuleIdentity,
    AgentIamStackRule,
    AnyAgentIamRule,
    findingPlace,
    Violation,
} from "../policies/agentIamRule";
import { AGENT_IAM_RULES } from "../policies/agentIamRules";
import type { InspectedResource } from "../policies/inspectedDocuments";
import { violations, violationsByResource } from "../policies/violations";

/** What a policy's configuration may say beside Pulumi's own `enforcementLevel`. */
interface RuleConfig {
    /** Names of resources the rule does not judge. */
    exemptResources?: string[];
}

/** The policy's name, description, level and configuration schema, from its rule. */
function policyOf(rule: AgentIamRuleIdentity): Policy {
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
    };
}

/** A violation as the policy reports it: where it is, what to write instead, and the page. */
const reported = (violation: Violation, rule: AgentIamRuleIdentity) =>
    `${findingPlace(violation)}${violation.message} (${rule.page})`;

/** The policy of a rule that judges one resource at a time. */
function resourcePolicy(rule: AgentIamRule): ResourceValidationPolicy {
    return {
        ...policyOf(rule),
        validateResource: (args: ResourceValidationArgs, reportViolation) => {
            const { exemptResources } = args.getConfig<RuleConfig>();
            const found = violations([{ type: args.type, name: args.name, props: args.props }], [rule], {
                [rule.id]: { exemptResources: exemptResources ?? [] },
            });
            for (const violation of found) {
                reportViolation(reported(violation, rule));
            }
        },
    };
}

/**
 * A value with what is unknown during a preview left out: the framework's values throw when an
 * unknown part is read, and a stack rule judges the rest (what it cannot relate, it leaves alone).
 */
function known(value: unknown): unknown {
    if (typeof value !== "object" || value === null) {
        return value;
    }
    const parts = Object.keys(value).flatMap((key) => {
        try {
            return [[key, known((value as Record<string, unknown>)[key])] as const];
        } catch (error) {
            if (error instanceof UnknownValueError) {
                return [];
            }
            throw error;
        }
    });
    return Array.isArray(value) ? parts.map(([, part]) => part) : Object.fromEntries(parts);
}

/** A stack's resource as the rules read it: its known outputs, its ARN once known, what each input was given from. */
function inspected(resource: PolicyResource): InspectedResource {
    const props = known(resource.props) as Record<string, unknown>;
    return {
        type: resource.type,
        name: resource.name,
        props,
        urn: resource.urn,
        ...(typeof props.arn === "string" ? { arn: props.arn } : {}),
        propertyDependencies: Object.fromEntries(
            Object.entries(resource.propertyDependencies ?? {}).map(([input, from]) => [
                input,
                from.map((r) => r.urn),
            ]),
        ),
    };
}

/** The policy of a rule that judges the stack's resources together; each violation names its resource. */
function stackPolicy(rule: AgentIamStackRule): StackValidationPolicy {
    return {
        ...policyOf(rule),
        validateStack: (args, reportViolation) => {
            const { exemptResources } = args.getConfig<RuleConfig>();
            const resources = args.resources.map(inspected);
            const found = violationsByResource(resources, [rule], {
                [rule.id]: { exemptResources: exemptResources ?? [] },
            });
            found.forEach((list, i) =>
                list.forEach((violation) =>
                    reportViolation(
                        `${violation.resource.name}: ${reported(violation, rule)}`,
                        resources[i].urn,
                    ),
                ),
            );
        },
    };
}

/** Every rule's policy, in the rules' order. */
export function agentIamPolicies(): (ResourceValidationPolicy | StackValidationPolicy)[] {
    return AGENT_IAM_RULES.map((rule: AnyAgentIamRule) =>
        "checkStack" in rule ? stackPolicy(rule) : resourcePolicy(rule),
    );
}
