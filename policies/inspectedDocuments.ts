// The IAM documents a stack's resource holds, whoever wrote it: a role's trust and inline
// policies, a policy's document, a key's policy, an AgentCore resource's policy, as plain
// statements the rules read. Values arrive as the provider takes them (a JSON string, or an object
// from a program that did not stringify); what does not parse is itself reported.

/** A resource of any stack, as a policy framework or the offline plan sees it. */
export interface InspectedResource {
    /** Pulumi's type token (`aws:iam/role:Role`). */
    type: string;
    /** The resource's name in its program. */
    name: string;
    /** Its inputs, as given (a stack policy's: its outputs, which hold them). */
    props: Record<string, unknown>;
    /** Its URN, where the framework gives one. */
    urn?: string;
    /** Its ARN, where known: an output once created, or what the offline plan's mocks answer. */
    arn?: string;
    /** For each input, the URNs of the resources whose outputs it was given, where the framework says. */
    propertyDependencies?: Record<string, string[]>;
}

/** Which principal a document speaks for. */
export type DocumentKind = "trust" | "identity" | "resource";

/** One statement, normalized: lists are lists, the condition block as given. */
export interface InspectedStatement {
    /** Its position in the document, for messages. */
    index: number;
    sid?: string;
    effect: string;
    /** The principal as written (`"*"`, `{ Service: ... }`, `{ AWS: ... }`), for resource and trust documents. */
    principal?: unknown;
    actions: string[];
    notActions: string[];
    resources: string[];
    notResources: string[];
    /** operator → key → values. */
    conditions: Record<string, Record<string, string[]>>;
}

/** One document of a resource: which input holds it, whose it is, its statements. */
export interface InspectedDocument {
    /** The input it was read from (`assumeRolePolicy`, `inlinePolicies[0].policy`). */
    input: string;
    kind: DocumentKind;
    statements: InspectedStatement[];
    /** Set when the input is not a policy document: why. */
    unreadable?: string;
}

/** A policy element that may be one value or a list, as a list of strings. */
export const list = (value: unknown): string[] =>
    value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v) => String(v));

function conditions(value: unknown): Record<string, Record<string, string[]>> {
    if (typeof value !== "object" || value === null) {
        return {};
    }
    return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([operator, keys]) => [
            operator,
            Object.fromEntries(
                Object.entries(typeof keys === "object" && keys !== null ? keys : {}).map(([key, v]) => [
                    key,
                    list(v),
                ]),
            ),
        ]),
    );
}

/**
 * The document an input holds, its statements normalized; `unreadable` says why when the input is
 * no policy document (not JSON, no Statement).
 */
export function inspectedDocument(input: string, kind: DocumentKind, value: unknown): InspectedDocument {
    let parsed: unknown = value;
    if (typeof value === "string") {
        try {
            parsed = JSON.parse(value);
        } catch {
            return { input, kind, statements: [], unreadable: "is not JSON" };
        }
    }
    const statement = (parsed as { Statement?: unknown } | null)?.Statement;
    if (typeof parsed !== "object" || parsed === null || statement === undefined) {
        return { input, kind, statements: [], unreadable: "has no Statement" };
    }
    const statements = (Array.isArray(statement) ? statement : [statement]).map(
        (s: Record<string, unknown>, index): InspectedStatement => ({
            index,
            ...(typeof s?.Sid === "string" ? { sid: s.Sid } : {}),
            effect: String(s?.Effect ?? ""),
            ...(s?.Principal !== undefined ? { principal: s.Principal } : {}),
            actions: list(s?.Action),
            notActions: list(s?.NotAction),
            resources: list(s?.Resource),
            notResources: list(s?.NotResource),
            conditions: conditions(s?.Condition),
        }),
    );
    return { input, kind, statements };
}

/** Where each type of resource keeps its documents, and whose each is. */
const DOCUMENTS: Record<string, (props: Record<string, unknown>) => [string, DocumentKind, unknown][]> = {
    "aws:iam/role:Role": (props) => [
        ["assumeRolePolicy", "trust", props.assumeRolePolicy],
        ...(Array.isArray(props.inlinePolicies) ? props.inlinePolicies : []).map(
            (p: { policy?: unknown }, i): [string, DocumentKind, unknown] => [
                `inlinePolicies[${i}].policy`,
                "identity",
                p?.policy,
            ],
        ),
    ],
    "aws:iam/rolePolicy:RolePolicy": (props) => [["policy", "identity", props.policy]],
    "aws:iam/policy:Policy": (props) => [["policy", "identity", props.policy]],
    "aws:iam/userPolicy:UserPolicy": (props) => [["policy", "identity", props.policy]],
    "aws:iam/groupPolicy:GroupPolicy": (props) => [["policy", "identity", props.policy]],
    "aws:kms/key:Key": (props) => [["policy", "resource", props.policy]],
    "aws:kms/keyPolicy:KeyPolicy": (props) => [["policy", "resource", props.policy]],
    "aws:bedrock/agentcoreResourcePolicy:AgentcoreResourcePolicy": (props) => [
        ["policy", "resource", props.policy],
    ],
};

/** The resource types whose documents the rules read. */
export const DOCUMENT_TYPES = Object.keys(DOCUMENTS);

/** The documents a resource holds; none for a type that holds none, or inputs not given. */
export function documentsOf(resource: InspectedResource): InspectedDocument[] {
    const where = DOCUMENTS[resource.type];
    return (where ? where(resource.props) : [])
        .filter(([, , value]) => value !== undefined && value !== null && value !== "")
        .map(([input, kind, value]) => inspectedDocument(input, kind, value));
}
