import { ArgumentError } from "./argumentError";
import { checkArn, parseArn } from "./arn";
import { AwsEnvironment } from "./awsEnvironment";
import { MANAGED_POLICY } from "./resourceTypes";
import { ResolvedAgentRoleArgs } from "./agentGrants";

/** The role's own settings, passed through to `aws.iam.Role` once checked. */
export interface RoleSettings {
    /** The role's path. */
    path: string;
    /** The role's description. */
    description?: string;
    /** Maximum session duration in seconds. */
    maxSessionDuration?: number;
    /** ARN of the permissions boundary policy. */
    permissionsBoundary?: string;
    /** Tags, sorted by key; absent when none are given. */
    tags?: Record<string, string>;
}

const PATH = /^\/([\x21-\x7e]+\/)?$/;
const MAX_TAGS = 50;
/** The characters IAM accepts in a role description. */
const DESCRIPTION = /^[\t\n\r\x20-\x7e\xa1-\xff]*$/;

function checkTags(tags: Record<string, string>): Record<string, string> {
    const keys = Object.keys(tags).sort();
    if (keys.length > MAX_TAGS) {
        throw new ArgumentError(
            "tags",
            `has ${keys.length} tags, but IAM allows ${MAX_TAGS}`,
            '{ team: "support" }',
        );
    }
    const sorted: Record<string, string> = {};
    for (const key of keys) {
        if (key.length < 1 || key.length > 128 || key.startsWith("aws:")) {
            throw new ArgumentError(
                `tags["${key}"]`,
                "a tag key must be 1 to 128 characters and not start with aws:",
                "team",
            );
        }
        if (typeof tags[key] !== "string" || tags[key].length > 256) {
            throw new ArgumentError(
                `tags["${key}"]`,
                "a tag value must be a string of at most 256 characters",
                "support",
            );
        }
        sorted[key] = tags[key];
    }
    return sorted;
}

function checkBoundary(boundary: string, env: AwsEnvironment): string {
    const awsManaged = parseArn(boundary)?.account === "aws";
    checkArn("permissionsBoundary", boundary, MANAGED_POLICY, awsManaged ? { ...env, account: "aws" } : env);
    return boundary;
}

/**
 * Checks the role settings against IAM's rules.
 * @throws ArgumentError naming the setting at fault
 */
export function roleSettings(args: ResolvedAgentRoleArgs, env: AwsEnvironment): RoleSettings {
    const path = args.path ?? "/";
    if (!PATH.test(path) || path.length > 512) {
        throw new ArgumentError(
            "path",
            `"${path}" must start and end with / and be at most 512 characters`,
            "/bedrock/",
        );
    }
    const settings: RoleSettings = { path };
    if (args.tags !== undefined && Object.keys(args.tags).length > 0) {
        settings.tags = checkTags(args.tags);
    }
    if (args.description !== undefined) {
        if (args.description.length > 1000 || !DESCRIPTION.test(args.description)) {
            throw new ArgumentError(
                "description",
                "must be at most 1000 characters of printable Latin-1 text",
                "Service role of the support agent",
            );
        }
        settings.description = args.description;
    }
    if (args.maxSessionDuration !== undefined) {
        const seconds = args.maxSessionDuration;
        if (!Number.isInteger(seconds) || seconds < 3600 || seconds > 43200) {
            throw new ArgumentError(
                "maxSessionDuration",
                `${seconds} is not a whole number of seconds from 3600 to 43200`,
                "3600",
            );
        }
        settings.maxSessionDuration = seconds;
    }
    if (args.permissionsBoundary !== undefined) {
        settings.permissionsBoundary = checkBoundary(args.permissionsBoundary, env);
    }
    return settings;
}
