import { ArgumentError } from "./argumentError";
import { shortHash } from "./names";
import { formatArn, parseArn } from "./arn";
import { MANAGED_POLICIES_PER_ROLE } from "./limits";
import type { AwsEnvironment } from "./awsEnvironment";
import { IdentityStatement, PolicyDocument, policyDocument, policySize, statement } from "./policyDocument";

/** How much room the role's identity policies have. @internal */
export interface PackingLimits {
    /** Characters for all inline policies of the role together. */
    inlineMax: number;
    /** Characters per customer-managed policy. */
    managedMax: number;
    /** Customer-managed policies the component may attach to the role. */
    managedPoliciesMax: number;
}

/** One customer-managed policy: a part of one statement that did not fit inline. */
export interface ManagedPolicyPart {
    /** Stable key: the statement's Sid, and the part's bucket when the statement was split. */
    key: string;
    /** The policy document. */
    document: PolicyDocument<IdentityStatement>;
}

/** A customer-managed policy of the role, with its name. */
export interface ManagedPolicy extends ManagedPolicyPart {
    /** The policy's name: the role's name and the part's key, within IAM's limit. */
    name: string;
}

/** Where each statement of the identity policy lives. @internal */
export interface PackedPolicies {
    /** The role's inline policy. */
    inline: PolicyDocument<IdentityStatement>;
    /** Customer-managed policies for what did not fit inline. */
    managed: ManagedPolicyPart[];
}

/**
 * The longest partition (`aws-us-gov`) and region (`us-isof-south-1`) names, as stand-ins of the
 * agent's own: sizes are counted as if every ARN of the agent's environment carried them, so the
 * layout is the same in every environment and is known before the provider answers.
 * @internal
 */
export const LAYOUT_WIDTHS = { partition: 10, region: 15 };

/**
 * A value with the agent's partition, region and account replaced by fixed-width stand-ins: equal
 * for the same resource in every environment, and never shorter than the real value.
 */
function layoutValue(value: string, env: AwsEnvironment): string {
    const arn = parseArn(value);
    if (!arn) {
        return value === env.account ? "#".repeat(12) : value;
    }
    const field = (actual: string, own: string, width: number) =>
        actual === own ? "#".repeat(Math.max(width, own.length)) : actual;
    return formatArn({
        ...arn,
        partition: field(arn.partition, env.partition, LAYOUT_WIDTHS.partition),
        region: field(arn.region, env.region, LAYOUT_WIDTHS.region),
        account: field(arn.account, env.account, 12),
    });
}

/** Size of a document as the layout counts it: every ARN of the agent's environment at the widest. */
function layoutSize(statements: IdentityStatement[], env: AwsEnvironment): number {
    const widened = statements.map((s) => ({
        ...s,
        Resource: s.Resource.map((r) => layoutValue(r, env)),
        Condition: Object.fromEntries(
            Object.entries(s.Condition ?? {}).map(([operator, keys]) => [
                operator,
                Object.fromEntries(
                    Object.entries(keys ?? {}).map(([k, v]) => [k, v.map((x) => layoutValue(x, env))]),
                ),
            ]),
        ),
    }));
    return policySize(policyDocument(widened));
}

/**
 * The list a statement can be split along: its resources, never its condition values. Parts with
 * a subset of the resources each, and the same conditions, allow together exactly what the
 * statement allows; parts with subsets of a condition's values would not under a negated operator
 * (`StringNotEquals k: [a, b]` split in two allows `k = b` through the part that names only `a`).
 */
function splitList(
    s: IdentityStatement,
): { values: string[]; rebuild(values: string[]): IdentityStatement } | undefined {
    return s.Resource.length > 1
        ? { values: s.Resource, rebuild: (values) => statement({ ...s, Resource: values }) }
        : undefined;
}

/**
 * Splits a statement into 2^k parts by a hash of each value (as the layout writes it), the fewest
 * that each fit `max`. A value always lands in the same part for a given k, so adding one entity
 * changes one part; only when k grows do values move, each part dividing in two.
 */
function splitByHash(
    s: IdentityStatement,
    max: number,
    env: AwsEnvironment,
    argument: string,
): { bucket: number; part: IdentityStatement }[] {
    const list = splitList(s);
    if (!list) {
        throw new ArgumentError(
            argument,
            `statement ${s.Sid} alone is ${layoutSize([s], env)} characters, over the ${max} of a managed policy, ` +
                "and only its resources may be split: splitting its condition values could change what it allows",
            "fewer or shorter condition values, or the statement as several statements",
        );
    }
    for (let parts = 2; parts <= list.values.length; parts *= 2) {
        const buckets: string[][] = Array.from({ length: parts }, () => []);
        for (const value of list.values) {
            buckets[parseInt(shortHash(layoutValue(value, env)), 16) % parts].push(value);
        }
        const split = buckets.flatMap((values, bucket) =>
            values.length > 0 ? [{ bucket, part: list.rebuild(values) }] : [],
        );
        if (split.every(({ part }) => layoutSize([part], env) <= max)) {
            return split;
        }
    }
    throw new ArgumentError(
        argument,
        `statement ${s.Sid} cannot be split by its resources to fit ${max} characters`,
        "fewer or shorter resources or condition values",
    );
}

/**
 * Places the identity policy's statements: all inline when they fit IAM's inline quota; otherwise
 * whole statements inline in their fixed order while they fit, and each other statement in
 * customer-managed policies, split by its resources' hash when it exceeds one. Sizes are counted with the
 * agent's partition and region at their widest ({@link LAYOUT_WIDTHS}), so the same args give the
 * same policies in every environment: the layout is known as the component is constructed.
 * @param argumentOf the argument a statement comes from, named when it cannot fit
 * @throws ArgumentError when more managed policies would be needed than allowed, or a statement
 *   does not fit one managed policy however its resources are split
 * @internal
 */
export function packPolicies(
    statements: IdentityStatement[],
    limits: PackingLimits,
    env: AwsEnvironment,
    argumentOf: (sid: string) => string,
): PackedPolicies {
    const inline: IdentityStatement[] = [];
    const spilled: IdentityStatement[] = [];
    for (const s of statements) {
        (layoutSize([...inline, s], env) <= limits.inlineMax ? inline : spilled).push(s);
    }
    const managed = spilled.flatMap((s) => {
        if (layoutSize([s], env) <= limits.managedMax) {
            return [{ key: s.Sid, document: policyDocument([s]) }];
        }
        return splitByHash(s, limits.managedMax, env, argumentOf(s.Sid)).map(({ bucket, part }) => ({
            key: `${s.Sid}-${bucket + 1}`,
            document: policyDocument([part]),
        }));
    });
    if (inline.length === 0 && managed.length > 0) {
        // An empty policy is invalid; a managed part always fits the larger inline quota.
        inline.push(...(managed.shift() as ManagedPolicyPart).document.Statement);
    }
    if (managed.length > limits.managedPoliciesMax) {
        throw new ArgumentError(
            "quotas.managedPoliciesPerRole",
            `the identity policy needs ${managed.length} managed policies besides the ${limits.inlineMax}-character ` +
                `inline policy, but at most ${limits.managedPoliciesMax} may be attached; grant fewer resources or ` +
                `raise the quota (IAM allows up to ${MANAGED_POLICIES_PER_ROLE.ceiling} on request)`,
            managed.length <= MANAGED_POLICIES_PER_ROLE.ceiling
                ? String(managed.length)
                : `at most ${MANAGED_POLICIES_PER_ROLE.ceiling}, with fewer resources granted`,
        );
    }
    return { inline: policyDocument(inline), managed };
}
