import { ArgumentError } from "../iam/argumentError";
import { catalogAction, matchesArnFormat, wholeIdWildcard } from "../iam/actionCatalog";
import { parseArn } from "../iam/arn";
import { sortedUnique } from "../iam/policyDocument";
import { EXTRA_STATEMENT_EXAMPLE } from "./extraStatementFields";
import { GrantContext } from "./grant";
import { bucketNameProblem } from "./s3Objects";

/**
 * The actions, in IAM's spelling, and the ARN formats of the resource types they take (none: the
 * actions take only `*`).
 * @throws ArgumentError naming an action IAM does not define, or a mix of actions with and without resources
 * @internal
 */
export function checkedActions(argument: string, given: string[]): { actions: string[]; formats: string[] } {
    const found = given.map((action, i) => {
        const defined = catalogAction(action);
        if (!defined) {
            throw new ArgumentError(
                `${argument}[${i}]`,
                /[*?]/.test(action)
                    ? `"${action}" is a wildcard; name each action`
                    : `"${action}" is not an action IAM defines`,
                "dynamodb:GetItem",
            );
        }
        return defined;
    });
    const takeResources = found.map((a) => a.arnFormats.length > 0);
    if (takeResources.some((t) => t !== takeResources[0])) {
        const wildcardOnly = found.find((a) => a.arnFormats.length === 0)?.action;
        throw new ArgumentError(
            argument,
            `mixes ${wildcardOnly}, which IAM grants only on "*", with actions that take resources`,
            "put it in a statement of its own",
        );
    }
    return {
        actions: found.map((a) => a.action),
        formats: takeResources[0] ? sortedUnique(found.flatMap((a) => a.arnFormats)) : [],
    };
}

/** An ARN format with the agent's partition, region and account filled in. */
function exampleArn(format: string, context: GrantContext): string {
    const { partition, region, account } = context.environment;
    return format
        .replace("${Partition}", partition)
        .replace("${Region}", region)
        .replace("${Account}", account);
}

/**
 * Refuses a resource the actions do not take: `*` where they take resources (for Allow), a named
 * resource where they take only `*`, an ARN of another partition, region or account than the
 * role's, an S3 bucket that is a pattern or no bucket name, a policy variable, or a wildcard
 * standing for a whole id.
 * @throws ArgumentError naming the resource
 * @internal
 */
export function checkedResources(
    argument: string,
    given: string[],
    formats: string[],
    effect: string,
    context: GrantContext,
): void {
    given.forEach((resource, i) => {
        const where = `${argument}[${i}]`;
        if (resource === "*") {
            if (formats.length > 0 && effect === "Allow") {
                throw new ArgumentError(
                    where,
                    'is "*" but the actions take resources: name them',
                    EXTRA_STATEMENT_EXAMPLE,
                );
            }
            return;
        }
        if (formats.length === 0) {
            throw new ArgumentError(where, `"${resource}" is named, but the actions take only "*"`, '"*"');
        }
        if (!/^[\x21-\x7e]+$/.test(resource)) {
            throw new ArgumentError(
                where,
                `${JSON.stringify(resource)} holds characters other than printable ASCII, such as white space or look-alike letters`,
                exampleArn(formats[0], context),
            );
        }
        const arn = parseArn(resource);
        // AWS-owned resources (the built-in browser and code interpreter) carry the account "aws"
        // in their format itself; any other account must be an account id.
        const awsOwned = arn?.account === "aws" && formats.some((f) => f.includes(":aws:"));
        if (arn && arn.account !== "" && !/^\d{12}$/.test(arn.account) && !awsOwned) {
            throw new ArgumentError(
                where,
                `"${resource}" has account "${arn.account}", which is not a twelve-digit account id`,
                exampleArn(formats[0], context),
            );
        }
        if (arn?.service === "s3" && arn.account === "") {
            const bucket = arn.resource.split("/")[0];
            const problem = /[*?]/.test(bucket) ? "is a pattern; name the bucket" : bucketNameProblem(bucket);
            if (problem) {
                throw new ArgumentError(
                    where,
                    `bucket "${bucket}" ${problem}`,
                    exampleArn(formats[0], context),
                );
            }
        }
        if (resource.includes("${")) {
            throw new ArgumentError(
                where,
                `"${resource}" holds a policy variable`,
                exampleArn(formats[0], context),
            );
        }
        const wildcardId = wholeIdWildcard(resource, formats, context.environment);
        if (wildcardId) {
            throw new ArgumentError(
                where,
                `"${resource}" has a wildcard standing for a whole ${wildcardId}: a wildcard may narrow an id after a literal start (bucket/reports/*), never stand for a whole one (bucket/*, …oauth2credentialprovider/*)`,
                formats.map((format) => exampleArn(format, context)).join(" or "),
            );
        }
        if (!formats.some((format) => matchesArnFormat(resource, format, context.environment))) {
            const wildcard = /[*?]/.test(resource)
                ? ", with a literal region, account and resource name before any wildcard"
                : "";
            throw new ArgumentError(
                where,
                `"${resource}" is not an ARN, in the role's partition, region and account, of a resource type the actions take${wildcard}`,
                formats.map((format) => exampleArn(format, context)).join(" or "),
            );
        }
    });
}
