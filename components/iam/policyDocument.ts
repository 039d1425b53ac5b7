/** The IAM condition operators without qualifiers. */
export const BASE_CONDITION_OPERATORS = [
    "StringEquals",
    "StringNotEquals",
    "StringEqualsIgnoreCase",
    "StringNotEqualsIgnoreCase",
    "StringLike",
    "StringNotLike",
    "NumericEquals",
    "NumericNotEquals",
    "NumericLessThan",
    "NumericLessThanEquals",
    "NumericGreaterThan",
    "NumericGreaterThanEquals",
    "DateEquals",
    "DateNotEquals",
    "DateLessThan",
    "DateLessThanEquals",
    "DateGreaterThan",
    "DateGreaterThanEquals",
    "Bool",
    "BinaryEquals",
    "IpAddress",
    "NotIpAddress",
    "ArnEquals",
    "ArnLike",
    "ArnNotEquals",
    "ArnNotLike",
] as const;

/** An IAM condition operator without qualifiers. */
export type BaseConditionOperator = (typeof BASE_CONDITION_OPERATORS)[number];

/**
 * A condition operator as IAM accepts it: a base operator, optionally ending in `IfExists` and
 * optionally qualified for multivalued keys, or `Null`.
 */
export type ConditionOperator =
    `${"" | "ForAllValues:" | "ForAnyValue:"}${BaseConditionOperator}${"" | "IfExists"}` | "Null";

/** Whether `text` is a condition operator IAM accepts. @internal */
export function isConditionOperator(text: string): text is ConditionOperator {
    const base = text.replace(/^ForAllValues:|^ForAnyValue:/, "").replace(/IfExists$/, "");
    return text === "Null" || (BASE_CONDITION_OPERATORS as readonly string[]).includes(base);
}

/** Condition block of a statement: operator, then condition key, then the accepted values. */
export type Conditions = Partial<Record<ConditionOperator, Record<string, string[]>>>;

/** The service principal of a resource-based or trust statement. */
export interface ServicePrincipal {
    /** Service principal name, for example `bedrock.amazonaws.com`. */
    Service: string;
    /** A service principal names no AWS principal. */
    AWS?: never;
}

/** An IAM principal (a role) of a resource-based statement, such as a KMS key policy's. */
export interface AwsPrincipal {
    /** The principal's ARN. */
    AWS: string;
    /** An AWS principal names no service. */
    Service?: never;
}

/** What every statement has, in the order in which it is written. */
interface StatementFields {
    /** What the statement is for, in letters and digits. */
    Sid: string;
    /** Whether the statement allows or denies. */
    Effect: "Allow" | "Deny";
    /** Actions, sorted. */
    Action: string[];
    /** Conditions, operators and keys sorted. */
    Condition?: Conditions;
}

/** A statement of an identity policy: it names resources and never a principal. */
export interface IdentityStatement extends StatementFields {
    /** Resources, sorted. */
    Resource: string[];
    /** Identity statements have no principal: the policy's holder is the principal. */
    Principal?: never;
}

/** A statement of a resource-based policy (a Lambda function's, a KMS key's): a principal and resources. */
export interface ResourceStatement extends StatementFields {
    /** Who is allowed: a service, or a role. */
    Principal: ServicePrincipal | AwsPrincipal;
    /** Resources, sorted: the resource the policy is attached to. */
    Resource: string[];
}

/**
 * The principal of an AgentCore resource-based policy's statement: roles and users of other
 * accounts by ARN, or `*`, everyone, whom the statement's conditions narrow (an OAuth caller, whom
 * AgentCore authenticates by token before the policy is read; or everyone a Deny holds).
 */
export type InvokerPrincipal = AwsPrincipals | "*";

/** IAM principals (roles, users) by ARN. */
export interface AwsPrincipals {
    /** The principals' ARNs, sorted. */
    AWS: string[];
    /** AWS principals name no service. */
    Service?: never;
}

/**
 * A statement of a resource-based policy written before its resource exists: the resource it is
 * attached to is added then, since AgentCore requires that exact ARN in `Resource`.
 */
export interface AttachableStatement extends StatementFields {
    /** Who is allowed or denied. */
    Principal: InvokerPrincipal;
    /** Added when the statement is attached to its resource. */
    Resource?: never;
}

/** An {@link AttachableStatement} attached: `Resource` is the ARN of the resource that holds the policy. */
export interface AttachedStatement extends StatementFields {
    /** Who is allowed or denied. */
    Principal: InvokerPrincipal;
    /** The resource that holds the policy. */
    Resource: string[];
}

