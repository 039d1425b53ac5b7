import type * as pulumi from "@pulumi/pulumi";
import type { AwsEnvironment } from "../iam/awsEnvironment";
import type { RoleNameSource } from "../iam/names";
import { AgentCorePlan, planAgentCoreRole } from "./agentCoreDocuments";
import { GATEWAY_FAMILY, RUNTIME_FAMILY } from "./agentCoreFamilies";
import type { AgentCoreGatewayRoleArgs } from "./agentCoreGatewayRoleArgs";
import type { AgentCoreRuntimeRoleArgs } from "./agentCoreRuntimeRoleArgs";

/**
 * Validates plain args and computes every document an `AgentCoreRuntimeRole` with these args
 * creates, inference profiles' destinations from the package's table: what a reviewer or a test
 * reads. Pure: the same args give the same plan, whatever the order of their lists.
 * @throws ArgumentError for the first invalid argument, or a quota the plan would exceed
 */
export function planAgentCoreRuntimeRole(
    args: pulumi.Unwrap<AgentCoreRuntimeRoleArgs>,
    provider: AwsEnvironment,
    source: RoleNameSource,
): AgentCorePlan {
    return planAgentCoreRole(RUNTIME_FAMILY, args, provider, source);
}

/**
 * Validates plain args and computes every document an `AgentCoreGatewayRole` with these args
 * creates. Pure.
 * @throws ArgumentError for the first invalid argument, or a quota the plan would exceed
 */
export function planAgentCoreGatewayRole(
    args: pulumi.Unwrap<AgentCoreGatewayRoleArgs>,
    provider: AwsEnvironment,
    source: RoleNameSource,
): AgentCorePlan {
    return planAgentCoreRole(GATEWAY_FAMILY, args, provider, source);
}
