import type { BedrockAgentRoleArgs } from "./bedrockAgentRoleArgs";
import type { AgentPermissionsPlan } from "./agentPermissionsPlan";
import { AGENT_FAMILY } from "./agentFamily";
import type { RolePlanRequest } from "../roles/roleFamily";
import { planRole } from "../roles/rolePlanning";

/**
 * Validates plain args and computes every document, name and permission a `BedrockAgentRole`
 * with these args creates: what a reviewer or a test reads. The component's own path, with
 * inference profiles' destinations from the package's table. Pure: the same request gives the
 * same plan, whatever the order of its lists.
 * @throws ArgumentError for the first invalid argument, or a quota the plan would exceed
 */
export function planBedrockAgentRole(request: RolePlanRequest<BedrockAgentRoleArgs>): AgentPermissionsPlan {
    // The last stage completes every Lambda permission with its function.
    return planRole(AGENT_FAMILY, request) as AgentPermissionsPlan;
}

/**
 * What {@link planAgentPermissions} computes a plan from.
 * @deprecated Use `RolePlanRequest<BedrockAgentRoleArgs>`, which every family's plan takes.
 */
export type PlanRequest = RolePlanRequest<BedrockAgentRoleArgs>;

/**
 * The plan of a `BedrockAgentRole`.
 * @deprecated Use {@link planBedrockAgentRole}: the same plan, named like every family's.
 */
export const planAgentPermissions = planBedrockAgentRole;
