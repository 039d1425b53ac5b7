/** Condition block of a statement: operator, then condition key, then the accepted values. */
export type Conditions = Record<string, Record<string, string[]>>;

/** One IAM policy statement, in the fixed key order in which it is written. */
export interface Statement {
    /** What the statement is for, in letters and digits. */
    Sid: string;
    /** Whether the statement allows or denies. */
    Effect: "Allow" | "Deny";
    /** The service principal, in resource-based and trust policies. */
    Principal?: {
        /** Service principal name, for example `bedrock.amazonaws.com`. */
        Service: string;
    };
    /** Actions, sorted. */
    Action: string[];
    /** Resources, sorted; absent in trust policies. */
    Resource?: string[];
    /** Conditions, operators and keys sorted. */
    Condition?: Conditions;
}

/** An IAM policy document. */
export interface PolicyDocument {
    /** The policy language version; always `2012-10-17`, which policy variables need. */
    Version: "2012-10-17";
    /** The statements, in their fixed order. */
    Statement: Statement[];
}

/** Sorted, duplicate-free copy of `values`: the one ordering every list in every document uses. */
export function sortedUnique(values: Iterable<string>): string[] {
    return [...new Set(values)].sort();
}

/**
 * Builds a statement with its lists sorted and de-duplicated and its condition operators and keys
 * in sorted order, so that equal grants always serialize to equal bytes.
 */
export function statement(fields: Statement): Statement {
    const result: Statement = {
        Sid: fields.Sid,
        Effect: fields.Effect,
        ...(fields.Principal ? { Principal: { Service: fields.Principal.Service } } : {}),
        Action: sortedUnique(fields.Action),
    };
    if (fields.Resource) {
        result.Resource = sortedUnique(fields.Resource);
    }
    if (fields.Condition && Object.keys(fields.Condition).length > 0) {
        const condition: Conditions = {};
        for (const operator of Object.keys(fields.Condition).sort()) {
            condition[operator] = {};
            for (const key of Object.keys(fields.Condition[operator]).sort()) {
                condition[operator][key] = sortedUnique(fields.Condition[operator][key]);
            }
        }
        result.Condition = condition;
    }
    return result;
}

/** Wraps statements into a policy document. */
export function policyDocument(statements: Statement[]): PolicyDocument {
    return { Version: "2012-10-17", Statement: statements };
}

/** The JSON text of a document or statement, as written to AWS and to the plan: two-space indented. */
export function renderPolicy(document: PolicyDocument | Statement): string {
    return JSON.stringify(document, null, 2);
}

/** Size of a policy as IAM counts it against its quotas: every character but white space. */
export function policySize(document: PolicyDocument | Statement): number {
    return JSON.stringify(document).replace(/\s/g, "").length;
}
