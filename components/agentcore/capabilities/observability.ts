import type * as pulumi from "@pulumi/pulumi";
import { optionalBoolean } from "../../iam/argumentTypes";
import { statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** Whether the runtime writes its own logs, traces and metrics. */
export interface ObservabilityArgs {
    /**
     * Whether the runtime may write its logs (its own log groups only), X-Ray traces and metrics
     * (in the `bedrock-agentcore` namespace only). Defaults to true.
     */
    observability?: pulumi.Input<boolean>;
}

/** The metrics namespace AgentCore runtimes write to. */
const METRICS_NAMESPACE = "bedrock-agentcore";

/**
 * Observability: `CreateLogGroup` and `DescribeLogStreams` on the runtime's log groups
 * (`/aws/bedrock-agentcore/runtimes/<runtime id>-<endpoint>`, created on first invoke; the ids
 * of this runtime's name only), `CreateLogStream` and
 * `PutLogEvents` on their streams; the four X-Ray actions, which IAM authorizes against `*` only;
 * `cloudwatch:PutMetricData` on `*` (it has no resource type) in the `bedrock-agentcore`
 * namespace only.
 * @internal
 */
export const observability: AgentCoreCapability<ObservabilityArgs> = {
    grant(args, context) {
        if (optionalBoolean("observability", args.observability) === false) {
            return noGrants();
        }
        const { partition, region, account } = context.environment;
        const logGroups = `arn:${partition}:logs:${region}:${account}:log-group:/aws/bedrock-agentcore/runtimes/${context.resourceIds}-*`;
        return {
            identity: [
                statement({
                    Sid: "CreateRuntimeLogGroups",
                    Effect: "Allow",
                    Action: ["logs:CreateLogGroup", "logs:DescribeLogStreams"],
                    Resource: [logGroups],
                }),
                statement({
                    Sid: "WriteRuntimeLogs",
                    Effect: "Allow",
                    Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                    Resource: [`${logGroups}:log-stream:*`],
                }),
                statement({
                    Sid: "WriteTraces",
                    Effect: "Allow",
                    Action: [
                        "xray:GetSamplingRules",
                        "xray:GetSamplingTargets",
                        "xray:PutTelemetryRecords",
                        "xray:PutTraceSegments",
                    ],
                    Resource: ["*"],
                }),
                statement({
                    Sid: "WriteRuntimeMetrics",
                    Effect: "Allow",
                    Action: ["cloudwatch:PutMetricData"],
                    Resource: ["*"],
                    Condition: { StringEquals: { "cloudwatch:namespace": [METRICS_NAMESPACE] } },
                }),
            ],
            keyPolicy: [],
        };
    },
};
