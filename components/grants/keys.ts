import { ArgumentError } from "../iam/argumentError";
import { optionalString } from "../iam/argumentTypes";
import { arnFor, ArnRule, NamedResource, namedResource } from "../iam/arn";
import type { ResourceStatement } from "../iam/policyDocument";
import type { ArnScope } from "../iam/awsEnvironment";

/** A symmetric KMS key, single- or multi-Region. @internal */
export const KMS_KEY: ArnRule = {
    service: "kms",
    resourcePrefix: "key/",
    resource: /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/,
    scope: "regional",
    exampleResource: "1234abcd-12ab-34cd-56ef-1234567890ab",
};

/** A statement a KMS key's policy needs, with the key it is for. @internal */
export interface KeyPolicyGrant {
    /** The key: its id and ARN. */
    key: NamedResource;
    /** The statement to add to the key's policy. */
    statement: ResourceStatement;
}

/**
 * A KMS key given by id or ARN, when the argument is given: its id and ARN. Aliases are refused:
 * IAM authorizes KMS requests against the key itself, so a grant on an alias would never match.
 * @throws ArgumentError naming `argument` for a value of another type, an alias or a malformed key
 * @internal
 */
export function optionalKmsKey(argument: string, value: unknown, scope: ArnScope): NamedResource | undefined {
    const key = optionalString(argument, value, KMS_KEY.exampleResource);
    if (key === undefined) {
        return undefined;
    }
    if (key.startsWith("alias/") || /:alias\//.test(key)) {
        throw new ArgumentError(
            argument,
            `"${key}" is an alias; IAM authorizes KMS requests against the key itself, so give its id or ARN`,
            arnFor(KMS_KEY, scope, KMS_KEY.exampleResource),
        );
    }
    return namedResource(argument, key, KMS_KEY, scope);
}

/**
 * A single-Region KMS key given by id or ARN, when the argument is given, for a service that
 * refuses multi-Region keys (`mrk-…`): its id and ARN. Whether the key is symmetric no id or ARN
 * says; the service refuses an asymmetric one when it is configured.
 * @param service who refuses multi-Region keys, for the error (`AgentCore Identity's token vault`)
 * @throws ArgumentError naming `argument` as {@link optionalKmsKey} does, or for a multi-Region key
 * @internal
 */
export function optionalSingleRegionKmsKey(
    argument: string,
    value: unknown,
    scope: ArnScope,
    service: string,
): NamedResource | undefined {
    const key = optionalKmsKey(argument, value, scope);
    if (key?.id.startsWith("mrk-")) {
        throw new ArgumentError(
            argument,
            `"${key.id}" is a multi-Region key; ${service} takes only a single-Region symmetric key`,
            arnFor(KMS_KEY, scope, KMS_KEY.exampleResource),
        );
    }
    return key;
}
