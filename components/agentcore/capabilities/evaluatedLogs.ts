import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../../iam/argumentError";
import { optionalBoolean, optionalStrings } from "../../iam/argumentTypes";
import { ArnRule, arnFor, idOrArn } from "../../iam/arn";
import { sortedUnique, statement } from "../../iam/policyDocument";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The log groups an online evaluation reads its agent's traces from. */
export interface EvaluatedLogsArgs {
    /**
     * The log groups the configuration reads, by name or ARN, as its
     * `dataSourceConfig.cloudwatchLogs.logGroupNames` names them: for a runtime,
     * `/aws/bedrock-agentcore/runtimes/<runtime id>-<endpoint>`. The role may query these only.
     */
    logGroups: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Whether the agent's spans are in CloudWatch Transaction Search's `aws/spans` log group, which
     * the role then queries and indexes. Defaults to true; false when the runtime writes its spans
     * to its own log group (`UNIFIED_TRACES_DESTINATION_ENABLED=true`).
     */
    transactionSearchSpans?: pulumi.Input<boolean>;
}

/** A CloudWatch Logs log group, by name (`[.\-_/#A-Za-z0-9]{1,512}`, CreateLogGroup) or ARN. @internal */
export const LOG_GROUP: ArnRule = {
    service: "logs",
    resourcePrefix: "log-group:",
    resource: /^[.\-_/#A-Za-z0-9]{1,512}$/,
    scope: "regional",
    exampleResource: "/aws/bedrock-agentcore/runtimes/support_agent-AbCdE12345-DEFAULT",
};

/** The log group Transaction Search writes spans to. */
const SPANS = "aws/spans";

/**
 * A log group's ARN in both forms CloudWatch Logs authorizes against: the SAR's
 * `log-group:<name>` and the `log-group:<name>:*` AWS's own policies name (the evaluation page's
 * for `aws/spans`, the Logs Insights pages' for StartQuery and GetQueryResults).
 */
const bothForms = (arn: string) => [arn, `${arn}:*`];

/**
 * The traces an online evaluation reads: `logs:StartQuery` and `logs:GetQueryResults` on the log
 * groups named and on `aws/spans`, `logs:DescribeLogGroups`, and, to index `aws/spans`,
 * `DescribeIndexPolicies` and `PutIndexPolicy`. These three have no resource type in IAM's service
 * reference, so they are granted on `*`: AWS's evaluation page scopes the index actions to
 * `aws/spans`, which, if the reference is right, matches no request. Never `FilterLogEvents` or
 * `GetLogEvents`, which AWS's page does not give the role.
 * @internal
 */
export const evaluatedLogs: AgentCoreCapability<EvaluatedLogsArgs> = {
    grant(args, context) {
        const groups = optionalStrings("logGroups", args.logGroups, LOG_GROUP.exampleResource).map(
            (group, i) => idOrArn(`logGroups[${i}]`, group, LOG_GROUP, context),
        );
        if (groups.length === 0) {
            throw new ArgumentError(
                "logGroups",
                "is required: name the log groups the online evaluation configuration reads (its dataSourceConfig.cloudwatchLogs.logGroupNames)",
                `[${LOG_GROUP.exampleResource}]`,
            );
        }
        const spans = optionalBoolean("transactionSearchSpans", args.transactionSearchSpans) ?? true;
        const spansGroup = arnFor(LOG_GROUP, context, SPANS);
        const read = sortedUnique([...groups, ...(spans ? [spansGroup] : [])].flatMap(bothForms));
        return {
            identity: [
                statement({
                    Sid: "QueryEvaluatedLogGroups",
                    Effect: "Allow",
                    Action: ["logs:GetQueryResults", "logs:StartQuery"],
                    Resource: read,
                }),
                statement({
                    Sid: "DescribeLogGroups",
                    Effect: "Allow",
                    Action: ["logs:DescribeLogGroups"],
                    Resource: ["*"],
                }),
                ...(spans
                    ? [
                          statement({
                              Sid: "IndexSpans",
                              Effect: "Allow",
                              Action: ["logs:DescribeIndexPolicies", "logs:PutIndexPolicy"],
                              Resource: ["*"],
                          }),
                      ]
                    : []),
            ],
            keyPolicy: [],
        };
    },
};
