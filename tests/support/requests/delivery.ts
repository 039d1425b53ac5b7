// The requests of log and trace delivery, as AWS presents them: the deployer's, creating a memory's
// delivery source, destination and delivery; and delivery.logs.amazonaws.com's, writing to the
// destination under its resource policy. Written from CloudWatch Logs' V2 pages, the Service
// Authorization Reference and the fixture's names (memory mem_a, id mem_a-ZyXwV09876; sources
// mem_a-logs and mem_a-traces), never from the package's statements; joined into
// tests/support/awsRequests.ts's table.
import { allowed, AwsRequest, Citation, neighbour, RowSpec } from "./requestRows";
import { ACCOUNT, OTHER_ACCOUNT } from "../iamEvaluation";

const CWL = "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs";
const PAGES = {
    v2: `${CWL}/AWS-vended-logs-permissions-V2.html`,
    toLogGroup: `${CWL}/AWS-logs-infrastructure-V2-CloudWatchLogs.html`,
    toBucket: `${CWL}/AWS-logs-infrastructure-V2-S3.html`,
    toXray: `${CWL}/AWS-logs-infrastructure-V2-XRayTraces.html`,
    serviceSpecific: `${CWL}/AWS-logs-infrastructure-V2-service-specific.html`,
    logsActions:
        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchlogs.html",
    agentCoreActions:
        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrockagentcore.html",
    xrayActions: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsx-ray.html",
    xrayPolicy: "https://docs.aws.amazon.com/xray/latest/api/API_PutResourcePolicy.html",
    observability:
        "https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/observability-configure.html",
};

/** The memory whose logs and traces are delivered, and another memory's (a neighbour). */
export const DELIVERING_MEMORY = `arn:aws:bedrock-agentcore:us-east-1:${ACCOUNT}:memory/mem_a-ZyXwV09876`;
const OTHER_MEMORY = `arn:aws:bedrock-agentcore:us-east-1:${ACCOUNT}:memory/mem_b-ZyXwV09876`;
const logs = (resource: string, account = ACCOUNT) => `arn:aws:logs:us-east-1:${account}:${resource}`;
/** The log group the console names for a memory's application logs (observability-configure). */
export const DELIVERY_LOG_GROUP = logs(
    "log-group:/aws/vendedlogs/bedrock-agentcore/memory/APPLICATION_LOGS/mem_a-ZyXwV09876",
);
const OTHER_LOG_GROUP = logs(
    "log-group:/aws/vendedlogs/bedrock-agentcore/memory/APPLICATION_LOGS/mem_b-ZyXwV09876",
);
/** The bucket the memory's logs go to. */
export const DELIVERY_BUCKET = "mem-a-delivered-logs";
/** The X-Ray resource policy's name, as the fixture gives it to aws.xray.ResourcePolicy. */
export const TRACE_POLICY_NAME = "AgentCore-memory-mem_a-traces";

const USER_POLICY: Citation = {
    url: PAGES.toLogGroup,
    shows: 'the user policy: logs:PutDeliverySource, PutDeliveryDestination, CreateDelivery and the Get/Delete actions on "delivery-source:*", "delivery-destination:*" and "delivery:*" of the account',
};
const put = (
    at: string,
    action: "PutDeliverySource" | "PutDeliveryDestination",
    resource: string,
    context: RowSpec["context"],
    shows: string,
    row = allowed,
) =>
    row({
        at,
        principal: "deployer",
        action: `logs:${action}`,
        resource,
        context,
        source: { url: PAGES.logsActions, shows: `${shows}; ${USER_POLICY.shows} (${USER_POLICY.url})` },
    });
const SOURCE_KEY =
    "PutDeliverySource: resource type delivery-source (arn:${Partition}:logs:${Region}:${Account}:delivery-source:${DeliverySourceName}), condition key logs:LogGeneratingResourceArns (ArrayOfARN): the source's resourceArn";
const DESTINATION_KEY =
    "PutDeliveryDestination: resource type delivery-destination, condition key logs:DeliveryDestinationResourceArn (ARN): the destination's destinationResourceArn";
