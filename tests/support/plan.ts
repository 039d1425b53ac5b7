import { planAgentPermissions, AgentPermissionsPlan } from "../../components/agentPermissionsPlan";
import type { ResolvedAgentRoleArgs } from "../../components/agentGrants";
import type { AwsEnvironment } from "../../components/awsEnvironment";
import { MOCK_ENVIRONMENT } from "./pulumiMocks";

/** Plans `args` as the component named `support-agent` in stack `agents/test` would. */
export function plan(
    args: ResolvedAgentRoleArgs,
    provider: AwsEnvironment = MOCK_ENVIRONMENT,
): AgentPermissionsPlan {
    return planAgentPermissions({
        args,
        provider,
        source: { project: "agents", stack: "test", componentName: "support-agent" },
    });
}
