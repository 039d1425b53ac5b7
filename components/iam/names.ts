import { createHash } from "crypto";
import { ArgumentError } from "./argumentError";
import { ROLE_NAME_MAX } from "./limits";

const ROLE_NAME_CHARACTERS = /^[\w+=,.@-]+$/;
const HASH_LENGTH = 8;

/** A short, stable hex digest of `parts`, used wherever a name must be unique but bounded. @internal */
export function shortHash(...parts: string[]): string {
    return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, HASH_LENGTH);
}

/**
 * Fits `name` into `max` characters: unchanged when it fits, otherwise cut and ended with a hash
 * of the whole name, so that two long names sharing a beginning still differ.
 * @internal
 */
export function fitName(name: string, max: number): string {
    if (name.length <= max) {
        return name;
    }
    return `${name.slice(0, max - HASH_LENGTH - 1)}-${shortHash(name)}`;
}

/** Where the role lives in Pulumi: the stack's project and name, and the component's name. */
export interface RoleNameSource {
    /** The Pulumi project. */
    project: string;
    /** The Pulumi stack. */
    stack: string;
    /** The component's resource name. */
    componentName: string;
}

/**
 * The role's name: a prefix saying what the role is for (`AgentCoreRuntime_`) and either the
 * user's suffix, checked, or a suffix made from the component name and a hash of project, stack
 * and component name. The same stack and component always give the same name; two stacks of one
 * project never share one.
 * @throws ArgumentError when a user-chosen suffix has characters IAM rejects or does not fit
 * @internal
 */
export function roleName(source: RoleNameSource, prefix: string, suffix?: string): string {
    const suffixMax = ROLE_NAME_MAX.value - prefix.length;
    if (suffix !== undefined) {
        if (!ROLE_NAME_CHARACTERS.test(suffix) || suffix.length > suffixMax) {
            throw new ArgumentError(
                "roleNameSuffix",
                `"${suffix}" must be 1 to ${suffixMax} characters (${prefix} takes ` +
                    `${prefix.length} of the role name's ${ROLE_NAME_MAX.value}) of letters, digits and +=,.@_-`,
                "support-agent-prod",
            );
        }
        return prefix + suffix;
    }
    const hash = shortHash(source.project, source.stack, source.componentName);
    const readable = source.componentName.replace(/[^\w+=,.@-]+/g, "-").slice(0, suffixMax - HASH_LENGTH - 1);
    return `${prefix}${readable ? `${readable}-` : ""}${hash}`;
}
