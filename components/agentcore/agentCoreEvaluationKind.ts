// An online evaluation's execution role: one entry of the AgentCore kind table.
import { extraStatements } from "../grants/extraStatements";
import { argumentNames } from "../roles/roleArguments";
import { ONLINE_EVALUATION_CONFIG } from "./agentCoreArns";
import { AgentCoreEvaluationRoleArgs, EVALUATION_ARGUMENTS } from "./agentCoreEvaluationRoleArgs";
import type { AgentCoreKindEntry } from "./agentCoreKinds";
import { evaluatedLogs } from "./capabilities/evaluatedLogs";
import { evaluationResults } from "./capabilities/evaluationResults";
import { evaluatorFunctions } from "./capabilities/evaluatorFunctions";
import { evaluatorKeys, namedEvaluators } from "./capabilities/evaluatorKeys";
import { judgeModels } from "./capabilities/runtimeModels";

/** An online evaluation's execution role (`aws.bedrock.AgentcoreOnlineEvaluationConfig.evaluationExecutionRoleArn`). @internal */
export const EVALUATION_KIND: AgentCoreKindEntry<AgentCoreEvaluationRoleArgs> = {
    kind: "evaluation",
    type: "bedrock-agent-role:index:AgentCoreEvaluationRole",
    words: {
        role: "AgentCore online evaluation role",
        resource: "online evaluation configuration",
        resources: "online evaluation configurations",
    },
    rolePrefix: "AgentCoreEvaluation_",
    inlinePolicyName: "AgentCoreEvaluationPermissions",
    trustStatementId: "AllowAgentCoreEvaluationToAssumeRole",
    arguments: EVALUATION_ARGUMENTS,
    argumentNames: argumentNames(EVALUATION_ARGUMENTS),
    argsExample:
        '{ onlineEvaluationConfigName: "support_evaluation", logGroups: ["/aws/bedrock-agentcore/runtimes/support_agent-AbCdE12345-DEFAULT"] }',
    nameArgument: "onlineEvaluationConfigName",
    // Names have no "-": AgentCore appends "-" and ten characters to make the id.
    names: { pattern: /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/, example: "support_evaluation" },
    idName: (name) => name,
    resourceRule: ONLINE_EVALUATION_CONFIG,
    sourcesBelow: [],
    // AWS's evaluation page pins the role's account as well as the source's.
    trustPinsResourceAccount: true,
    argumentSources: (args, scope) => namedEvaluators(args.evaluators, scope),
    user: {
        type: "aws:bedrock/agentcoreOnlineEvaluationConfig:AgentcoreOnlineEvaluationConfig",
        roleInput: "evaluationExecutionRoleArn",
        nameInput: "onlineEvaluationConfigName",
    },
    capabilities: [
        evaluatedLogs,
        evaluationResults,
        judgeModels,
        evaluatorFunctions,
        evaluatorKeys,
        extraStatements,
    ],
};
