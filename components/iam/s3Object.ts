import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../argumentError";
import { arnFor, ArnRule, checkArn } from "./arn";
import type { ArnScope } from "./awsEnvironment";

/**
 * An object in S3, given either as `bucket` and `key` or as its `arn` (`arn:aws:s3:::bucket/key`),
 * never both.
 */
export interface S3ObjectArgs {
    /** Bucket name, with `key`. */
    bucket?: pulumi.Input<string>;
    /** Object key within `bucket`, for example `schemas/openapi.json`. */
    key?: pulumi.Input<string>;
    /** The object's ARN, instead of `bucket` and `key`. */
    arn?: pulumi.Input<string>;
}

/** An S3 object, as `bucket/key`. @internal */
export const S3_OBJECT: ArnRule = {
    service: "s3",
    resourcePrefix: "",
    resource: /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/[^*?$]{1,1024}$/,
    scope: "global",
    exampleResource: "agent-schemas/support/openapi.json",
};

/**
 * The ARN of an S3 object given as bucket and key or as an ARN.
 * @throws ArgumentError naming `argument` (or its `arn`) when the form or the names are invalid
 * @internal
 */
export function s3ObjectArn(argument: string, object: pulumi.Unwrap<S3ObjectArgs>, scope: ArnScope): string {
    const example = `{ bucket: "agent-schemas", key: "support/openapi.json" } or { arn: "${arnFor(S3_OBJECT, scope, S3_OBJECT.exampleResource)}" }`;
    const hasPair = object.bucket !== undefined || object.key !== undefined;
    if (hasPair === (object.arn !== undefined)) {
        throw new ArgumentError(argument, "give either bucket and key, or arn, but not both", example);
    }
    if (object.arn !== undefined) {
        return arnFor(S3_OBJECT, scope, checkArn(`${argument}.arn`, object.arn, S3_OBJECT, scope));
    }
    if (!object.bucket || !object.key) {
        throw new ArgumentError(argument, `${object.bucket ? "key" : "bucket"} is missing or empty`, example);
    }
    const path = `${object.bucket}/${object.key}`;
    if (!S3_OBJECT.resource.test(path)) {
        throw new ArgumentError(
            argument,
            `"${path}" is not a valid bucket name and object key (a key may not contain *, ? or $, ` +
                "which IAM would read as wildcards or variables)",
            example,
        );
    }
    return arnFor(S3_OBJECT, scope, path);
}
