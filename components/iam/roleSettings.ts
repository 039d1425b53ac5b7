import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "./argumentError";
import { describeValue, optionalInteger, optionalString, stringArgument } from "./argumentTypes";
import { ArnRule, checkArn, parseArn } from "./arn";
import type { ArnScope } from "./awsEnvironment";
import { PATH_MAX, ROLE_DESCRIPTION_MAX, SESSION_DURATION, TAGS_MAX } from "./limits";

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

/** The role settings' arguments, as resolved: any value, checked by {@link roleSettings}. @internal */
export type RoleSettingsInput = { [K in keyof RoleSettingsArgs]?: unknown };

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
/** The characters IAM accepts in tag keys and values: letters, digits, spaces and _.:/=+-@. */
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
/** The characters IAM accepts in a role description. */
const DESCRIPTION = /^[\t\n\r\x20-\x7e\xa1-\xff]*$/;

function checkTags(value: unknown): Record<string, string> {
    const example = '{ team: "support" }';
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw new ArgumentError(
            "tags",
            `must be a map of tag names to values, not ${describeValue(value)}`,
            example,
        );
    }
    const tags = value as Record<string, unknown>;
    const keys = Object.keys(tags).sort();
    if (keys.length > TAGS_MAX.value) {
        throw new ArgumentError("tags", `has ${keys.length} tags, but IAM allows ${TAGS_MAX.value}`, example);
    }
    const sorted: Record<string, string> = {};
    for (const key of keys) {
        if (key.length < 1 || key.length > TAGS_MAX.keyMax || key.startsWith("aws:") || !TAG_TEXT.test(key)) {
            throw new ArgumentError(
                `tags["${key}"]`,
                `a tag key must be 1 to ${TAGS_MAX.keyMax} letters, digits, spaces or _.:/=+-@, and not start with aws:`,
                "team",
            );
        }
        const text = stringArgument(`tags["${key}"]`, tags[key], "support");
        if (text.length > TAGS_MAX.valueMax || !TAG_TEXT.test(text)) {
            throw new ArgumentError(
                `tags["${key}"]`,
                `a tag value must be at most ${TAGS_MAX.valueMax} letters, digits, spaces or _.:/=+-@`,
                "support",
            );
        }
        sorted[key] = text;
    }
    return sorted;
}

function checkBoundary(boundary: string, scope: ArnScope): string {
    const awsManaged = parseArn(boundary)?.account === "aws";
    const owner: ArnScope = awsManaged ? { environment: { ...scope.environment, account: "aws" } } : scope;
    checkArn("permissionsBoundary", boundary, MANAGED_POLICY, owner);
    return boundary;
}

/**
/**
 * Checks the role settings against IAM's rules.
 * @throws ArgumentError naming the setting at fault
 * @internal
 */
export function roleSettings(args: RoleSettingsInput, scope: ArnScope): RoleSettings {
    const path = optionalString("path", args.path, "/bedrock/") ?? "/";
    if (!PATH.test(path) || path.length > PATH_MAX.value) {
        throw new ArgumentError(
            "path",
            `"${path}" must start and end with / and be at most ${PATH_MAX.value} printable ASCII characters`,
            "/bedrock/",
        );
    }
    const settings: RoleSettings = { path };
    if (args.tags !== undefined) {
        const tags = checkTags(args.tags);
        if (Object.keys(tags).length > 0) {
            settings.tags = tags;
        }
    }
    const description = optionalString("description", args.description, "Service role of the support agent");
    if (description !== undefined) {
        if (description.length > ROLE_DESCRIPTION_MAX.value || !DESCRIPTION.test(description)) {
            throw new ArgumentError(
                "description",
                `must be at most ${ROLE_DESCRIPTION_MAX.value} characters of printable Latin-1 text`,
                "Service role of the support agent",
            );
        }
        settings.description = description;
    }
    const seconds = optionalInteger("maxSessionDuration", args.maxSessionDuration, {
        min: SESSION_DURATION.min,
        max: SESSION_DURATION.max,
        unit: "seconds",
    });
    if (seconds !== undefined) {
        settings.maxSessionDuration = seconds;
    }
    const boundary = optionalString(
        "permissionsBoundary",
        args.permissionsBoundary,
        "arn:aws:iam::123456789012:policy/AgentBoundary",
    );
    if (boundary !== undefined) {
        settings.permissionsBoundary = checkBoundary(boundary, scope);
    }
    return settings;
}
