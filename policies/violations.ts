// Every rule over every resource, as the offline plan runs them and the pack's policies do one by
// one: each rule reads the resource types it names, unless configuration disables it or exempts the
// resource; findings come out in the order of resources, then rules, then statements.
import type { AgentIamRule, RuleSettings, Violation } from "./agentIamRule";
import { documentsOf, InspectedResource } from "./inspectedDocuments";

/**
 * The violations of `rules` in `resources`, each rule tuned by `settings[rule.id]`.
 */
export function violations(
    resources: InspectedResource[],
    rules: readonly AgentIamRule[],
    settings: Record<string, RuleSettings> = {},
): Violation[] {
    return resources.flatMap((resource) => {
        const documents = documentsOf(resource);
        return rules.flatMap((rule) => {
            const tuned = settings[rule.id] ?? {};
            const level = tuned.enforcementLevel ?? rule.severity;
            if (
                level === "disabled" ||
                !rule.resourceTypes.includes(resource.type) ||
                (tuned.exemptResources ?? []).includes(resource.name)
            ) {
                return [];
            }
            return rule.check(resource, documents).map((finding) => ({
                ...finding,
                rule: rule.id,
                severity: level,
                page: rule.page,
                resource: { type: resource.type, name: resource.name },
            }));
        });
    });
}
