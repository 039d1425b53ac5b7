import { ArgumentError } from "./argumentError";
import { optionalString } from "./argumentTypes";
import { arnFor, ArnRule, checkArn, parseArn } from "./arn";
import type { ArnScope } from "./awsEnvironment";
import { roleName, RoleNameSource } from "./names";

/** An IAM role, with its path. @internal */
export const IAM_ROLE: ArnRule = {
    service: "iam",
    resourcePrefix: "role/",
    resource: /^(\/?[\x21-\x7e]+\/)?[\w+=,.@-]{1,64}$/,
    scope: "account-only",
    exampleResource: "support-agent-role",
};

/** The characters and length IAM allows in a role's name. */
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;

/** Which role a component uses: the one it creates, or one that exists. @internal */
export interface RoleIdentity {
    /** The role's name. */
    name: string;
    /** The existing role, when the args name one: as given, and its ARN when given as one. */
    existing?: { given: string; arn?: string };
}

/** Arguments that set a role the component creates, which an existing role cannot take. */
const CREATED_ROLE_ONLY = [
    "roleNameSuffix",
    "description",
    "path",
    "maxSessionDuration",
    "permissionsBoundary",
];

/**
 * The role a component uses, from the plain args: an existing role by name or ARN, or the name of
 * the role the component creates.
 * @param prefix what the created role's name starts with
 * @throws ArgumentError for a malformed role, or an existing role given with settings of a
 *   created one, which would silently not apply
 * @internal
 */
export function roleIdentity(
    args: Record<string, unknown>,
    source: RoleNameSource,
    prefix: string,
): RoleIdentity {
    const given = optionalString("existingRole", args.existingRole, "support-agent-role");
    if (given === undefined) {
        return {
            name: roleName(
                source,
                prefix,
                optionalString("roleNameSuffix", args.roleNameSuffix, "support-agent-prod"),
            ),
        };
    }
    const conflict = CREATED_ROLE_ONLY.find((setting) => args[setting] !== undefined);
    if (conflict) {
        throw new ArgumentError(
            conflict,
            "sets the role the component creates, but existingRole names a role that exists",
            "leave it out",
        );
    }
    const arn = given.startsWith("arn:") ? parseArn(given) : undefined;
    const isRoleArn = arn?.service === "iam" && arn.resource.startsWith("role/");
    const path = isRoleArn ? arn.resource.slice("role".length) : `/${given}`;
    const name = path.slice(path.lastIndexOf("/") + 1);
    const segments = path.split("/").slice(1, -1);
    // A name with a path, or a path with "." or ".." segments, names another role than it seems.
    if (
        (given.startsWith("arn:") && !isRoleArn) ||
        !ROLE_NAME.test(name) ||
        name === "." ||
        name === ".." ||
        (!given.startsWith("arn:") && given !== name) ||
        !IAM_ROLE.resource.test(path.slice(1)) ||
        segments.some((segment) => segment === "" || segment === "." || segment === "..")
    ) {
        throw new ArgumentError(
            "existingRole",
            `"${given}" is neither a role name (letters, digits and +=,.@_-) nor a role ARN`,
            "support-agent-role",
        );
    }
    // IAM refuses any change to a service-linked role's policies, so pulumi up would fail late
    // (https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html).
    if (segments[0] === "aws-service-role" || name.startsWith("AWSServiceRoleFor")) {
        throw new ArgumentError(
            "existingRole",
            `"${given}" is a service-linked role, whose policies only its AWS service may change`,
            "a role you manage, such as support-agent-role",
        );
    }
    return { name, existing: { given, ...(given.startsWith("arn:") ? { arn: given } : {}) } };
}

/**
 * The ARN of the component's role: the existing role's (as given, or as read from AWS, or with the
 * path `/` when only its name is known), or the created role's.
 * @throws ArgumentError when an existing role's ARN is of another partition or account
 * @internal
 */
export function roleArn(identity: RoleIdentity, path: string, scope: ArnScope, readArn?: string): string {
    if (identity.existing?.arn) {
        return arnFor(IAM_ROLE, scope, checkArn("existingRole", identity.existing.arn, IAM_ROLE, scope));
    }
    if (identity.existing && readArn) {
        return readArn;
    }
    return arnFor(IAM_ROLE, scope, `${path.slice(1)}${identity.name}`);
}
