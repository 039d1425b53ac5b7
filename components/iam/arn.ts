import { ArgumentError } from "./argumentError";
import { ArnScope, AwsEnvironment } from "./awsEnvironment";

/** The six fields of an ARN: `arn:partition:service:region:account:resource`. */
export interface Arn {
    /** The partition, `aws` for most regions. */
    partition: string;
    /** The service namespace, for example `bedrock`. */
    service: string;
    /** The region; empty for global resources. */
    region: string;
    /** The account id; empty for resources that carry none. */
    account: string;
    /** The resource part, with its type prefix. */
    resource: string;
}

/** What an accepted ARN must look like, and how to show a valid one in an error. @internal */
export interface ArnRule {
    /** The service namespace. */
    service: string;
    /** Resource part, without any prefix the rule adds (for example the part after `key/`). */
    resource: RegExp;
    /** The resource type written before the resource part (`key/`, `function:`), empty for S3. */
    resourcePrefix: string;
    /**
     * Which of account and region the ARN carries: both (`regional`), the region only (foundation
     * models), the account only (IAM), or neither (S3 objects).
     */
    scope: "regional" | "region-only" | "account-only" | "global";
    /** A valid resource part, for the example in errors. */
    exampleResource: string;
}

/** Formats an ARN from its fields. @internal */
export function formatArn(arn: Arn): string {
    return `arn:${arn.partition}:${arn.service}:${arn.region}:${arn.account}:${arn.resource}`;
}

/** Splits an ARN into its fields, or returns `undefined` when the text is not shaped like one. @internal */
export function parseArn(text: string): Arn | undefined {
    const parts = text.split(":");
    if (parts.length < 6 || parts[0] !== "arn") {
        return undefined;
    }
    const [, partition, service, region, account] = parts;
    return { partition, service, region, account, resource: parts.slice(5).join(":") };
}

/** The partition, region and account fields an ARN of `rule` carries in `env`. */
function arnFields(rule: ArnRule, env: AwsEnvironment): Pick<Arn, "partition" | "region" | "account"> {
    return {
        partition: env.partition,
        region: rule.scope === "regional" || rule.scope === "region-only" ? env.region : "",
        account: rule.scope === "regional" || rule.scope === "account-only" ? env.account : "",
    };
}

/** The ARN of `resource` under `rule` in the scope's environment. @internal */
export function arnFor(rule: ArnRule, scope: ArnScope, resource: string): string {
    return formatArn({
        ...arnFields(rule, scope.environment),
        service: rule.service,
        resource: `${rule.resourcePrefix}${resource}`,
    });
}

/**
 * Checks that `text` is an ARN of the rule's service and resource type, in the partition, region
 * and account of the scope, and returns its resource part without the prefix.
 * @throws ArgumentError naming `argument`, with a valid ARN as the example
 * @internal
 */
export function checkArn(argument: string, text: string, rule: ArnRule, scope: ArnScope): string {
    const example = arnFor(rule, scope, rule.exampleResource);
    const arn = parseArn(text);
    if (!arn) {
        throw new ArgumentError(argument, `"${text}" is not an ARN`, example);
    }
    const wrongType = `"${text}" is not an ARN of a ${rule.service} ${rule.resourcePrefix.replace(/[/:]$/, "") || "object"}`;
    if (arn.service !== rule.service || !arn.resource.startsWith(rule.resourcePrefix)) {
        throw new ArgumentError(argument, wrongType, example);
    }
    const expected = arnFields(rule, scope.environment);
    for (const field of ["partition", "region", "account"] as const) {
        if (expected[field] !== arn[field]) {
            const where = expected[field] === "" ? "empty" : `"${expected[field]}"`;
            throw new ArgumentError(
                argument,
                `"${text}" has ${field} "${arn[field]}" but it must be ${where} for this role`,
                example,
            );
        }
    }
    const resource = arn.resource.slice(rule.resourcePrefix.length);
    if (!rule.resource.test(resource)) {
        throw new ArgumentError(argument, wrongType, example);
    }
    return resource;
}

/** A resource named by the args: its id (the resource part, without its type prefix) and its ARN. */
export interface NamedResource {
    /** The id, for example a KMS key's id or an agent's id. */
    id: string;
    /** The ARN, in the scope's environment. */
    arn: string;
}

/**
 * Accepts either a bare identifier or a full ARN for the same resource, and returns both.
 * @throws ArgumentError when the value is empty, a malformed id, or an ARN the rule rejects
 * @internal
 */
export function namedResource(
    argument: string,
    value: string,
    rule: ArnRule,
    scope: ArnScope,
): NamedResource {
    if (value.trim() === "") {
        throw new ArgumentError(argument, "is empty", rule.exampleResource);
    }
    if (value.startsWith("arn:")) {
        const id = checkArn(argument, value, rule, scope);
        return { id, arn: arnFor(rule, scope, id) };
    }
    if (!rule.resource.test(value)) {
        throw new ArgumentError(
            argument,
            `"${value}" is neither a valid id nor an ARN`,
            `${rule.exampleResource} or ${arnFor(rule, scope, rule.exampleResource)}`,
        );
    }
    return { id: value, arn: arnFor(rule, scope, value) };
}

/**
 * Accepts either a bare identifier or a full ARN for the same resource, and returns the ARN.
 * @throws ArgumentError when the value is empty, a malformed id, or an ARN the rule rejects
 * @internal
 */
export function idOrArn(argument: string, value: string, rule: ArnRule, scope: ArnScope): string {
    return namedResource(argument, value, rule, scope).arn;
}
