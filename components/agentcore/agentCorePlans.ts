import type * as pulumi from "@pulumi/pulumi";
import type { AwsEnvironment } from "../iam/awsEnvironment";
import type { RoleNameSource } from "../iam/names";
import type { RolePlanRequest } from "../roles/roleFamily";
import { planRole } from "../roles/rolePlanning";
import { AgentCorePlan, agentCoreFamily } from "./agentCoreDocuments";
import type { AgentCoreEvaluationRoleArgs } from "./agentCoreEvaluationRoleArgs";
import type { AgentCoreBrowserRoleArgs } from "./agentCoreBrowserRoleArgs";
import type { AgentCoreCodeInterpreterRoleArgs } from "./agentCoreCodeInterpreterRoleArgs";
import type { AgentCoreGatewayRoleArgs } from "./agentCoreGatewayRoleArgs";
import type { AgentCoreMemoryRoleArgs } from "./agentCoreMemoryRoleArgs";
import type { AgentCoreHarnessRoleArgs } from "./agentCoreHarnessRoleArgs";
import { AGENTCORE_KINDS } from "./agentCoreKinds";
import type { AgentCoreRuntimeRoleArgs } from "./agentCoreRuntimeRoleArgs";

/** The request, from the request object or the positional arguments the first release took. */
function requestOf<Args>(
    request: RolePlanRequest<Args> | pulumi.Unwrap<Args>,
    provider?: AwsEnvironment,
    source?: RoleNameSource,
): RolePlanRequest<Args> {
    return provider && source
        ? { args: request as pulumi.Unwrap<Args>, provider, source }
        : (request as RolePlanRequest<Args>);
}

/**
 * Validates plain args and computes every document an `AgentCoreRuntimeRole` with these args
 * creates, inference profiles' destinations from the package's table: the component's own path,
 * what a reviewer or a test reads. Pure: the same args give the same plan, whatever the order of
 * their lists.
 * @throws ArgumentError for the first invalid argument, or a quota the plan would exceed
 */
export function planAgentCoreRuntimeRole(request: RolePlanRequest<AgentCoreRuntimeRoleArgs>): AgentCorePlan;
/** @deprecated Give one request, `{ args, provider, source }`, as every family's plan takes. */
export function planAgentCoreRuntimeRole(
    args: pulumi.Unwrap<AgentCoreRuntimeRoleArgs>,
    provider: AwsEnvironment,
    source: RoleNameSource,
): AgentCorePlan;
export function planAgentCoreRuntimeRole(
    request: RolePlanRequest<AgentCoreRuntimeRoleArgs> | pulumi.Unwrap<AgentCoreRuntimeRoleArgs>,
    provider?: AwsEnvironment,
    source?: RoleNameSource,
): AgentCorePlan {
    return planRole(agentCoreFamily(AGENTCORE_KINDS.runtime), requestOf(request, provider, source));
}

/**
 * Validates plain args and computes every document an `AgentCoreGatewayRole` with these args
 * creates: the component's own path. Pure.
 * @throws ArgumentError for the first invalid argument, or a quota the plan would exceed
 */
export function planAgentCoreGatewayRole(request: RolePlanRequest<AgentCoreGatewayRoleArgs>): AgentCorePlan;
/** @deprecated Give one request, `{ args, provider, source }`, as every family's plan takes. */
export function planAgentCoreGatewayRole(
    args: pulumi.Unwrap<AgentCoreGatewayRoleArgs>,
    provider: AwsEnvironment,
    source: RoleNameSource,
): AgentCorePlan;
export function planAgentCoreGatewayRole(
    request: RolePlanRequest<AgentCoreGatewayRoleArgs> | pulumi.Unwrap<AgentCoreGatewayRoleArgs>,
    provider?: AwsEnvironment,
    source?: RoleNameSource,
): AgentCorePlan {
    return planRole(agentCoreFamily(AGENTCORE_KINDS.gateway), requestOf(request, provider, source));
}

/**
 * Validates plain args and computes every document an `AgentCoreEvaluationRole` with these args
 * creates, inference profiles' destinations from the package's table: the component's own path.
 * Pure.
 * @throws ArgumentError for the first invalid argument, or a quota the plan would exceed
 */
export function planAgentCoreEvaluationRole(
    request: RolePlanRequest<AgentCoreEvaluationRoleArgs>,
): AgentCorePlan {
    return planRole(agentCoreFamily(AGENTCORE_KINDS.evaluation), request);
}

/**
 * Validates plain args and computes every document an `AgentCoreMemoryRole` with these args
 * creates, inference profiles' destinations from the package's table, and the statements its
 * deployer needs: the component's own path. Pure.
 * @throws ArgumentError for the first invalid argument, or a quota the plan would exceed
 */
export function planAgentCoreMemoryRole(request: RolePlanRequest<AgentCoreMemoryRoleArgs>): AgentCorePlan {
    return planRole(agentCoreFamily(AGENTCORE_KINDS.memory), request);
}

/**
 * Validates plain args and computes every document an `AgentCoreHarnessRole` with these args
 * creates, inference profiles' destinations from the package's table: the component's own path. Pure.
 * @throws ArgumentError for the first invalid argument, or a quota the plan would exceed
 */
export function planAgentCoreHarnessRole(request: RolePlanRequest<AgentCoreHarnessRoleArgs>): AgentCorePlan {
    return planRole(agentCoreFamily(AGENTCORE_KINDS.harness), request);
}

/**
 * Validates plain args and computes every document an `AgentCoreBrowserRole` with these args
 * creates: the component's own path. Pure.
 * @throws ArgumentError for the first invalid argument, or a quota the plan would exceed
 */
export function planAgentCoreBrowserRole(request: RolePlanRequest<AgentCoreBrowserRoleArgs>): AgentCorePlan {
    return planRole(agentCoreFamily(AGENTCORE_KINDS.browser), request);
}

/**
 * Validates plain args and computes every document an `AgentCoreCodeInterpreterRole` with these
 * args creates: the component's own path. Pure.
 * @throws ArgumentError for the first invalid argument, or a quota the plan would exceed
 */
export function planAgentCoreCodeInterpreterRole(
    request: RolePlanRequest<AgentCoreCodeInterpreterRoleArgs>,
): AgentCorePlan {
    return planRole(agentCoreFamily(AGENTCORE_KINDS.codeInterpreter), request);
}