const generating = (arn: string) => ({ "logs:LogGeneratingResourceArns": [arn] });
const toGroup = (arn: string) => ({ "logs:DeliveryDestinationResourceArn": arn });
const DELIVERY: Citation = {
    url: PAGES.logsActions,
    shows: "CreateDelivery requires the delivery, delivery-destination and delivery-source resource types: the request names all three",
    unconfirmed:
        "the delivery id's form: AWS generates it (CreateDelivery returns delivery.id); any id of the account's deliveries stands for it",
};

/** What the deployer of a memory delivering its logs to a log group and its traces to X-Ray asks. */
export const DELIVERY_DEPLOYER_REQUESTS: AwsRequest[] = [
    put(
        "agentcore.logDelivery.deployer.createSource",
        "PutDeliverySource",
        logs("delivery-source:mem_a-logs"),
        generating(DELIVERING_MEMORY),
        SOURCE_KEY,
    ),
    put(
        "agentcore.logDelivery.deployer.createSourceOfOtherMemory",
        "PutDeliverySource",
        logs("delivery-source:mem_a-logs"),
        generating(OTHER_MEMORY),
        SOURCE_KEY,
        neighbour,
    ),
    put(
        "agentcore.logDelivery.deployer.createSourceWithoutResource",
        "PutDeliverySource",
        logs("delivery-source:mem_a-logs"),
        {},
        SOURCE_KEY,
        neighbour,
    ),
    put(
        "agentcore.logDelivery.deployer.createOtherSource",
        "PutDeliverySource",
        logs("delivery-source:mem_b-logs"),
        generating(DELIVERING_MEMORY),
        SOURCE_KEY,
        neighbour,
    ),
    allowed({
        at: "agentcore.logDelivery.deployer.gate",
        principal: "deployer",
        action: "bedrock-agentcore:AllowVendedLogDeliveryForResource",
        resource: DELIVERING_MEMORY,
        source: {
            url: PAGES.serviceSpecific,
            shows: `some services require "<service>:AllowVendedLogDeliveryForResource" on the resources that vend logs; the Service Authorization Reference (${PAGES.agentCoreActions}) lists AgentCore's with resource type memory (required)`,
        },
    }),
    neighbour({
        at: "agentcore.logDelivery.deployer.gateOfOtherMemory",
        principal: "deployer",
        action: "bedrock-agentcore:AllowVendedLogDeliveryForResource",
        resource: OTHER_MEMORY,
        source: { url: PAGES.serviceSpecific, shows: "the same gate, on another memory" },
    }),
    put(
        "agentcore.logDelivery.deployer.createDestination",
        "PutDeliveryDestination",
        logs("delivery-destination:mem_a-logs-cwl"),
        toGroup(DELIVERY_LOG_GROUP),
        DESTINATION_KEY,
    ),
    put(
        "agentcore.logDelivery.deployer.createDestinationToOtherGroup",
        "PutDeliveryDestination",
        logs("delivery-destination:mem_a-logs-cwl"),
        toGroup(OTHER_LOG_GROUP),
        DESTINATION_KEY,
        neighbour,
    ),
    put(
        "agentcore.logDelivery.deployer.createOtherDestination",
        "PutDeliveryDestination",
        logs("delivery-destination:mem_b-logs-cwl"),
        toGroup(DELIVERY_LOG_GROUP),
        DESTINATION_KEY,
        neighbour,
    ),
    ...[
        ["delivery", logs("delivery:AbCdEfGhIjKlMnOp")],
        ["source", logs("delivery-source:mem_a-logs")],
        ["destination", logs("delivery-destination:mem_a-logs-cwl")],
    ].map(([which, resource]) =>
        allowed({
            at: `agentcore.logDelivery.deployer.createDelivery.${which}`,
            principal: "deployer",
            action: "logs:CreateDelivery",
            resource,
            source: DELIVERY,
        }),
    ),
    neighbour({
        at: "agentcore.logDelivery.deployer.createDeliveryOfOtherSource",
        principal: "deployer",
        action: "logs:CreateDelivery",
        resource: logs("delivery-source:mem_b-logs"),
        source: DELIVERY,
    }),
    ...[TRACE_POLICY_NAME, "AnyOtherPolicy"].map((name, i) =>
        (i === 0 ? allowed : neighbour)({
            at: `agentcore.logDelivery.deployer.${i === 0 ? "tracePolicy" : "otherTracePolicy"}`,
            principal: "deployer",
            action: "xray:PutResourcePolicy",
            resource: "*",
            context: { "xray:ResourcePolicyName": name },
            source: {
                url: PAGES.xrayActions,
                shows: `PutResourcePolicy: no resource type, condition key xray:ResourcePolicyName; the policy's name is PolicyName (${PAGES.xrayPolicy}); the X-Ray page's user policy grants xray:PutResourcePolicy (${PAGES.toXray})`,
            },
        }),
    ),
];

