// The role each agent, knowledge base and AgentCore resource of a stack is given, judged by what it
// is given to: its trust must let that resource's service assume it for that resource (else the
// service cannot, and the resource fails to create or to run), and for nothing else (a runtime given
// a role whose trust also admits gateways, or one role given to a runtime and a gateway, lends each
// the other's permissions). The role is the one the input was given the output of (the pack's
// property dependencies), or the stack's role of that ARN.
import { parseArn } from "../../components/iam/arn";
import type { AgentIamStackRule, StackFinding } from "../agentIamRule";
import { documentsOf, InspectedResource, InspectedStatement } from "../inspectedDocuments";
import { ROLE_TAKERS, RoleTaker } from "../roleTakers";
import { allowsAction, coversAction, pinnedValues, servicePrincipals } from "../statementMatching";

const PAGE = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-service.html";
const ROLE_TYPE = "aws:iam/role:Role";
const TAKERS = new Map(ROLE_TAKERS.map((taker) => [taker.type, taker]));

/** The stack's role `resource` was given in `input`: by the output it was given, else by its ARN. */
function givenRole(
    resource: InspectedResource,
    input: string,
    roles: InspectedResource[],
): InspectedResource | undefined {
    const value = resource.props[input];
    const depended = new Set(resource.propertyDependencies?.[input] ?? []);
    const candidates = roles.filter((role) => role.urn !== undefined && depended.has(role.urn));
    // A component's output depends on every resource of the component: the ARN tells its role.
    const byArn = (among: InspectedResource[]) =>
        typeof value === "string" ? among.filter((role) => role.arn === value) : [];
    const found = candidates.length === 1 ? candidates : byArn(candidates.length > 1 ? candidates : roles);
    return found.length === 1 ? found[0] : undefined;
}

/**
 * Whether a source ARN's resource pattern may match a resource part that starts with `head`
 * (`runtime/`, or `runtime/support_agent-` when the name is known, followed by the ten characters
 * AgentCore appends and, for a runtime's endpoints, what lies below).
 */
function mayMatch(pattern: string, head: string, named: boolean): boolean {
    const wild = pattern.search(/[*?]/);
    const literal = wild < 0 ? pattern : pattern.slice(0, wild);
    if (head.startsWith(literal)) {
        return wild >= 0;
    }
    if (!literal.startsWith(head)) {
        return false;
    }
    const rest = literal.slice(head.length);
    return !named || (wild >= 0 ? /^[a-zA-Z0-9]{0,10}$/ : /^[a-zA-Z0-9]{10}(\/.*)?$/).test(rest);
}

/** The resource type a source pattern names literally (`runtime/`), or undefined when a wildcard stands for it. */
function literalType(pattern: string): string | undefined {
    const slash = pattern.indexOf("/");
    return slash > 0 && !/[*?]/.test(pattern.slice(0, slash)) ? pattern.slice(0, slash + 1) : undefined;
}

/** What the role's trust statements that let the taker's service assume it do not fit. */
function trustMisfits(taker: RoleTaker, name: string | undefined, trust: InspectedStatement[]): string[] {
    const assuming = trust.filter((s) => allowsAction(s, "sts:AssumeRole"));
    const ours = assuming.filter((s) => servicePrincipals(s).includes(taker.principal));
    if (ours.length === 0) {
        return [`its trust policy does not let ${taker.principal} assume it, so the service cannot`];
    }
    const heads = taker.own(name);
    const sources = ours.flatMap((s) => pinnedValues(s, "aws:SourceArn"));
    // A statement without a source admits every resource: the confused-deputy rule reports it.
    const unpinned = ours.some((s) => pinnedValues(s, "aws:SourceArn").length === 0);
    const parts = sources.map((source) => {
        const arn = parseArn(source);
        return arn && coversAction(arn.service, taker.service) ? arn.resource : source === "*" ? "*" : "";
    });
    const admitted =
        unpinned || parts.some((part) => heads.some((head) => mayMatch(part, head, name !== undefined)));
    if (!admitted) {
        // Another resource's role: what else it admits is that resource's business.
        return [
            `its trust policy admits aws:SourceArn ${sources.join(", ")} only, not ${heads.map((h) => `${h}*`).join(" or ")}, so ${taker.principal} cannot assume it for this resource`,
        ];
    }
    const allowedTypes = [...taker.own(undefined), ...taker.beside];
    const others = [
        ...new Set(parts.map(literalType).filter((t) => t !== undefined && !allowedTypes.includes(t))),
    ];
    const otherServices = [
        ...new Set(assuming.flatMap(servicePrincipals).filter((principal) => principal !== taker.principal)),
    ];
    return [
        ...(others.length > 0
            ? [
                  `its trust policy also admits the ${others.join(", ")} resources of the account, which lend this resource's permissions to them`,
              ]
            : []),
        ...(otherServices.length > 0
            ? [
                  `its trust policy also lets ${otherServices.join(", ")} assume it, which lends this resource's permissions to another service`,
              ]
            : []),
    ];
}

/** What a message says instead: a role of the resource's own, written for its kind and name. */
const advice = (taker: RoleTaker) =>
    `Give it a role of its own, whose trust admits ${taker.principal} with aws:SourceAccount and an aws:SourceArn of ${taker.own(undefined).join(" or ")}<id>${taker.component ? `, as this package's ${taker.component.name} writes (${taker.component.argument})` : ""}`;

function findings(resources: InspectedResource[]): StackFinding[] {
    const roles = resources.filter((resource) => resource.type === ROLE_TYPE);
    const given = resources.flatMap((resource) => {
        const taker = TAKERS.get(resource.type);
        const role = taker && givenRole(resource, taker.roleInput, roles);
        return taker && role ? [{ resource, taker, role }] : [];
    });
    return given.flatMap(({ resource, taker, role }) => {
        const nameValue = taker.nameInput === undefined ? undefined : resource.props[taker.nameInput];
        const name = typeof nameValue === "string" ? nameValue : undefined;
        const trust = documentsOf(role).filter((d) => d.kind === "trust" && !d.unreadable);
        const misfits =
            trust.length === 0
                ? []
                : trustMisfits(
                      taker,
                      name,
                      trust.flatMap((d) => d.statements),
                  );
        const sharers = given.filter((other) => other.role === role && other.taker !== taker);
        const shared = sharers.map(
            (other) =>
                `it is also given to ${other.taker.words} (${other.resource.name}), so each of the two may do what the other needs`,
        );
        return [...misfits, ...shared].map((problem) => ({
            resource,
            input: taker.roleInput,
            message: `${taker.words}'s role ${role.name} does not fit it: ${problem}. ${advice(taker)}`,
        }));
    });
}

/** Each agent, knowledge base and AgentCore resource takes a role its service may assume for it alone. */
export const RESOURCE_ROLES: AgentIamStackRule = {
    id: "agent-iam-resource-role",
    description:
        "Each Bedrock agent, knowledge base and AgentCore resource is given a role of its own, whose trust lets its service assume it for that resource and for no other kind",
    severity: "mandatory",
    page: PAGE,
    resourceTypes: ROLE_TAKERS.map((taker) => taker.type),
    checkStack: findings,
};
