import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../../iam/argumentError";
import { mapArgument, optionalList, stringArgument } from "../../iam/argumentTypes";
import { arnFor, ArnRule, namedResource, NamedResource } from "../../iam/arn";
import type { ArnScope } from "../../iam/awsEnvironment";
import { sortedUnique, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { optionalKmsKey } from "../../grants/keys";
import { bucketNameProblem, S3_OBJECT, s3ObjectsStatement } from "../../grants/s3Objects";
import type { AgentCoreCapability } from "./agentCoreCapability";
import { deliveryKeyGrants, EncryptedDelivery } from "./deliveryKeys";

/**
 * Where a self-managed strategy's extraction jobs go, as `aws.bedrock.AgentcoreMemoryStrategy`
 * takes them (`configuration.selfManagedConfiguration.invocationConfiguration`): the topic AgentCore
 * notifies and the bucket it delivers the payloads to, each with its KMS key when encrypted.
 */
export interface SelfManagedStrategyArgs {
    /** The SNS topic AgentCore publishes to (`topicArn`), by ARN or name, in the memory's account and region. */
    topicArn: pulumi.Input<string>;
    /** The bucket AgentCore writes the payloads to (`payloadDeliveryBucketName`), in the memory's account. */
    bucket: pulumi.Input<string>;
    /** The KMS key the topic is encrypted with (its `KmsMasterKeyId`), by id or ARN: used only through SNS, for this topic. */
    topicKey?: pulumi.Input<string>;
    /** The KMS key of the bucket's default SSE-KMS encryption, by id or ARN: used only through S3, for this bucket. */
    bucketKey?: pulumi.Input<string>;
}

/** The self-managed strategies of the memory. */
export interface SelfManagedStrategiesArgs {
    /**
     * The memory's self-managed strategies: each one's topic and payload bucket (and their keys).
     * AgentCore chooses the payloads' object keys, so the bucket is granted whole: give each
     * strategy a bucket of its own.
     */
    selfManagedStrategies?: pulumi.Input<pulumi.Input<SelfManagedStrategyArgs>[]>;
}

/** An SNS topic of the memory's account and region (SNS CreateTopic: 1 to 256 of A-Z a-z 0-9 _ -, `.fifo` for FIFO). */
export const SNS_TOPIC: ArnRule = {
    service: "sns",
    resourcePrefix: "",
    resource: /^[A-Za-z0-9_-]{1,256}(\.fifo)?$/,
    scope: "regional",
    exampleResource: "memory-extraction",
};

const EXAMPLE =
    '[{ topicArn: "arn:aws:sns:us-east-1:123456789012:memory-extraction", bucket: "memory-payloads" }]';

/** A bucket name S3 accepts, as given to `argument`. */
function bucketName(argument: string, value: unknown): string {
    const bucket = stringArgument(argument, value, "memory-payloads");
    const problem = bucketNameProblem(bucket);
    if (problem) {
        throw new ArgumentError(argument, `"${bucket}" ${problem}`, "memory-payloads");
    }
    return bucket;
}

/** One strategy's delivery, checked: its topic, bucket and their keys. */
interface Delivery {
    topic: NamedResource;
    bucketArn: string;
    topicKey?: NamedResource;
    bucketKey?: NamedResource;
}

function delivery(argument: string, value: unknown, scope: ArnScope): Delivery {
    const fields = mapArgument(argument, value, ["topicArn", "bucket", "topicKey", "bucketKey"], EXAMPLE);
    const topic = stringArgument(
        `${argument}.topicArn`,
        fields.topicArn,
        arnFor(SNS_TOPIC, scope, "memory-extraction"),
    );
    return {
        topic: namedResource(`${argument}.topicArn`, topic, SNS_TOPIC, scope),
        bucketArn: arnFor(S3_OBJECT, scope, bucketName(`${argument}.bucket`, fields.bucket)),
        topicKey: optionalKmsKey(`${argument}.topicKey`, fields.topicKey, scope),
        bucketKey: optionalKmsKey(`${argument}.bucketKey`, fields.bucketKey, scope),
    };
}

/**
 * The payload buckets of the memory's self-managed strategies, as S3 ARNs, each checked.
 * @throws ArgumentError naming the strategy's field at fault
 * @internal
 */
export function strategyBuckets(args: { selfManagedStrategies?: unknown }, scope: ArnScope): string[] {
    return optionalList("selfManagedStrategies", args.selfManagedStrategies, EXAMPLE).map(
        (value, i) => delivery(`selfManagedStrategies[${i}]`, value, scope).bucketArn,
    );
}

/**
 * Self-managed strategies, as AgentCore's self-managed strategy page asks: `sns:Publish` and
 * `sns:GetTopicAttributes` on each topic; `s3:PutObject` on its bucket's objects and
 * `s3:GetBucketLocation` on the bucket, pinned to the account (S3 ARNs name no account, so a
 * bucket of that name elsewhere would match). An encrypted topic's key only through SNS and for that
 * topic's encryption context; an SSE-KMS bucket's key only through S3, for that bucket's objects.
 * @internal
 */
export const selfManagedStrategies: AgentCoreCapability<SelfManagedStrategiesArgs> = {
    grant(args, context) {
        const deliveries = optionalList("selfManagedStrategies", args.selfManagedStrategies, EXAMPLE).map(
            (value, i) => delivery(`selfManagedStrategies[${i}]`, value, context),
        );
        if (deliveries.length === 0) {
            return noGrants();
        }
        const buckets = deliveries.map((d) => d.bucketArn);
        const encrypted: EncryptedDelivery[] = deliveries.flatMap((d) => [
            ...(d.topicKey ? [{ through: "sns" as const, key: d.topicKey, resource: d.topic.arn }] : []),
            ...(d.bucketKey ? [{ through: "s3" as const, key: d.bucketKey, resource: d.bucketArn }] : []),
        ]);
        const keys = deliveryKeyGrants(encrypted, context);
        return {
            identity: [
                statement({
                    Sid: "PublishToStrategyTopics",
                    Effect: "Allow",
                    Action: ["sns:GetTopicAttributes", "sns:Publish"],
                    Resource: sortedUnique(deliveries.map((d) => d.topic.arn)),
                }),
                s3ObjectsStatement(
                    "DeliverStrategyPayloads",
                    ["s3:PutObject"],
                    buckets.map((bucket) => `${bucket}/*`),
                    context,
                ),
                s3ObjectsStatement("LocateStrategyBuckets", ["s3:GetBucketLocation"], buckets, context),
                ...keys.identity,
            ],
            keyPolicy: keys.keyPolicy,
        };
    },
};
