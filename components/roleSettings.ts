import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "./argumentError";
import { ArnRule, checkArn, parseArn } from "./iam/arn";
import type { ArnScope } from "./iam/awsEnvironment";
import { PATH_MAX, ROLE_DESCRIPTION_MAX, SESSION_DURATION, TAGS_MAX } from "./iam/limits";

/** The role's own settings, as arguments. */
export interface RoleSettingsArgs {
    /** Description of the role. */
    description?: pulumi.Input<string>;
    /** Path of the role, for example `/bedrock/`. Defaults to `/`. */
    path?: pulumi.Input<string>;
    /** Tags of the role and of every policy the component creates. */
    tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
    /** Maximum session duration of the role in seconds, 3600 to 43200. */
    maxSessionDuration?: pulumi.Input<number>;
    /** ARN of the managed policy that bounds the role's permissions. */
    permissionsBoundary?: pulumi.Input<string>;
}

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

/** A customer-managed IAM policy (or, with account `aws`, an AWS-managed one), with its path. */
const MANAGED_POLICY: ArnRule = {
    service: "iam",
    resourcePrefix: "policy/",
    resource: /^(\/?[\x21-\x7e]+\/)?[\w+=,.@-]{1,128}$/,
    scope: "account-only",
    exampleResource: "AgentBoundary",
};

const PATH = /^\/([\x21-\x7e]+\/)?$/;
/** The characters IAM accepts in a role description. */
const DESCRIPTION = /^[\t\n\r\x20-\x7e\xa1-\xff]*$/;

function checkTags(tags: Record<string, string>): Record<string, string> {
    const keys = Object.keys(tags).sort();
    if (keys.length > TAGS_MAX.value) {
        throw new ArgumentError(
            "tags",
            `has ${keys.length} tags, but IAM allows ${TAGS_MAX.value}`,
            '{ team: "support" }',
        );
    }
    const sorted: Record<string, string> = {};
    for (const key of keys) {
        if (key.length < 1 || key.length > TAGS_MAX.keyMax || key.startsWith("aws:")) {
            throw new ArgumentError(
                `tags["${key}"]`,
                `a tag key must be 1 to ${TAGS_MAX.keyMax} characters and not start with aws:`,
                "team",
            );
        }
        if (typeof tags[key] !== "string" || tags[key].length > TAGS_MAX.valueMax) {
            throw new ArgumentError(
                `tags["${key}"]`,
                `a tag value must be a string of at most ${TAGS_MAX.valueMax} characters`,
                "support",
            );
        }
        sorted[key] = tags[key];
    }
    return sorted;
}

function checkBoundary(boundary: string, scope: ArnScope): string {
    const awsManaged = parseArn(boundary)?.account === "aws";
    const owner: ArnScope = awsManaged
        ? {
              environment: { ...scope.environment, account: "aws" },
              unknownFields: scope.unknownFields.filter((field) => field !== "account"),
          }
        : scope;
    checkArn("permissionsBoundary", boundary, MANAGED_POLICY, owner);
    return boundary;
}

/**
 * Checks the role settings against IAM's rules.
 * @throws ArgumentError naming the setting at fault
 * @internal
 */
export function roleSettings(args: pulumi.Unwrap<RoleSettingsArgs>, scope: ArnScope): RoleSettings {
    const path = args.path ?? "/";
    if (!PATH.test(path) || path.length > PATH_MAX.value) {
        throw new ArgumentError(
            "path",
            `"${path}" must start and end with / and be at most ${PATH_MAX.value} characters`,
            "/bedrock/",
        );
    }
    const settings: RoleSettings = { path };
    if (args.tags !== undefined && Object.keys(args.tags).length > 0) {
        settings.tags = checkTags(args.tags);
    }
    if (args.description !== undefined) {
        if (args.description.length > ROLE_DESCRIPTION_MAX.value || !DESCRIPTION.test(args.description)) {
            throw new ArgumentError(
                "description",
                `must be at most ${ROLE_DESCRIPTION_MAX.value} characters of printable Latin-1 text`,
                "Service role of the support agent",
            );
        }
        settings.description = args.description;
    }
    if (args.maxSessionDuration !== undefined) {
        const seconds = args.maxSessionDuration;
        if (!Number.isInteger(seconds) || seconds < SESSION_DURATION.min || seconds > SESSION_DURATION.max) {
            throw new ArgumentError(
                "maxSessionDuration",
                `${seconds} is not a whole number of seconds from ${SESSION_DURATION.min} to ${SESSION_DURATION.max}`,
                String(SESSION_DURATION.min),
            );
        }
        settings.maxSessionDuration = seconds;
    }
    if (args.permissionsBoundary !== undefined) {
        settings.permissionsBoundary = checkBoundary(args.permissionsBoundary, scope);
    }
    return settings;
}
