import type * as pulumi from "@pulumi/pulumi";
import type { AgentPermissionsPlan } from "../../components/agents/agentPermissionsPlan";
import { planBedrockAgentRole } from "../../components/agents/agentPlans";
import type { ArgumentError } from "../../components/iam/argumentError";
import type { BedrockAgentRoleArgs } from "../../components/agents/bedrockAgentRoleArgs";
import type { ArnScope, AwsEnvironment } from "../../components/iam/awsEnvironment";
import { argumentErrorFrom } from "./argumentErrors";
import { MOCK_ENVIRONMENT } from "./pulumiMocks";
import { PLAN_FILE_VERSION, PlanFile, PlannedRole, RolePlanView } from "../../planner/planFile";

/** The component's args with every value plain, as tests write them. */
export type PlainArgs = pulumi.Unwrap<BedrockAgentRoleArgs>;

/** Plans `args` as the component named `support-agent` in stack `agents/test` would. */
export function plan(args: PlainArgs, provider: AwsEnvironment = MOCK_ENVIRONMENT): AgentPermissionsPlan {
    return planBedrockAgentRole({
        args,
        provider,
        source: { project: "agents", stack: "test", componentName: "support-agent" },
    });
}

/** The ArgumentError planning `args` raises; fails the test when it plans. */
export function planFailure(args: PlainArgs, provider: AwsEnvironment = MOCK_ENVIRONMENT): ArgumentError {
    return argumentErrorFrom(() => plan(args, provider));
}

/** The mocked provider's environment, fully known, as a scope for ARN checks. */
export const MOCK_SCOPE: ArnScope = { environment: MOCK_ENVIRONMENT };

/** A plan file of planned roles, by component, as the offline plan writes it; notes and names may be given. */
export function planFileOf(
    roles: PlannedRole[],
    names: Partial<Pick<PlanFile, "project" | "stack" | "assumptions">> = {},
): PlanFile {
    return {
        version: PLAN_FILE_VERSION,
        project: names.project ?? "agents",
        stack: names.stack ?? "test",
        environment: roles[0].plan.environment,
        assumptions: names.assumptions ?? [],
        roles,
    };
}

/** A plan of the offline plan's that must be an agent role's, as such. */
export function agentPlan(plan: RolePlanView | undefined): AgentPermissionsPlan {
    if (plan?.kind !== "agent") {
        throw new Error(`expected an agent role's plan, got ${plan?.kind ?? "none"}`);
    }
    return plan;
}
