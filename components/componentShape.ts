import * as pulumi from "@pulumi/pulumi";
import type { BedrockAgentRoleArgs } from "./bedrockAgentRoleArgs";
import { AGENT_CAPABILITIES } from "./capabilities";
import type { InvokedFunction } from "./capabilities/capability";
import { BEDROCK_SERVICE_PRINCIPAL } from "./confusedDeputy";
import { AgentKey, agentKeys, LambdaPermissionSlot, lambdaPermissionSlots } from "./lambdaPermissions";
import { roleName, RoleNameSource } from "./names";

/**
 * What the component knows as it is constructed, before any input resolves: the role's name, the
 * Lambda functions it makes invocable, the admitted agents' keys and the slot of each Lambda
 * permission.
 * @internal
 */
export interface ComponentShape {
    /** The role's name. */
    roleName: string;
    /** The functions the capabilities make invocable, as given. */
    functions: InvokedFunction[];
    /** The pinned agents' keys; empty when any agent of the account is admitted. */
    agents: AgentKey[];
    /** One slot per function and admitted agent. */
    slots: LambdaPermissionSlot[];
}

/**
 * The component's shape, from the parts of the args that must be plain: action group names, which
 * groups have a function, the agent ids given as plain strings, and the role name suffix.
 * @throws ArgumentError for an invalid action group name or role name suffix
 * @internal
 */
export function componentShape(args: BedrockAgentRoleArgs, source: RoleNameSource): ComponentShape {
    const name = roleName(source, args.roleNameSuffix);
    const functions = AGENT_CAPABILITIES.flatMap((capability) => capability.invokedFunctions?.(args) ?? []);
    const agents = agentKeys((args.agentIds ?? []).map((id) => (typeof id === "string" ? id : undefined)));
    const slots = lambdaPermissionSlots(
        functions.map((fn) => fn.key),
        agents,
        { componentName: source.componentName, roleName: name, principal: BEDROCK_SERVICE_PRINCIPAL },
    );
    return { roleName: name, functions, agents, slots };
}

/** Whether a value holds no output or promise anywhere, so it can be checked as it is. @internal */
export function isPlain(value: unknown): boolean {
    if (pulumi.Output.isInstance(value) || typeof (value as { then?: unknown } | null)?.then === "function") {
        return false;
    }
    if (typeof value === "object" && value !== null) {
        return Object.values(value).every(isPlain);
    }
    return true;
}
