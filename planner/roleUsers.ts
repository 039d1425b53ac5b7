// Whether the AgentCore runtimes and gateways a program gives a role's ARN are those the role is
// for: an AgentCore role's trust policy admits the runtimes or gateways of its own name only, so a
// runtime of another name (or a gateway given a runtime's role) plans and deploys, then AgentCore
// cannot assume the role. The plan compares the role with the resources the program declares.
import type { RecordedResource } from "./mocks/awsMocks";
import type { PlannedRole, RolePlanView } from "./planFile";

/** An AgentCore resource that takes an execution role, and how its name compares with the role's. */
interface RoleUser {
    kind: "runtime" | "gateway";
    /** The resource type as a program names it. */
    label: string;
    /** Its input holding its name. */
    nameInput: string;
    /** The role component's argument naming the resource. */
    argument: string;
    /** The name as AgentCore makes its ids of it: a gateway's lower-cased. */
    asId(name: string): string;
}

const USERS: Record<string, RoleUser> = {
    "aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime": {
        kind: "runtime",
        label: "aws.bedrock.AgentcoreAgentRuntime",
        nameInput: "agentRuntimeName",
        argument: "runtimeName",
        asId: (name) => name,
    },
    "aws:bedrock/agentcoreGateway:AgentcoreGateway": {
        kind: "gateway",
        label: "aws.bedrock.AgentcoreGateway",
        nameInput: "name",
        argument: "gatewayName",
        asId: (name) => name.toLowerCase(),
    },
};

/** Why `resource`, given the role's ARN, cannot assume the role of `plan`; undefined when it can. */
function mismatch(plan: RolePlanView, resource: RecordedResource, user: RoleUser): string | undefined {
    const name = resource.inputs[user.nameInput];
    const what = `${user.label} ${resource.name} (${user.nameInput} ${JSON.stringify(name)}) is given this role's roleArn`;
    if (plan.kind !== user.kind) {
        return `${what}, but this is ${plan.kind ? `an AgentCore ${plan.kind}'s` : "an agent's"} role, whose trust policy admits no ${user.kind}: AgentCore cannot assume it and the ${user.kind} fails at deploy`;
    }
    if (typeof name !== "string" || plan.resourceName === undefined) {
        return undefined;
    }
    if (user.asId(name) === user.asId(plan.resourceName)) {
        return undefined;
    }
    return (
        `${what}, but the role's ${user.argument} is ${JSON.stringify(plan.resourceName)}: its trust policy admits the ${user.kind}s of that name only, ` +
        `so AgentCore cannot assume it and the ${user.kind} fails at deploy; give both the same name (pass the role's ${user.argument} to ${user.nameInput})`
    );
}

/**
 * The roles, each with a warning for every AgentCore runtime or gateway the program gives its ARN
 * that its trust policy does not admit: of another name (a gateway's compared lower-cased, as
 * AgentCore makes its ids), or of another kind.
 */
export function checkRoleUsers(roles: PlannedRole[], resources: RecordedResource[]): PlannedRole[] {
    return roles.map((role) => {
        const warnings = resources.flatMap((resource) => {
            const user = USERS[resource.type];
            const given = user && resource.inputs.roleArn === role.plan.roleArn;
            const problem = given ? mismatch(role.plan, resource, user) : undefined;
            return problem ? [problem] : [];
        });
        return warnings.length === 0
            ? role
            : { ...role, plan: { ...role.plan, warnings: [...role.plan.warnings, ...warnings] } };
    });
}
