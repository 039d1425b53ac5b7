// AgentCore memory `support_memory` (id support_memory-AbCdE12345): trust, override models (one on
// demand, one through the US profile), two self-managed strategies (one with an encrypted topic and
// bucket), an encrypted record stream, and the memory's own key as the deployer uses it; and AWS's
// form of the same requests for a memory, topic, bucket or stream whose name extends ours.
import { MODEL_ROUTES } from "../fixtures";
import {
    agentCoreArn,
    BUCKET_KEY,
    MEMORY_KEY,
    MEMORY_PLAIN_TOPIC,
    MEMORY_STREAM,
    MEMORY_TOPIC,
    STREAM_KEY,
    TOPIC_KEY,
} from "../agentCoreFixtures";
import { ACCOUNT, bedrockArn } from "../iamEvaluation";
import { allowed, AwsRequest, Citation, neighbour, THE_ROLE, AGENTCORE_GUIDE } from "./requestRows";

const PAGES = {
    customStrategies: `${AGENTCORE_GUIDE}/long-term-configuring-custom-strategies.html`,
    selfManaged: `${AGENTCORE_GUIDE}/memory-self-managed-strategies.html`,
    recordStreaming: `${AGENTCORE_GUIDE}/memory-record-streaming.html`,
    storageEncryption: `${AGENTCORE_GUIDE}/storage-encryption.html`,
    createMemory:
        "https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateMemory.html",
    profilesPrereq: "https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-prereq.html",
    snsKeys: "https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html",
    snsContext: "https://docs.aws.amazon.com/gamelift/latest/flexmatchguide/queue-notification-sns-sse.html",
    s3Keys: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html",
    kinesisKeys: "https://docs.aws.amazon.com/streams/latest/dev/permissions-user-key-KMS.html",
    kmsViaService:
        "https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-via-service",
};

const AGENTCORE = "bedrock-agentcore.amazonaws.com";
const MEMORY = agentCoreArn("memory/support_memory-AbCdE12345");
/** A memory named `support_memory_v2`: CreateMemory's names allow `_`, so it extends ours. */
const V2_MEMORY = agentCoreArn("memory/support_memory_v2-AbCdE12345");
const NEIGHBOUR_NAME: Citation = {
    url: PAGES.createMemory,
    shows: "name [a-zA-Z][a-zA-Z0-9_]{0,47}: memory support_memory_v2 gets the id support_memory_v2-<ten characters>",
};
const inAccount = { "aws:ResourceAccount": ACCOUNT };
/** A payload's key: AgentCore chooses it, and the notification names it (s3PayloadLocation). */
const PAYLOAD = "arn:aws:s3:::memory-payloads/support_memory-AbCdE12345/extraction/0001.json";
const PAYLOAD_KEY_UNCONFIRMED =
    "AgentCore chooses the payload's object key and names it in the notification (s3PayloadLocation); the page shows no key, so this one is an example";
const US_PROFILE = bedrockArn(`inference-profile/us.${MODEL_ROUTES.sonnet}`);
const US_DESTINATIONS = ["us-east-1", "us-east-2", "us-west-2"];
const MODEL_STREAMING_UNCONFIRMED =
    "AWS's memory policy grants InvokeModel and InvokeModelWithResponseStream; which of the two AgentCore calls for an override is not documented";

const viaSns = { "kms:ViaService": "sns.us-east-1.amazonaws.com" };
const viaS3 = { "kms:ViaService": "s3.us-east-1.amazonaws.com" };
const viaAgentCore = { "kms:ViaService": "bedrock-agentcore.us-east-1.amazonaws.com" };
const forTopic = (topic: string) => ({ "kms:EncryptionContext:aws:sns:topicArn": topic });
const forStream = (stream: string) => ({ "kms:EncryptionContext:aws:kinesis:arn": stream });

const SNS_KEY: Citation = {
    url: PAGES.snsKeys,
    shows: "publishers to an encrypted topic need kms:GenerateDataKey and kms:Decrypt on its key; SNS names the topic in the encryption context, aws:sns:topicArn",
    unconfirmed: `the context key's form is shown on ${PAGES.snsContext} (kms:EncryptionContext:aws:sns:topicArn = the topic's ARN); kms:ViaService = sns.<region>.amazonaws.com is KMS's form for a service calling with its caller's credentials (${PAGES.kmsViaService})`,
};
const S3_KEY: Citation = {
    url: PAGES.s3Keys,
    shows: "uploading an object encrypted with a KMS key needs kms:GenerateDataKey; S3 uses the object's ARN as the encryption context (aws:s3:arn), or the bucket's with S3 Bucket Keys",
    unconfirmed: "the S3 page was not re-read for this round (agentcore-iam-facts, round 3, section 6)",
};

