// What log and trace delivery takes, from CloudWatch Logs' V2 pages (CWL =
// https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/): the destination's policy for
// delivery.logs.amazonaws.com (AWS-logs-infrastructure-V2-CloudWatchLogs.html, -S3.html,
// -XRayTraces.html), and the user policy of whoever sets delivery up, the same on each page, here
// narrowed to the sources and destinations named.
import type { NamedResource } from "../../iam/arn";
import {
    Conditions,
    IdentityStatement,
    ResourceStatement,
    sortedUnique,
    statement,
} from "../../iam/policyDocument";
import { DeliveryPolicy, LOG_DELIVERY_PRINCIPAL } from "../../grants/deliveryPolicies";
import type { AgentCoreContext } from "../agentCoreArns";

/** One delivery, checked: its source, log type, destination, and where the destination delivers. @internal */
export interface Delivery {
    source: string;
    logType: string;
    destination: string;
    to: { logGroup: NamedResource } | { bucket: string } | { xray: true };
}

/** The X-Ray resource policy a resource's trace deliveries need: named after the resource, one per resource. @internal */
export const xrayPolicyName = (context: AgentCoreContext) =>
    `AgentCore-${context.kind}-${context.resourceName}-traces`;

const logsArn = (context: AgentCoreContext, resource: string) =>
    `arn:${context.environment.partition}:logs:${context.environment.region}:${context.environment.account}:${resource}`;

/**
 * The destinations' policies. Each names the account as `aws:SourceAccount`. `aws:SourceArn`: X-Ray's
 * page names the exact delivery source (`delivery-source:xray-test`), so X-Ray's policy names the
 * sources given; the S3 page names `delivery-source:*` of the account, and the CloudWatch Logs page
 * the account's every CloudWatch Logs ARN (`arn:...:logs:R:A:*`). Both get the account's delivery
 * sources (`delivery-source:*`): a delivery is always from a delivery source (the X-Ray and S3 pages
 * show it as aws:SourceArn), so the log group's is narrowed to them as issue 24 asks; that
 * delivery.logs sends it to log groups too is unconfirmed (tests/support/requests/delivery.ts).
 * @internal
 */
export function deliveryPolicies(
    deliveries: Delivery[],
    resource: string,
    context: AgentCoreContext,
): DeliveryPolicy[] {
    const { partition, account } = context.environment;
    const principal = { Service: LOG_DELIVERY_PRINCIPAL };
    const fromAccount = (sourceArns: string[]): Conditions => ({
        StringEquals: { "aws:SourceAccount": [account] },
        ArnLike: { "aws:SourceArn": sourceArns },
    });
    const anySource = [logsArn(context, "delivery-source:*")];
    const write = (Sid: string, Action: string[], Resource: string[], Condition: Conditions) =>
        statement<ResourceStatement>({
            Sid,
            Effect: "Allow",
            Principal: principal,
            Action,
            Resource,
            Condition,
        });
    const policies: DeliveryPolicy[] = [];
    const groups = new Map<string, NamedResource>();
    const buckets = new Set<string>();
    for (const { to } of deliveries) {
        if ("logGroup" in to) groups.set(to.logGroup.arn, to.logGroup);
        if ("bucket" in to) buckets.add(to.bucket);
    }
    for (const group of groups.values()) {
        policies.push({
            on: "logGroup",
            name: group.arn,
            statements: [
                write(
                    "AWSLogDeliveryWrite20150319",
                    ["logs:CreateLogStream", "logs:PutLogEvents"],
                    [`${group.arn}:log-stream:*`],
                    fromAccount(anySource),
                ),
            ],
        });
    }
    for (const bucket of buckets) {
        const bucketArn = `arn:${partition}:s3:::${bucket}`;
        const condition = fromAccount(anySource);
        policies.push({
            on: "bucket",
            name: bucket,
            statements: [
                write("AWSLogDeliveryAclCheck", ["s3:GetBucketAcl"], [bucketArn], condition),
                write("AWSLogDeliveryWrite", ["s3:PutObject"], [`${bucketArn}/AWSLogs/${account}/*`], {
                    ...condition,
                    StringEquals: {
                        ...condition.StringEquals,
                        "s3:x-amz-acl": ["bucket-owner-full-control"],
                    },
                }),
            ],
        });
    }
    const traces = deliveries
        .filter(({ to }) => "xray" in to)
        .map((d) => logsArn(context, `delivery-source:${d.source}`));
    if (traces.length > 0) {
        // ForAllValues matches a request without the key too: the Null guard requires it.
        const condition = fromAccount(traces);
        policies.push({
            on: "xray",
            name: xrayPolicyName(context),
            statements: [
                write("AWSLogDeliveryWrite", ["xray:PutTraceSegments"], ["*"], {
                    ...condition,
                    "ForAllValues:ArnLike": { "logs:LogGeneratingResourceArns": [resource] },
                    Null: { "logs:LogGeneratingResourceArns": ["false"] },
                }),
            ],
        });
    }
    return policies;
}

