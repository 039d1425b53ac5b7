import type { NamedResource } from "../../iam/arn";
import { Conditions, sortedUnique } from "../../iam/policyDocument";
import type { CapabilityGrants } from "../../grants/grant";
import { KeyUse, keyStatements } from "../../grants/keyStatements";
import type { AgentCoreContext } from "../agentCoreArns";

/** A resource the memory delivers to that a KMS key encrypts: through which service, with which key. @internal */
export interface EncryptedDelivery {
    /** The service that uses the key for the role: SNS for a topic, S3 for a bucket, Kinesis for a stream. */
    through: "sns" | "s3" | "kinesis";
    /** The key. */
    key: NamedResource;
    /** The topic's, bucket's or stream's ARN. */
    resource: string;
}

/** How each service uses a key for its caller: the actions, and the conditions naming the resources. */
const USES: Record<
    EncryptedDelivery["through"],
    { sid: string; actions: string[]; condition(resources: string[], region: string): Conditions }
> = {
    // SNS encrypts with the publisher's credentials, and names the topic in the encryption context
    // (Amazon SNS, "Encryption at rest": key management).
    sns: {
        sid: "UseStrategyTopicKeys",
        actions: ["kms:Decrypt", "kms:GenerateDataKey"],
        condition: (topics, region) => ({
            StringEquals: {
                "kms:ViaService": [`sns.${region}.amazonaws.com`],
                "kms:EncryptionContext:aws:sns:topicArn": topics,
            },
        }),
    },
    // S3 names the object in the encryption context, or the bucket with S3 Bucket Keys; Decrypt
    // completes multipart uploads (Amazon S3, "Using server-side encryption with AWS KMS keys").
    s3: {
        sid: "UseStrategyBucketKeys",
        actions: ["kms:Decrypt", "kms:GenerateDataKey"],
        condition: (buckets, region) => ({
            StringEquals: { "kms:ViaService": [`s3.${region}.amazonaws.com`] },
            StringLike: {
                "kms:EncryptionContext:aws:s3:arn": buckets.flatMap((bucket) => [bucket, `${bucket}/*`]),
            },
        }),
    },
    // Kinesis names the stream in every KMS call's encryption context; its page documents that
    // condition, not kms:ViaService, to bind a key to a stream (Kinesis, permissions-user-key-KMS).
    kinesis: {
        sid: "UseRecordStreamKey",
        actions: ["kms:GenerateDataKey"],
        condition: (streams) => ({ StringEquals: { "kms:EncryptionContext:aws:kinesis:arn": streams } }),
    },
};

/**
 * The keys of the resources the memory delivers to: for each service, one statement on its keys,
 * used only as that service uses them for the role and only for the named resources' encryption
 * contexts; and, for each key, the same statement naming the role, handed to the key's owner.
 * @internal
 */
export function deliveryKeyGrants(
    deliveries: EncryptedDelivery[],
    context: AgentCoreContext,
): Pick<CapabilityGrants, "identity" | "keyPolicy"> {
    const grants = (["sns", "s3", "kinesis"] as const).flatMap((through) => {
        const mine = deliveries.filter((d) => d.through === through);
        if (mine.length === 0) {
            return [];
        }
        const { sid, actions, condition } = USES[through];
        const use: KeyUse = {
            sid,
            actions,
            condition: condition(sortedUnique(mine.map((d) => d.resource)), context.environment.region),
            to: "role",
            keyPolicy: { principal: "role", sid: `AllowMemoryRoleTo${sid}` },
        };
        const keys = new Map(mine.map((d) => [d.key.arn, d.key]));
        return [...keys.values()].map((key) => keyStatements(key, [use], context));
    });
    return {
        identity: grants.flatMap((g) => g.identity),
        keyPolicy: grants.flatMap((g) => g.keyPolicy),
    };
}
