// The AgentCore online evaluation role the tests plan: a configuration reading a runtime's log
// group and aws/spans, with a judge model through a profile, a code-based evaluator's function and
// a custom evaluator encrypted with its own key, in the mocked account and us-east-1.
import type * as pulumi from "@pulumi/pulumi";
import type { AgentCoreEvaluationRoleArgs } from "../../components/agentcore/agentCoreEvaluationRoleArgs";
import type { AgentCorePlan } from "../../components/agentcore/agentCoreDocuments";
import { planAgentCoreEvaluationRole } from "../../components/agentcore/agentCorePlans";
import type { AwsEnvironment } from "../../components/iam/awsEnvironment";
import type { ArgumentError } from "../../components/iam/argumentError";
import { argumentErrorFrom } from "./argumentErrors";
import { MOCK_ENVIRONMENT } from "./pulumiMocks";

export type PlainEvaluationArgs = pulumi.Unwrap<AgentCoreEvaluationRoleArgs>;

/** The runtime whose traces the configuration evaluates: its DEFAULT endpoint's log group. */
export const RUNTIME_LOG_GROUP = "/aws/bedrock-agentcore/runtimes/support_agent-AbCdE12345-DEFAULT";

/** The customer-managed key of the custom evaluator. */
export const EVALUATOR_KEY = `arn:aws:kms:us-east-1:${MOCK_ENVIRONMENT.account}:key/5678abcd-12ab-34cd-56ef-1234567890ab`;

/** A configuration with every capability: a runtime's log group, a judge model, a Lambda evaluator, a custom evaluator and its key. */
export function evaluationArgs(): PlainEvaluationArgs {
    return {
        onlineEvaluationConfigName: "support_evaluation",
        logGroups: [RUNTIME_LOG_GROUP],
        foundationModels: ["us.anthropic.claude-sonnet-4-20250514-v1:0"],
        evaluatorFunctions: ["score-refunds"],
        evaluators: ["helpfulness_judge-AbCdE12345"],
        evaluatorKeys: [EVALUATOR_KEY],
    };
}

/** Plans an online evaluation role as the component named `support-evaluation` would. */
export const planEvaluation = (
    args: PlainEvaluationArgs,
    provider: AwsEnvironment = MOCK_ENVIRONMENT,
): AgentCorePlan =>
    planAgentCoreEvaluationRole({
        args,
        provider,
        source: { project: "agents", stack: "test", componentName: "support-evaluation" },
    });

/** The ArgumentError planning an online evaluation role with `args` raises. */
export const evaluationFailure = (args: unknown): ArgumentError =>
    argumentErrorFrom(() => planEvaluation(args as PlainEvaluationArgs));
