// Whether the AgentCore resources (runtimes, gateways, browsers, ...) a program gives a role's ARN
// are those the role is for: an AgentCore role's trust policy admits the resources of its own kind
// and name only, so a runtime of another name (or a gateway given a runtime's role) plans and
// deploys, then AgentCore cannot assume the role. The plan compares the role with the resources the program declares.
import type { RecordedResource } from "./mocks/awsMocks";
import type { PlannedRole, RolePlanView } from "./planFile";
import { AGENTCORE_KINDS, type AgentCoreKind } from "../components/agentcore/agentCoreKinds";
import { kindOf } from "./roleKinds";

/** Each AgentCore kind, by the type of the resource that takes its role. */
const USERS = new Map(Object.values(AGENTCORE_KINDS).map((entry) => [entry.user.type, entry]));

/** How a program names a resource type: `aws.bedrock.AgentcoreGateway` for `aws:bedrock/agentcoreGateway:AgentcoreGateway`. */
export const programTypeName = (type: string) =>
    `${type.split(":")[0]}.${type.split("/")[0].split(":")[1]}.${type.split(":").pop()}`;

/** Why `resource`, given the role's ARN, cannot assume the role of `plan`; undefined when it can. */
function mismatch(
    plan: RolePlanView,
    resource: RecordedResource,
    user: (typeof AGENTCORE_KINDS)[AgentCoreKind],
): string | undefined {
    const name = resource.inputs[user.user.nameInput];
    const resources = user.words.resources;
    const what = `${programTypeName(resource.type)} ${resource.name} (${user.user.nameInput} ${JSON.stringify(name)}) is given this role's ${user.user.roleInput}`;
    if (plan.kind !== user.kind) {
        return `${what}, but this is ${plan.kind === "agent" ? "an agent's" : `an AgentCore ${kindOf(plan).words.resource}'s`} role, whose trust policy admits no ${user.words.resource}: AgentCore cannot assume it and the ${user.words.resource} fails at deploy`;
    }
    if (typeof name !== "string" || user.idName(name) === user.idName(plan.resourceName)) {
        return undefined;
    }
    return (
        `${what}, but the role's ${user.nameArgument} is ${JSON.stringify(plan.resourceName)}: its trust policy admits the ${resources} of that name only, ` +
        `so AgentCore cannot assume it and the ${user.words.resource} fails at deploy; give both the same name (pass the role's ${user.nameArgument} to ${user.user.nameInput})`
    );
}

/**
 * The roles, each with a warning for every AgentCore resource the program gives its ARN
 * that its trust policy does not admit: of another name (a gateway's compared lower-cased, as
 * AgentCore makes its ids), or of another kind.
 */
export function checkRoleUsers(roles: PlannedRole[], resources: RecordedResource[]): PlannedRole[] {
    return roles.map((role) => {
        const warnings = resources.flatMap((resource) => {
            const user = USERS.get(resource.type);
            const given = user && resource.inputs[user.user.roleInput] === role.plan.roleArn;
            const problem = given ? mismatch(role.plan, resource, user) : undefined;
            return problem ? [problem] : [];
        });
        return warnings.length === 0
            ? role
            : { ...role, plan: { ...role.plan, warnings: [...role.plan.warnings, ...warnings] } };
    });
}
