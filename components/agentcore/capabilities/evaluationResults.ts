import { statement } from "../../iam/policyDocument";
import type { AgentCoreCapability } from "./agentCoreCapability";

/**
 * The results of an online evaluation: `CreateLogGroup` on its dedicated results log group
 * (`/aws/bedrock-agentcore/evaluations/results/<configuration id>`, which the service creates;
 * the ids of this configuration's name only), `CreateLogStream` and `PutLogEvents` on its streams.
 * Scores reach CloudWatch metrics as embedded metric format in those events, so no
 * `cloudwatch:PutMetricData`. AWS's page grants `/aws/bedrock-agentcore/evaluations/*`: every
 * configuration's results. Takes no argument: Pulumi cannot set another destination.
 * @internal
 */
export const evaluationResults: AgentCoreCapability<object> = {
    grant(_args, context) {
        const { partition, region, account } = context.environment;
        const group = `arn:${partition}:logs:${region}:${account}:log-group:/aws/bedrock-agentcore/evaluations/results/${context.resourceIds}`;
        return {
            identity: [
                statement({
                    Sid: "CreateResultsLogGroup",
                    Effect: "Allow",
                    Action: ["logs:CreateLogGroup"],
                    Resource: [group, `${group}:*`],
                }),
                statement({
                    Sid: "WriteResults",
                    Effect: "Allow",
                    Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                    Resource: [`${group}:log-stream:*`],
                }),
            ],
            keyPolicy: [],
        };
    },
};