const delivered = (sourceName: string, account = ACCOUNT) => ({
    "aws:SourceAccount": account,
    "aws:SourceArn": logs(`delivery-source:${sourceName}`, account),
});
const LOG_GROUP_POLICY: Citation = {
    url: PAGES.toLogGroup,
    shows: 'the log group\'s policy: Principal delivery.logs.amazonaws.com, logs:CreateLogStream and logs:PutLogEvents on "log-group:my-log-group:log-stream:*", aws:SourceAccount the account, aws:SourceArn "arn:aws:logs:us-east-1:0123456789:*"',
    unconfirmed:
        "that delivery.logs sends the delivery source's ARN as aws:SourceArn when writing to a log group: the X-Ray page shows it (ArnLike aws:SourceArn delivery-source:xray-test), this page only the account-wide pattern; the stream's name, which the page's log-stream:* leaves open",
};
const BUCKET_POLICY: Citation = {
    url: PAGES.toBucket,
    unconfirmed: "the object key below AWSLogs/<account>/, which the page's AWSLogs/account-ID/* leaves open",
    shows: 'the bucket\'s policy: AWSLogDeliveryAclCheck (s3:GetBucketAcl on the bucket) and AWSLogDeliveryWrite (s3:PutObject on "my-bucket/AWSLogs/account-ID/*" with s3:x-amz-acl bucket-owner-full-control), both with aws:SourceAccount and aws:SourceArn "delivery-source:*" of the account',
};
const XRAY_POLICY: Citation = {
    url: PAGES.toXray,
    shows: 'X-Ray\'s resource policy for an AgentCore memory: xray:PutTraceSegments on "*", aws:SourceAccount the account, ForAllValues:ArnLike logs:LogGeneratingResourceArns the memory\'s ARN, ArnLike aws:SourceArn "delivery-source:xray-test"',
};
const write = (spec: Omit<RowSpec, "principal">, row = allowed) =>
    row({ ...spec, principal: "delivery.logs.amazonaws.com" });
const stream = (group: string) => `${group}:log-stream:mem_a-logs-stream-1`;