/**
 * What a destination's `destinationResourceArn` may be: a bucket's ARN, or a log group's in both
 * the forms its ARN is written in (`aws.cloudwatch.LogGroup.arn` without `:*`, DescribeLogGroups with it).
 */
function destinationArns(to: Delivery["to"], partition: string): string[] {
    if ("logGroup" in to) {
        return [to.logGroup.arn, `${to.logGroup.arn}:*`];
    }
    return "bucket" in to ? [`arn:${partition}:s3:::${to.bucket}`] : [];
}

/**
 * The deployer's statements: AWS's user policy narrowed to the sources and destinations named
 * (each source on this resource only, by `logs:LogGeneratingResourceArns`; each log group or bucket
 * destination pinned by `logs:DeliveryDestinationResourceArn`), the source service's own gate on the
 * resource, and X-Ray's policy by its name. Not `logs:PutResourcePolicy`, which has no resource type
 * (any log group's), nor `s3:PutBucketPolicy`, which replaces a bucket's policy whole: the
 * destination's owner attaches those.
 * Not the `DeliveryDestinationPolicy` actions, which cross-account delivery alone needs.
 * @internal
 */
export function deliveryDeployerStatements(
    deliveries: Delivery[],
    resource: string,
    context: AgentCoreContext,
): IdentityStatement[] {
    const { partition } = context.environment;
    const sources = sortedUnique(deliveries.map((d) => logsArn(context, `delivery-source:${d.source}`)));
    const destinationsOf = (of: Delivery[]) =>
        sortedUnique(of.map((d) => logsArn(context, `delivery-destination:${d.destination}`)));
    const destinations = destinationsOf(deliveries);
    const pinned = deliveries.filter(({ to }) => !("xray" in to));
    const xrayDestinations = deliveries.filter(({ to }) => "xray" in to);
    const allow = (Sid: string, actions: string[], Resource: string[], Condition?: Conditions) =>
        statement<IdentityStatement>({
            Sid,
            Effect: "Allow",
            Action: actions.map((a) => (a.includes(":") ? a : `logs:${a}`)),
            Resource,
            ...(Condition ? { Condition } : {}),
        });
    const statements = [
        // ForAllValues matches a request without the key too: the Null guard requires it.
        allow("CreateLogDeliverySources", ["PutDeliverySource"], sources, {
            "ForAllValues:ArnLike": { "logs:LogGeneratingResourceArns": [resource] },
            Null: { "logs:LogGeneratingResourceArns": ["false"] },
        }),
        // DeleteDeliverySource deletes the source it names; the Service Authorization Reference
        // lists it with the delivery-destination resource type only, which the API does not name.
        allow("ManageLogDeliverySources", ["GetDeliverySource", "DeleteDeliverySource"], sources),
        // The CloudWatch Logs service-specific page: "<service>:AllowVendedLogDeliveryForResource"
        // on the resources that vend logs (the reference lists AgentCore's on memories only).
        allow("AllowVendedLogDelivery", ["bedrock-agentcore:AllowVendedLogDeliveryForResource"], [resource]),
        ...(pinned.length > 0
            ? [
                  allow("CreateLogDeliveryDestinations", ["PutDeliveryDestination"], destinationsOf(pinned), {
                      ArnEquals: {
                          "logs:DeliveryDestinationResourceArn": pinned.flatMap(({ to }) =>
                              destinationArns(to, partition),
                          ),
                      },
                  }),
              ]
            : []),
        // An X-Ray destination names no resource, so nothing pins it but its name.
        ...(xrayDestinations.length > 0
            ? [
                  allow(
                      "CreateTraceDeliveryDestinations",
                      ["PutDeliveryDestination"],
                      destinationsOf(xrayDestinations),
                  ),
              ]
            : []),
        allow(
            "ManageLogDeliveryDestinations",
            ["GetDeliveryDestination", "DeleteDeliveryDestination"],
            destinations,
        ),
        // A delivery's id is AWS's (CreateDelivery requires all three resource types).
        allow(
            "CreateLogDeliveries",
            ["CreateDelivery", "UpdateDeliveryConfiguration"],
            [logsArn(context, "delivery:*"), ...sources, ...destinations],
        ),
        allow("ManageLogDeliveries", ["GetDelivery", "DeleteDelivery"], [logsArn(context, "delivery:*")]),
        allow(
            "DescribeLogDeliveries",
            [
                "DescribeConfigurationTemplates",
                "DescribeDeliveries",
                "DescribeDeliveryDestinations",
                "DescribeDeliverySources",
            ],
            ["*"],
        ),
    ];
    if (xrayDestinations.length > 0) {
        statements.push(
            allow(
                "WriteTraceDeliveryPolicy",
                ["xray:PutResourcePolicy", "xray:DeleteResourcePolicy"],
                ["*"],
                { StringEquals: { "xray:ResourcePolicyName": [xrayPolicyName(context)] } },
            ),
            allow(
                "ReadTraceDeliveryPolicies",
                ["xray:ListResourcePolicies", "xray:GetTraceSegmentDestination"],
                ["*"],
            ),
        );
    }
    return statements;
}