/** A statement of a role's trust policy: a principal, and no resource (the role itself is the resource). */
export interface TrustStatement extends StatementFields {
    /** Who may assume the role. */
    Principal: ServicePrincipal;
    /** Trust statements name no resource. */
    Resource?: never;
}

/** Any statement this package writes. */
export type Statement =
    IdentityStatement | ResourceStatement | TrustStatement | AttachableStatement | AttachedStatement;

/** An IAM policy document. */
export interface PolicyDocument<S extends Statement = Statement> {
    /** The policy language version; always `2012-10-17`, which policy variables need. */
    Version: "2012-10-17";
    /** The statements, in their fixed order. */
    Statement: S[];
}

/** Sorted, duplicate-free copy of `values`: the one ordering every list in every document uses. */
export function sortedUnique(values: Iterable<string>): string[] {
    return [...new Set(values)].sort();
}

function sortedConditions(conditions: Conditions): Conditions {
    const sorted: Conditions = {};
    for (const operator of (Object.keys(conditions) as ConditionOperator[]).sort()) {
        const keys = conditions[operator] ?? {};
        sorted[operator] = Object.fromEntries(
            Object.keys(keys)
                .sort()
                .map((key) => [key, sortedUnique(keys[key])]),
        );
    }
    return sorted;
}

/**
 * Builds a statement with its lists sorted and de-duplicated, its keys in IAM's usual order and its
 * condition operators and keys sorted, so that equal grants always serialize to equal bytes.
 */
export function statement<S extends Statement>(fields: S): S {
    const result: Record<string, unknown> = { Sid: fields.Sid, Effect: fields.Effect };
    const principal = fields.Principal;
    if (principal === "*") {
        result.Principal = principal;
    } else if (principal) {
        result.Principal = principal.AWS
            ? { AWS: Array.isArray(principal.AWS) ? sortedUnique(principal.AWS) : principal.AWS }
            : { Service: principal.Service };
    }
    result.Action = sortedUnique(fields.Action);
    if (fields.Resource) {
        result.Resource = sortedUnique(fields.Resource);
    }
    if (fields.Condition && Object.keys(fields.Condition).length > 0) {
        result.Condition = sortedConditions(fields.Condition);
    }
    return result as unknown as S;
}

/** Wraps statements into a policy document. */
export function policyDocument<S extends Statement>(statements: S[]): PolicyDocument<S> {
    return { Version: "2012-10-17", Statement: statements };
}

/**
 * JSON as IAM accepts it: IAM takes a policy document's characters only from tab, line feed,
 * carriage return and U+0020 to U+00FF (the PolicyDocument pattern of PutRolePolicy,
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutRolePolicy.html), so every other
 * character (a Japanese object key, an emoji) is written as the JSON escape `\uXXXX`, which IAM
 * reads back as the same character.
 */
function iamJson(value: unknown, indent?: number): string {
    return JSON.stringify(value, null, indent).replace(
        /[^\t\n\r\x20-\xff]/g,
        (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
    );
}

/** The JSON text of a document or statement, as written to AWS and to the plan: two-space indented. */
export function renderPolicy(document: PolicyDocument | Statement): string {
    return iamJson(document, 2);
}

/** The JSON text of a list of statements (a key policy's share), written as {@link renderPolicy} writes a document. */
export function renderStatements(statements: Statement[]): string {
    return iamJson(statements, 2);
}

/** Size of a policy as IAM counts it against its quotas: every character but white space. */
export function policySize(document: PolicyDocument | Statement): number {
    return iamJson(document).replace(/\s/g, "").length;
}

/**
 * Joins statements that share a Sid into one, uniting their resources, at the first one's place.
 * Capabilities that grant the same thing (two sources of knowledge bases) write the same Sid.
 * @throws Error when two statements share a Sid but not their effect, actions and conditions: a bug
 */
export function mergeStatementsBySid(statements: IdentityStatement[]): IdentityStatement[] {
    const merged = new Map<string, IdentityStatement>();
    const shape = (s: IdentityStatement) => JSON.stringify([s.Effect, s.Action, s.Condition]);
    for (const s of statements) {
        const existing = merged.get(s.Sid);
        if (existing && shape(existing) !== shape(s)) {
            throw new Error(`two different statements are both named ${s.Sid}`);
        }
        merged.set(
            s.Sid,
            existing ? statement({ ...existing, Resource: [...existing.Resource, ...s.Resource] }) : s,
        );
    }
    return [...merged.values()];
}
