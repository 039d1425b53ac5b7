import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../iam/argumentError";
import { mapArgument, optionalList, optionalString } from "../iam/argumentTypes";
import { arnFor, ArnRule, checkArn } from "../iam/arn";
import type { ArnScope } from "../iam/awsEnvironment";
import { IdentityStatement, sortedUnique, statement } from "../iam/policyDocument";
import { Capability, GrantContext, noGrants } from "./grant";

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

/** An S3 object, as `bucket/key`; {@link s3ObjectArn} checks the bucket and key further. @internal */
export const S3_OBJECT: ArnRule = {
    service: "s3",
    resourcePrefix: "",
    resource: /^[^/]+\/.+$/,
    scope: "global",
    exampleResource: "agent-schemas/support/openapi.json",
};

// https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html (general purpose buckets)
const BUCKET_RULES: [RegExp, string][] = [
    [/^.{3,63}$/, "must be 3 to 63 characters"],
    [/^[a-z0-9.-]*$/, "may hold only lowercase letters, digits, periods and hyphens"],
    [/^[a-z0-9].*[a-z0-9]$/, "must begin and end with a letter or digit"],
    [/^(?!.*\.\.)/, "must not hold two adjacent periods"],
    [/^(?!\d+\.\d+\.\d+\.\d+$)/, "must not be formatted as an IP address"],
    [/^(?!xn--|sthree-|amzn-s3-demo-)/, "must not begin with xn--, sthree- or amzn-s3-demo-"],
    [
        /^(?!.*(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$)/,
        "must not end with -s3alias, --ol-s3, .mrap, --x-s3 or --table-s3",
    ],
];

/** S3's limit on an object key, in bytes of UTF-8. */
const OBJECT_KEY_MAX_BYTES = 1024;

/**
 * What is wrong with a bucket's name by S3's rules for general purpose buckets, or `undefined`.
 * @internal
 */
export function bucketNameProblem(bucket: string): string | undefined {
    const broken = BUCKET_RULES.find(([rule]) => !rule.test(bucket));
    return broken ? `is not a name S3 accepts: it ${broken[1]}` : undefined;
}

/**
 * Checks a bucket's name and an object key (or a key prefix: `noun` says which) as S3 and IAM
 * take them, and returns `bucket/key`.
 * @throws ArgumentError naming `argument` when the bucket's name breaks S3's rules, the key is empty
 *   or too long, or holds a character IAM reads as a wildcard or variable
 * @internal
 */
export function checkObjectPath(
    argument: string,
    bucket: string,
    key: string,
    example: string,
    noun = "object key",
): string {
    const problem = bucketNameProblem(bucket);
    if (problem) {
        throw new ArgumentError(argument, `bucket "${bucket}" ${problem}`, example);
    }
    if (key.length === 0 || Buffer.byteLength(key, "utf8") > OBJECT_KEY_MAX_BYTES) {
        throw new ArgumentError(argument, `the ${noun} must be 1 to ${OBJECT_KEY_MAX_BYTES} bytes`, example);
    }
    if (/[*?$]/.test(key)) {
        throw new ArgumentError(
            argument,
            `the ${noun} "${key}" holds *, ? or $, which IAM would read as wildcards or variables`,
            example,
        );
    }
    return `${bucket}/${key}`;
}

/**
 * The ARN of an S3 object given as bucket and key or as an ARN.
 * @throws ArgumentError naming `argument` (or its `arn`) when the form or the names are invalid
 * @internal
 */
export function s3ObjectArn(argument: string, object: unknown, scope: ArnScope): string {
    const example = `{ bucket: "agent-schemas", key: "support/openapi.json" } or { arn: "${arnFor(S3_OBJECT, scope, S3_OBJECT.exampleResource)}" }`;
    const fields = mapArgument(argument, object, ["bucket", "key", "arn"], example);
    const bucket = optionalString(`${argument}.bucket`, fields.bucket, "agent-schemas");
    const key = optionalString(`${argument}.key`, fields.key, "support/openapi.json");
    const arn = optionalString(
        `${argument}.arn`,
        fields.arn,
        arnFor(S3_OBJECT, scope, S3_OBJECT.exampleResource),
    );
    const hasPair = bucket !== undefined || key !== undefined;
    if (hasPair === (arn !== undefined)) {
        throw new ArgumentError(argument, "give either bucket and key, or arn, but not both", example);
    }
    if (arn !== undefined) {
        const path = checkArn(`${argument}.arn`, arn, S3_OBJECT, scope);
        const slash = path.indexOf("/");
        return arnFor(
            S3_OBJECT,
            scope,
            checkObjectPath(`${argument}.arn`, path.slice(0, slash), path.slice(slash + 1), example),
        );
    }
    if (!bucket || !key) {
        throw new ArgumentError(argument, `${bucket ? "key" : "bucket"} is missing or empty`, example);
    }
    return arnFor(S3_OBJECT, scope, checkObjectPath(argument, bucket, key, example));
}

/**
 * Actions on exactly the objects named, in buckets of the role's account: S3 ARNs carry no
 * account, so without `aws:ResourceAccount` a bucket of that name in any account would match.
 * @internal
 */
export function s3ObjectsStatement(
    sid: string,
    actions: string[],
    objects: string[],
    scope: ArnScope,
): IdentityStatement {
    return statement({
        Sid: sid,
        Effect: "Allow",
        Action: actions,
        Resource: sortedUnique(objects),
        Condition: { StringEquals: { "aws:ResourceAccount": [scope.environment.account] } },
    });
}

/** A capability that grants actions on the S3 objects one list argument names. @internal */
export interface S3ObjectsSpec<Args> {
    /** The list argument, of `{ bucket, key }` or `{ arn }`. */
    argument: keyof Args & string;
    /** A valid list, for errors. */
    example: string;
    /** The statement's id. */
    sid: string;
    /** The actions granted on every object named. */
    actions: string[];
}

/**
 * The capability of one shape many share: `actions` on exactly the objects the argument names,
 * in buckets of the role's account (code-interpreter files, target schemas). Grants nothing when
 * the list is absent or empty.
 * @internal
 */
export function s3Objects<Args, Context extends GrantContext = GrantContext>(
    spec: S3ObjectsSpec<Args>,
): Capability<Args, Context, Partial<Record<keyof Args, unknown>>> {
    return {
        grant(args, context) {
            const objects = optionalList(spec.argument, args[spec.argument], spec.example).map((object, i) =>
                s3ObjectArn(`${spec.argument}[${i}]`, object, context),
            );
            return objects.length === 0
                ? noGrants()
                : { identity: [s3ObjectsStatement(spec.sid, spec.actions, objects, context)], keyPolicy: [] };
        },
    };
}