/** What delivery.logs.amazonaws.com asks of the log group, the bucket and X-Ray. */
export const DELIVERY_DESTINATION_REQUESTS: AwsRequest[] = [
    ...["logs:CreateLogStream", "logs:PutLogEvents"].flatMap((action) => [
        write({
            at: "agentcore.logDelivery.logGroup",
            action,
            resource: stream(DELIVERY_LOG_GROUP),
            context: delivered("mem_a-logs"),
            source: LOG_GROUP_POLICY,
        }),
        write(
            {
                at: "agentcore.logDelivery.logGroup.otherGroup",
                action,
                resource: stream(OTHER_LOG_GROUP),
                context: delivered("mem_a-logs"),
                source: LOG_GROUP_POLICY,
            },
            neighbour,
        ),
        write(
            {
                at: "agentcore.logDelivery.logGroup.otherAccount",
                action,
                resource: stream(DELIVERY_LOG_GROUP),
                context: { ...delivered("mem_a-logs"), "aws:SourceAccount": OTHER_ACCOUNT },
                source: LOG_GROUP_POLICY,
            },
            neighbour,
        ),
        write(
            {
                at: "agentcore.logDelivery.logGroup.otherAccountSource",
                action,
                resource: stream(DELIVERY_LOG_GROUP),
                context: delivered("mem_a-logs", OTHER_ACCOUNT),
                source: LOG_GROUP_POLICY,
            },
            neighbour,
        ),
    ]),
    write({
        at: "agentcore.logDelivery.bucket",
        action: "s3:PutObject",
        resource: `arn:aws:s3:::${DELIVERY_BUCKET}/AWSLogs/${ACCOUNT}/bedrock-agentcore/mem_a-logs.log.gz`,
        context: { ...delivered("mem_a-logs"), "s3:x-amz-acl": "bucket-owner-full-control" },
        source: BUCKET_POLICY,
    }),
    write(
        {
            at: "agentcore.logDelivery.bucket.otherPrefix",
            action: "s3:PutObject",
            resource: `arn:aws:s3:::${DELIVERY_BUCKET}/AWSLogs/${OTHER_ACCOUNT}/bedrock-agentcore/mem_a-logs.log.gz`,
            context: { ...delivered("mem_a-logs"), "s3:x-amz-acl": "bucket-owner-full-control" },
            source: BUCKET_POLICY,
        },
        neighbour,
    ),
    write(
        {
            at: "agentcore.logDelivery.bucket.withoutAcl",
            action: "s3:PutObject",
            resource: `arn:aws:s3:::${DELIVERY_BUCKET}/AWSLogs/${ACCOUNT}/bedrock-agentcore/mem_a-logs.log.gz`,
            context: delivered("mem_a-logs"),
            source: BUCKET_POLICY,
        },
        neighbour,
    ),
    write(
        {
            at: "agentcore.logDelivery.bucket.otherAccount",
            action: "s3:PutObject",
            resource: `arn:aws:s3:::${DELIVERY_BUCKET}/AWSLogs/${ACCOUNT}/bedrock-agentcore/mem_a-logs.log.gz`,
            context: {
                ...delivered("mem_a-logs", OTHER_ACCOUNT),
                "s3:x-amz-acl": "bucket-owner-full-control",
            },
            source: BUCKET_POLICY,
        },
        neighbour,
    ),
    write({
        at: "agentcore.logDelivery.bucket",
        action: "s3:GetBucketAcl",
        resource: `arn:aws:s3:::${DELIVERY_BUCKET}`,
        context: delivered("mem_a-logs"),
        source: BUCKET_POLICY,
    }),
    write(
        {
            at: "agentcore.logDelivery.bucket.otherAccount",
            action: "s3:GetBucketAcl",
            resource: `arn:aws:s3:::${DELIVERY_BUCKET}`,
            context: delivered("mem_a-logs", OTHER_ACCOUNT),
            source: BUCKET_POLICY,
        },
        neighbour,
    ),
    write({
        at: "agentcore.logDelivery.xray",
        action: "xray:PutTraceSegments",
        resource: "*",
        context: { ...delivered("mem_a-traces"), ...generating(DELIVERING_MEMORY) },
        source: XRAY_POLICY,
    }),
    write(
        {
            at: "agentcore.logDelivery.xray.otherMemory",
            action: "xray:PutTraceSegments",
            resource: "*",
            context: { ...delivered("mem_a-traces"), ...generating(OTHER_MEMORY) },
            source: XRAY_POLICY,
        },
        neighbour,
    ),
    write(
        {
            at: "agentcore.logDelivery.xray.otherSource",
            action: "xray:PutTraceSegments",
            resource: "*",
            context: { ...delivered("mem_b-traces"), ...generating(DELIVERING_MEMORY) },
            source: XRAY_POLICY,
        },
        neighbour,
    ),
    write(
        {
            at: "agentcore.logDelivery.xray.otherAccount",
            action: "xray:PutTraceSegments",
            resource: "*",
            context: {
                ...delivered("mem_a-traces"),
                ...generating(DELIVERING_MEMORY),
                "aws:SourceAccount": OTHER_ACCOUNT,
            },
            source: XRAY_POLICY,
        },
        neighbour,
    ),
];