export const MEMORY_REQUESTS: AwsRequest[] = [
    allowed({
        at: "agentcore.memory.trust",
        principal: AGENTCORE,
        action: "sts:AssumeRole",
        resource: THE_ROLE,
        context: { "aws:SourceAccount": ACCOUNT, "aws:SourceArn": MEMORY },
        source: {
            url: PAGES.customStrategies,
            shows: 'memory execution role trust: bedrock-agentcore.amazonaws.com, "aws:SourceAccount": "<account>", "aws:SourceArn": "arn:aws:bedrock-agentcore:<region>:<account>:*"',
            unconfirmed:
                "AWS's trust admits any AgentCore resource of the account (memory/* on the self-managed page); that the ARN presented is the memory's own rests on CDK's shipped memory/<name>* trust (agentcore-iam-facts-2.md)",
        },
    }),
    neighbour({
        at: "agentcore.memory.trust",
        principal: AGENTCORE,
        action: "sts:AssumeRole",
        resource: THE_ROLE,
        context: { "aws:SourceAccount": ACCOUNT, "aws:SourceArn": V2_MEMORY },
        source: NEIGHBOUR_NAME,
    }),
    ...["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"].flatMap((action) => [
        allowed({
            at: "agentcore.memory.model.onDemand",
            principal: "role",
            action,
            resource: "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0",
            source: {
                url: PAGES.customStrategies,
                shows: 'the override\'s model is invoked "in your account on your behalf": bedrock:InvokeModel on arn:aws:bedrock:*::foundation-model/*',
                ...(action.endsWith("Stream") ? { unconfirmed: MODEL_STREAMING_UNCONFIRMED } : {}),
            },
        }),
        allowed({
            at: "agentcore.memory.model.profile",
            principal: "role",
            action,
            resource: US_PROFILE,
            source: {
                url: PAGES.customStrategies,
                shows: "bedrock:InvokeModel on arn:aws:bedrock:*:*:inference-profile/*: an override's modelId may be an inference profile",
                ...(action.endsWith("Stream") ? { unconfirmed: MODEL_STREAMING_UNCONFIRMED } : {}),
            },
        }),
        ...US_DESTINATIONS.map((region) =>
            allowed({
                at: `agentcore.memory.model.destination.${region}`,
                principal: "role",
                action,
                resource: `arn:aws:bedrock:${region}::foundation-model/${MODEL_ROUTES.sonnet}`,
                context: { "bedrock:InferenceProfileArn": US_PROFILE },
                source: {
                    url: PAGES.profilesPrereq,
                    shows: "you must also specify the foundation model in each Region associated with the profile; to invoke it only through the profile, condition it on bedrock:InferenceProfileArn",
                    unconfirmed: `the destinations of the US profile from us-east-1 (${US_DESTINATIONS.join(", ")}) are those the package's table lists; GetInferenceProfile answers for a deployment`,
                },
            }),
        ),
    ]),
    ...["sns:Publish", "sns:GetTopicAttributes"].flatMap((action) =>
        [MEMORY_TOPIC, MEMORY_PLAIN_TOPIC].map((topic) =>
            allowed({
                at: `agentcore.memory.selfManaged.topic.${topic.split(":").pop()}`,
                principal: "role",
                action,
                resource: topic,
                source: {
                    url: PAGES.selfManaged,
                    shows: "the execution role: sns:GetTopicAttributes and sns:Publish on the strategy's SNS topic",
                },
            }),
        ),
    ),
    neighbour({
        at: "agentcore.memory.selfManaged.topic",
        principal: "role",
        action: "sns:Publish",
        resource: `${MEMORY_TOPIC}-admin`,
        source: {
            url: PAGES.selfManaged,
            shows: "the role publishes to the strategy's own topic; memory-extraction-admin is another topic whose name extends it",
        },
    }),
    allowed({
        at: "agentcore.memory.selfManaged.bucket",
        principal: "role",
        action: "s3:PutObject",
        resource: PAYLOAD,
        context: inAccount,
        source: {
            url: PAGES.selfManaged,
            shows: "the execution role: s3:PutObject on the payload delivery bucket's objects",
            unconfirmed: PAYLOAD_KEY_UNCONFIRMED,
        },
    }),
    allowed({
        at: "agentcore.memory.selfManaged.bucket",
        principal: "role",
        action: "s3:GetBucketLocation",
        resource: "arn:aws:s3:::memory-payloads",
        context: inAccount,
        source: {
            url: PAGES.selfManaged,
            shows: "the execution role: s3:GetBucketLocation on the payload delivery bucket",
        },
    }),
    neighbour({
        at: "agentcore.memory.selfManaged.bucket",
        principal: "role",
        action: "s3:PutObject",
        resource: PAYLOAD.replace("memory-payloads/", "memory-payloads-archive/"),
        context: inAccount,
        source: {
            url: PAGES.selfManaged,
            shows: "the role writes to the strategy's own bucket; memory-payloads-archive is another bucket whose name extends it",
            unconfirmed: PAYLOAD_KEY_UNCONFIRMED,
        },
    }),
    ...["kms:GenerateDataKey", "kms:Decrypt"].map((action) =>
        allowed({
            at: "agentcore.memory.selfManaged.topicKey",
            principal: "role",
            action,
            resource: TOPIC_KEY,
            context: { ...viaSns, ...forTopic(MEMORY_TOPIC) },
            source: SNS_KEY,
        }),
    ),
    neighbour({
        at: "agentcore.memory.selfManaged.topicKey",
        principal: "role",
        action: "kms:GenerateDataKey",
        resource: TOPIC_KEY,
        context: { ...viaSns, ...forTopic(`${MEMORY_TOPIC}-admin`) },
        source: SNS_KEY,
    }),
    allowed({
        at: "agentcore.memory.selfManaged.bucketKey.object",
        principal: "role",
        action: "kms:GenerateDataKey",
        resource: BUCKET_KEY,
        context: { ...viaS3, "kms:EncryptionContext:aws:s3:arn": PAYLOAD },
        source: S3_KEY,
    }),
    allowed({
        at: "agentcore.memory.selfManaged.bucketKey.bucketKey",
        principal: "role",
        action: "kms:GenerateDataKey",
        resource: BUCKET_KEY,
        context: { ...viaS3, "kms:EncryptionContext:aws:s3:arn": "arn:aws:s3:::memory-payloads" },
        source: S3_KEY,
    }),
    neighbour({
        at: "agentcore.memory.selfManaged.bucketKey.object",
        principal: "role",
        action: "kms:GenerateDataKey",
        resource: BUCKET_KEY,
        context: {
            ...viaS3,
            "kms:EncryptionContext:aws:s3:arn": PAYLOAD.replace(
                "memory-payloads/",
                "memory-payloads-archive/",
            ),
        },
        source: S3_KEY,
    }),
    ...["kinesis:PutRecords", "kinesis:DescribeStream"].map((action) =>
        allowed({
            at: "agentcore.memory.stream",
            principal: "role",
            action,
            resource: MEMORY_STREAM,
            source: {
                url: PAGES.recordStreaming,
                shows: "the execution role: kinesis:PutRecords and kinesis:DescribeStream on the data stream; CreateMemory validates them",
            },
        }),
    ),
    neighbour({
        at: "agentcore.memory.stream",
        principal: "role",
        action: "kinesis:PutRecords",
        resource: `${MEMORY_STREAM}-archive`,
        source: {
            url: PAGES.recordStreaming,
            shows: "the role writes to the memory's own stream; memory-records-archive is another stream whose name extends it",
        },
    }),
    allowed({
        at: "agentcore.memory.streamKey",
        principal: "role",
        action: "kms:GenerateDataKey",
        resource: STREAM_KEY,
        context: forStream(MEMORY_STREAM),
        source: {
            url: PAGES.kinesisKeys,
            shows: 'producers need kms:GenerateDataKey; "Kinesis Data Streams uses the stream ARN as the encryption context in all AWS KMS calls" (aws:kinesis:arn)',
        },
    }),
    neighbour({
        at: "agentcore.memory.streamKey",
        principal: "role",
        action: "kms:GenerateDataKey",
        resource: STREAM_KEY,
        context: forStream(`${MEMORY_STREAM}-archive`),
        source: {
            url: PAGES.kinesisKeys,
            shows: "to restrict the key to requests from Kinesis for a particular stream, use kms:EncryptionContext:aws:kinesis:arn",
        },
    }),
    ...[
        "kms:CreateGrant",
        "kms:Decrypt",
        "kms:DescribeKey",
        "kms:GenerateDataKey",
        "kms:GenerateDataKeyWithoutPlaintext",
        "kms:ReEncryptFrom",
        "kms:ReEncryptTo",
    ].map((action) =>
        allowed({
            at: "agentcore.memory.deployerKey",
            principal: "deployer",
            action,
            resource: MEMORY_KEY,
            context: viaAgentCore,
            source: {
                url: PAGES.storageEncryption,
                shows: 'add to "the IAM user or role that you are using to setup memory": kms:CreateGrant, Decrypt, DescribeKey, GenerateDataKey, GenerateDataKeyWithoutPlaintext, ReEncrypt* with kms:ViaService = bedrock-agentcore.<region>.amazonaws.com',
                unconfirmed:
                    "which of these operations AgentCore calls, and when (at CreateMemory or later with the caller's credentials), the page does not say; ReEncrypt* stands for ReEncryptFrom and ReEncryptTo",
            },
        }),
    ),
];
