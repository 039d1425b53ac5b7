// Every rule over every resource, as the offline plan runs them and the pack's policies do one by
// one: each rule judges the resource types it names, unless configuration disables it or exempts the
// resource; a stack rule reads every resource at once. Findings come out in the order of resources,
// then rules, then statements.
import type { AnyAgentIamRule, RuleFinding, RuleSettings, Violation } from "./agentIamRule";
import { documentsOf, InspectedResource } from "./inspectedDocuments";

/**
 * The violations of `rules` in each of `resources`, in their order (a list per resource), each rule
 * tuned by `settings[rule.id]`.
 */
export function violationsByResource(
    resources: InspectedResource[],
    rules: readonly AnyAgentIamRule[],
    settings: Record<string, RuleSettings> = {},
): Violation[][] {
    const running = rules.flatMap((rule) => {
        const level = settings[rule.id]?.enforcementLevel ?? rule.severity;
        return level === "disabled" ? [] : [{ rule, level }];
    });
    // A stack rule's findings, by resource: it reads the stack once.
    const stackFindings = new Map(
        running.flatMap(({ rule }) => {
            if (!("checkStack" in rule)) {
                return [];
            }
            const byResource = new Map<InspectedResource, RuleFinding[]>();
            for (const { resource, ...finding } of rule.checkStack(resources)) {
                byResource.set(resource, [...(byResource.get(resource) ?? []), finding]);
            }
            return [[rule, byResource] as const];
        }),
    );
    return resources.map((resource) => {
        const judging = running.filter(
            ({ rule }) =>
                rule.resourceTypes.includes(resource.type) &&
                !(settings[rule.id]?.exemptResources ?? []).includes(resource.name),
        );
        const documents = judging.some(({ rule }) => "check" in rule) ? documentsOf(resource) : [];
        return judging.flatMap(({ rule, level }) => {
            const found =
                "checkStack" in rule
                    ? (stackFindings.get(rule)?.get(resource) ?? [])
                    : rule.check(resource, documents);
            return found.map((finding) => ({
                ...finding,
                rule: rule.id,
                severity: level,
                page: rule.page,
                resource: { type: resource.type, name: resource.name },
            }));
        });
    });
}

/** The violations of `rules` in `resources`, each rule tuned by `settings[rule.id]`. */
export function violations(
    resources: InspectedResource[],
    rules: readonly AnyAgentIamRule[],
    settings: Record<string, RuleSettings> = {},
): Violation[] {
    return violationsByResource(resources, rules, settings).flat();
}
