// Peer documents as a stack's resources: what the policy pack sees when a team writes them in
// Pulumi. Each peer publishes its documents in its own form (a CloudFormation template CDK
// synthesized, a Terraform or Pulumi policy-document data source, a page's JSON with
// placeholders); these helpers turn each into the resource Pulumi would hold, changing no value.
import type { InspectedResource } from "../../../policies/inspectedDocuments";

/** The account, region and partition the corpus is resolved in: AWS's examples' own. */
export const CORPUS_PLACE = { partition: "aws", region: "us-east-1", account: "123456789012" };

const PSEUDO: Record<string, string> = {
    "AWS::Partition": CORPUS_PLACE.partition,
    "AWS::Region": CORPUS_PLACE.region,
    "AWS::AccountId": CORPUS_PLACE.account,
    "AWS::URLSuffix": "amazonaws.com",
};

/**
 * A CloudFormation value resolved as CloudFormation would in the corpus's account and region:
 * pseudo parameters, `Fn::Join`, `Fn::Sub`, and `Fn::GetAtt` / `Ref` of the template's own
 * resources from `attributes` (`Function.Arn`).
 */
export function resolved(value: unknown, attributes: Record<string, string> = {}): unknown {
    if (Array.isArray(value)) {
        return value.map((v) => resolved(v, attributes));
    }
    if (typeof value !== "object" || value === null) {
        return value;
    }
    const object = value as Record<string, unknown>;
    const lookup = (name: string) => {
        const found = PSEUDO[name] ?? attributes[name];
        if (found === undefined) {
            throw new Error(`the corpus gives no value for ${name}`);
        }
        return found;
    };
    if ("Ref" in object) {
        return lookup(String(object.Ref));
    }
    if ("Fn::GetAtt" in object) {
        return lookup((object["Fn::GetAtt"] as string[]).join("."));
    }
    if ("Fn::Join" in object) {
        const [separator, parts] = object["Fn::Join"] as [string, unknown[]];
        return parts.map((part) => resolved(part, attributes)).join(separator);
    }
    if ("Fn::Sub" in object) {
        return String(object["Fn::Sub"]).replace(/\$\{([^}]+)\}/g, (_, name: string) => lookup(name));
    }
    return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, resolved(v, attributes)]));
}

/** A template's resource (`{ Type, Properties }`) as the Pulumi resource holding the same documents. */
export function templateResource(
    name: string,
    resource: { Type: string; Properties: Record<string, unknown> },
    attributes: Record<string, string> = {},
): InspectedResource {
    const p = resolved(resource.Properties, attributes) as Record<string, unknown>;
    switch (resource.Type) {
        case "AWS::IAM::Role":
            return {
                type: "aws:iam/role:Role",
                name,
                props: { assumeRolePolicy: JSON.stringify(p.AssumeRolePolicyDocument) },
            };
        case "AWS::IAM::Policy":
            return {
                type: "aws:iam/rolePolicy:RolePolicy",
                name,
                props: { policy: JSON.stringify(p.PolicyDocument) },
            };
        case "AWS::Lambda::Permission":
            return {
                type: "aws:lambda/permission:Permission",
                name,
                props: {
                    action: p.Action,
                    function: p.FunctionName,
                    principal: p.Principal,
                    ...(p.SourceAccount !== undefined ? { sourceAccount: p.SourceAccount } : {}),
                    ...(p.SourceArn !== undefined ? { sourceArn: p.SourceArn } : {}),
                },
            };
        default:
            throw new Error(`the corpus reads no ${resource.Type}`);
    }
}

/** One statement of Terraform's `aws_iam_policy_document` or Pulumi's `aws.iam.getPolicyDocument`, which share a schema. */
export interface PolicyDocumentStatement {
    sid?: string;
    effect?: string;
    actions?: string[];
    resources?: string[];
    principals?: { type: string; identifiers: string[] }[];
    conditions?: { test: string; variable: string; values: string[] }[];
}

/** The policy JSON the data source renders from its statements (Effect defaults to Allow, as the provider's does). */
export function policyDocumentJson(statements: PolicyDocumentStatement[]): string {
    return JSON.stringify({
        Version: "2012-10-17",
        Statement: statements.map((s) => ({
            ...(s.sid ? { Sid: s.sid } : {}),
            Effect: s.effect ?? "Allow",
            ...(s.actions ? { Action: s.actions } : {}),
            ...(s.resources ? { Resource: s.resources } : {}),
            ...(s.principals
                ? { Principal: Object.fromEntries(s.principals.map((p) => [p.type, p.identifiers])) }
                : {}),
            ...(s.conditions
                ? {
                      Condition: s.conditions.reduce<Record<string, Record<string, string[]>>>(
                          (all, c) => ({ ...all, [c.test]: { ...all[c.test], [c.variable]: c.values } }),
                          {},
                      ),
                  }
                : {}),
        })),
    });
}

/** A published document with its placeholders filled in, as its page or template asks its reader to. */
export function filled<T>(document: T, values: Record<string, string>): T {
    let text = JSON.stringify(document);
    for (const [placeholder, value] of Object.entries(values)) {
        text = text.split(placeholder).join(value);
    }
    return JSON.parse(text) as T;
}

/** A Lambda resource-based policy statement as the `aws.lambda.Permission` whose AddPermission writes it. */
export function permissionOf(name: string, statement: Record<string, unknown>): InspectedResource {
    const condition = (statement.Condition ?? {}) as Record<string, Record<string, string>>;
    const key = (operator: string, wanted: string) =>
        Object.entries(condition[operator] ?? {}).find(
            ([k]) => k.toLowerCase() === wanted.toLowerCase(),
        )?.[1];
    return {
        type: "aws:lambda/permission:Permission",
        name,
        props: {
            action: statement.Action,
            function: statement.Resource,
            principal: (statement.Principal as { Service: string }).Service,
            sourceAccount: key("StringEquals", "aws:SourceAccount"),
            sourceArn: key("ArnLike", "aws:SourceArn"),
        },
    };
}

/** A role of the corpus: its trust, and optionally one inline policy. */
export const roleOf = (name: string, trust: unknown, inline?: unknown): InspectedResource => ({
    type: "aws:iam/role:Role",
    name,
    props: {
        assumeRolePolicy: typeof trust === "string" ? trust : JSON.stringify(trust),
        ...(inline === undefined
            ? {}
            : { inlinePolicies: [{ name: "inline", policy: JSON.stringify(inline) }] }),
    },
});

/** A policy document of the corpus as an `aws.iam.Policy`, as a team writes a managed policy. */
export const managedPolicyOf = (name: string, policy: unknown): InspectedResource => ({
    type: "aws:iam/policy:Policy",
    name,
    props: { policy: JSON.stringify(policy) },
});
