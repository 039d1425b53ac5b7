import type { ArgumentTable } from "../roles/roleArguments";
import { AgentCoreRoleArgs, ROLE_ARGUMENTS } from "./agentCoreArguments";
import type * as pulumi from "@pulumi/pulumi";
import type { ModelAccessArgs } from "../grants/modelAccess";
import type { EvaluatedLogsArgs } from "./capabilities/evaluatedLogs";
import type { EvaluatorFunctionsArgs } from "./capabilities/evaluatorFunctions";
import type { EvaluatorKeysArgs } from "./capabilities/evaluatorKeys";

/**
 * Arguments of {@link AgentCoreEvaluationRole}: the online evaluation configuration the role is
 * for, the traces it reads, and what its evaluators use: judge models, Lambda functions, keys. Every
 * list may be given in any order.
 */
export interface AgentCoreEvaluationRoleArgs
    extends EvaluatedLogsArgs, ModelAccessArgs, EvaluatorFunctionsArgs, EvaluatorKeysArgs, AgentCoreRoleArgs {
    /**
     * The configuration's name, as `aws.bedrock.AgentcoreOnlineEvaluationConfig` gets it
     * (`onlineEvaluationConfigName`): letters, digits and `_`, starting with a letter. The trust
     * policy admits the configurations of this name only
     * (`online-evaluation-config/<name>-??????????`: the name, `-` and the ten characters
     * AgentCore appends; AWS's page documents `online-evaluation-config/*`), and the results log
     * group is theirs.
     */
    onlineEvaluationConfigName: pulumi.Input<string>;
}

/** Every argument of {@link AgentCoreEvaluationRoleArgs}, declared once beside it. @internal */
export const EVALUATION_ARGUMENTS: ArgumentTable<AgentCoreEvaluationRoleArgs> = {
    onlineEvaluationConfigName: { config: "string", example: "support_evaluation" },
    logGroups: {
        config: "strings",
        example: '["/aws/bedrock-agentcore/runtimes/support_agent-AbCdE12345-DEFAULT"]',
    },
    transactionSearchSpans: { config: "boolean", example: "true" },
    foundationModels: { config: "strings", example: '["us.anthropic.claude-sonnet-4-20250514-v1:0"]' },
    streaming: { config: "boolean", example: "true" },
    inferenceProfileDestinations: {
        config: "map",
        example: '{ "us.anthropic.claude-sonnet-4-20250514-v1:0": ["us-east-1", "us-east-2", "us-west-2"] }',
    },
    evaluatorFunctions: { config: "strings", example: '["score-refunds"]' },
    evaluators: { config: "strings", example: '["helpfulness_judge-AbCdE12345"]' },
    evaluatorKeys: { config: "strings", example: '["1234abcd-12ab-34cd-56ef-1234567890ab"]' },
    ...ROLE_ARGUMENTS,
};
