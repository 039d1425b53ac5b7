// Objects under a key prefix of a bucket: where a service (or code a service runs) reads or writes
// objects whose keys it chooses, so that no single object can be named before it exists.
import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../iam/argumentError";
import { mapArgument, optionalList, stringArgument } from "../iam/argumentTypes";
import { arnFor } from "../iam/arn";
import type { ArnScope } from "../iam/awsEnvironment";
import { IdentityStatement, sortedUnique, statement } from "../iam/policyDocument";
import { Capability, GrantContext, noGrants } from "./grant";
import { checkObjectPath, S3_OBJECT, s3ObjectsStatement } from "./s3Objects";

/**
 * A key prefix in an S3 bucket of the account, as AgentCore's `S3Location` takes it: the objects
 * granted are those whose keys start with the prefix and `/` (`recordings` and `recordings/` alike
 * grant `recordings/*`, never `recordings-archive/...`).
 */
export interface S3PrefixArgs {
    /** Bucket name: a general purpose bucket of the role's account. */
    bucket: pulumi.Input<string>;
    /** Key prefix within `bucket`, for example `browser-sessions/`; not empty, no `*`, `?` or `$`. */
    prefix: pulumi.Input<string>;
}

/** A prefix as checked: its bucket, the prefix without trailing `/`, and the ARNs granted. @internal */
export interface S3Prefix {
    bucket: string;
    /** The prefix without its trailing `/`: the objects granted are under `<prefix>/`. */
    prefix: string;
    /** `arn:<partition>:s3:::<bucket>/<prefix>/*`. */
    objectsArn: string;
    /** `arn:<partition>:s3:::<bucket>`. */
    bucketArn: string;
}

const EXAMPLE = '{ bucket: "agent-files", prefix: "input/" }';

/**
 * Checks one prefix: a bucket name S3 accepts, and a prefix that names a folder (not the whole
 * bucket) with no character IAM would read as a wildcard or a variable.
 * @throws ArgumentError naming `argument` (or its field) for the first problem
 * @internal
 */
export function s3Prefix(argument: string, value: unknown, scope: ArnScope): S3Prefix {
    const fields = mapArgument(argument, value, ["bucket", "prefix"], EXAMPLE);
    const bucket = stringArgument(`${argument}.bucket`, fields.bucket, "agent-files");
    const given = stringArgument(`${argument}.prefix`, fields.prefix, "input/");
    const prefix = given.replace(/\/+$/, "");
    if (prefix === "") {
        throw new ArgumentError(
            `${argument}.prefix`,
            `"${given}" names the whole bucket, not a prefix within it: give the folder the objects are under`,
            "input/",
        );
    }
    const path = checkObjectPath(argument, bucket, prefix, EXAMPLE, "prefix");
    return {
        bucket,
        prefix,
        objectsArn: arnFor(S3_OBJECT, scope, `${path}/*`),
        bucketArn: arnFor(S3_OBJECT, scope, bucket),
    };
}

/**
 * Listing a bucket under the prefixes given only: `s3:ListBucket` on each bucket with `s3:prefix`
 * limited to its own prefixes (a listing that asks for no prefix, or another, is denied), in
 * buckets of the role's account. One statement a bucket, as one statement's `s3:prefix` would
 * apply to every bucket it names; the first takes `sid`, the others `sid` and their place (`2`...).
 * @internal
 */
export function s3ListingStatements(sid: string, prefixes: S3Prefix[], scope: ArnScope): IdentityStatement[] {
    const buckets = sortedUnique(prefixes.map((p) => p.bucketArn));
    return buckets.map((bucketArn, i) =>
        statement({
            Sid: i === 0 ? sid : `${sid}${i + 1}`,
            Effect: "Allow",
            Action: ["s3:ListBucket"],
            Resource: [bucketArn],
            Condition: {
                StringEquals: { "aws:ResourceAccount": [scope.environment.account] },
                StringLike: {
                    "s3:prefix": prefixes
                        .filter((p) => p.bucketArn === bucketArn)
                        .map((p) => `${p.prefix}/*`),
                },
            },
        }),
    );
}

/** A capability that grants actions on the objects under the prefixes one argument names. @internal */
export interface S3PrefixesSpec<Args> {
    /** The argument: one `{ bucket, prefix }`, or a list of them. */
    argument: keyof Args & string;
    /** Whether the argument is one prefix rather than a list. */
    one?: boolean;
    /** The statement's id. */
    sid: string;
    /** The actions granted on every object under each prefix. */
    actions: string[];
    /** The id of the statements that list the buckets under these prefixes only, if listing is granted. */
    listSid?: string;
}

/**
 * The capability of one shape the tools' roles share: `actions` on the objects under each prefix
 * the argument names, and, with `listSid`, listing under those prefixes only, in buckets of the
 * role's account (S3 ARNs carry no account: `aws:ResourceAccount` keeps a same-named bucket of
 * another account out). Grants nothing when the argument is absent or an empty list.
 * @internal
 */
export function s3Prefixes<Args, Context extends GrantContext = GrantContext>(
    spec: S3PrefixesSpec<Args>,
): Capability<Args, Context, Partial<Record<keyof Args, unknown>>> {
    return {
        grant(args, context) {
            const value = args[spec.argument];
            const prefixes = spec.one
                ? value === undefined
                    ? []
                    : [s3Prefix(spec.argument, value, context)]
                : optionalList(spec.argument, value, `[${EXAMPLE}]`).map((item, i) =>
                      s3Prefix(`${spec.argument}[${i}]`, item, context),
                  );
            if (prefixes.length === 0) {
                return noGrants();
            }
            const objects = s3ObjectsStatement(
                spec.sid,
                spec.actions,
                prefixes.map((p) => p.objectsArn),
                context,
            );
            const listing = spec.listSid ? s3ListingStatements(spec.listSid, prefixes, context) : [];
            return { identity: [objects, ...listing], keyPolicy: [] };
        },
    };
}
