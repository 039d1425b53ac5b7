import type { BedrockAgentRoleArgs } from "./bedrockAgentRoleArgs";
import { AGENT_CAPABILITIES } from "./capabilities";
import type { InvokedFunction } from "./invokedFunctions";
import { ArgumentError } from "../iam/argumentError";
import { mapArgument, plainList } from "../iam/argumentTypes";
import { BEDROCK_SERVICE_PRINCIPAL } from "./agentContext";
import { AgentKey, agentKeys, LambdaPermissionSlot, lambdaPermissionSlots } from "./lambdaPermissions";
import type { RoleNameSource } from "../iam/names";
import { RoleIdentity, roleIdentity } from "../iam/roleIdentity";
import { AGENT_KIND } from "./agentKind";

/**
 * What the component knows as it is constructed, before any input resolves: the role's name, the
 * Lambda functions it makes invocable, the admitted agents' keys and the slot of each Lambda
 * permission.
 * @internal
 */
export interface ComponentShape {
    /** The role: the one the component creates, or an existing one. */
    role: RoleIdentity;
    /** The functions the capabilities make invocable, as given. */
    functions: InvokedFunction[];
    /** The keys of the agents the Lambda permissions admit; empty when any agent of the account is. */
    agents: AgentKey[];
    /**
     * The agents admitted by the Lambda permissions only (`lambdaAgentIds`), as given; empty when
     * the Lambda permissions admit `agentIds`.
     */
    lambdaAgents: { argument: string; value: unknown }[];
    /** One slot per function and admitted agent. */
    slots: LambdaPermissionSlot[];
}

/**
 * The component's shape, from the parts of the args that must be plain: action group names, which
 * groups have a function, the agent ids given as plain strings, and the role name suffix.
 * @throws ArgumentError for an unknown argument name, an invalid action group name or role name
 *   suffix, or a list of action groups or agents that is not known when the program runs
 * @internal
 */
export function componentShape(args: BedrockAgentRoleArgs, source: RoleNameSource): ComponentShape {
    mapArgument("args", args, AGENT_KIND.argumentNames, AGENT_KIND.argsExample);
    const role = roleIdentity(args as Record<string, unknown>, source, AGENT_KIND.rolePrefix);
    const functions = AGENT_CAPABILITIES.flatMap((capability) => capability.invokedFunctions?.(args) ?? []);
    const agentIds = plainList("agentIds", args.agentIds, '["AGENT12345"]');
    const lambdaAgentIds = plainList("lambdaAgentIds", args.lambdaAgentIds, "[agent.agentId]");
    if (args.lambdaAgentIds !== undefined && lambdaAgentIds.length === 0) {
        throw new ArgumentError(
            "lambdaAgentIds",
            "is empty, which would admit no agent; leave it out",
            "[agent.agentId]",
        );
    }
    const admitted = args.lambdaAgentIds === undefined ? agentIds : lambdaAgentIds;
    const agents = agentKeys(admitted.map((id) => (typeof id === "string" ? id : undefined)));
    const slots = lambdaPermissionSlots(
        functions.map((fn) => fn.key),
        agents,
        { componentName: source.componentName, roleName: role.name, principal: BEDROCK_SERVICE_PRINCIPAL },
    );
    const keys = functions.map((fn) => fn.key);
    if (new Set(keys).size !== keys.length) {
        throw new Error(`two capabilities invoke functions under one key: ${keys.join(", ")}`);
    }
    const lambdaAgents = lambdaAgentIds.map((value, i) => ({ argument: `lambdaAgentIds[${i}]`, value }));
    return { role, functions, agents, lambdaAgents, slots };
}
