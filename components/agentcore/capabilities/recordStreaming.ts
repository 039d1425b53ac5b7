import type * as pulumi from "@pulumi/pulumi";
import { mapArgument, stringArgument } from "../../iam/argumentTypes";
import { arnFor, ArnRule, namedResource } from "../../iam/arn";
import { statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { optionalKmsKey } from "../../grants/keys";
import type { AgentCoreCapability } from "./agentCoreCapability";
import { deliveryKeyGrants } from "./deliveryKeys";

/** The Kinesis data stream the memory streams its records to, and its key. */
export interface RecordStreamArgs {
    /** The stream (`streamDeliveryResources.resource.kinesis.dataStreamArn`), by ARN or name, in the memory's account and region. */
    streamArn: pulumi.Input<string>;
    /** The KMS key of the stream's server-side encryption, by id or ARN: used only for this stream. */
    key?: pulumi.Input<string>;
}

/** Record streaming: where the memory streams its memory records. */
export interface RecordStreamingArgs {
    /** The Kinesis data stream the memory streams its records to, as `streamDeliveryResources` names it. */
    recordStream?: pulumi.Input<RecordStreamArgs>;
}

/** A Kinesis data stream of the memory's account and region (CreateStream: 1 to 128 of a-z A-Z 0-9 _ . -). */
export const KINESIS_STREAM: ArnRule = {
    service: "kinesis",
    resourcePrefix: "stream/",
    resource: /^[a-zA-Z0-9_.-]{1,128}$/,
    scope: "regional",
    exampleResource: "memory-records",
};

/**
 * Record streaming, as AgentCore's record-streaming page asks: `kinesis:PutRecords` and
 * `kinesis:DescribeStream` on the stream; an encrypted stream's key for `GenerateDataKey` only for
 * this stream's encryption context. CreateMemory checks these permissions, so the role must hold
 * them before the memory is created (the component's `roleArn` waits for its policies).
 * @internal
 */
export const recordStreaming: AgentCoreCapability<RecordStreamingArgs> = {
    grant(args, context) {
        if (args.recordStream === undefined) {
            return noGrants();
        }
        const example = `{ streamArn: "${arnFor(KINESIS_STREAM, context, KINESIS_STREAM.exampleResource)}" }`;
        const fields = mapArgument("recordStream", args.recordStream, ["streamArn", "key"], example);
        const given = stringArgument("recordStream.streamArn", fields.streamArn, example);
        const stream = namedResource("recordStream.streamArn", given, KINESIS_STREAM, context);
        const key = optionalKmsKey("recordStream.key", fields.key, context);
        const keys = deliveryKeyGrants(
            key ? [{ through: "kinesis", key, resource: stream.arn }] : [],
            context,
        );
        return {
            identity: [
                statement({
                    Sid: "StreamMemoryRecords",
                    Effect: "Allow",
                    Action: ["kinesis:DescribeStream", "kinesis:PutRecords"],
                    Resource: [stream.arn],
                }),
                ...keys.identity,
            ],
            keyPolicy: keys.keyPolicy,
        };
    },
};
