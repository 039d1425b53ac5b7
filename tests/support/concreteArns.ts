import { parseArn } from "../../components/iam/arn";
import type { AwsEnvironment } from "../../components/iam/awsEnvironment";
import type { RecordedResource } from "./pulumiMocks";

/** The only actions granted on the resource `*`: IAM cannot scope them to a resource type. */
const WILDCARD_ACTIONS = [
    "bedrock:RetrieveAndGenerate",
    "bedrock:AssociateThirdPartyKnowledgeBase",
    // An AgentCore runtime's image token, traces and metrics (the namespace condition scopes them).
    "ecr:GetAuthorizationToken",
    // An ECR Public image's registry token.
    "ecr-public:GetAuthorizationToken",
    "sts:GetServiceBearerToken",
    "xray:GetSamplingRules",
    "xray:GetSamplingTargets",
    "xray:PutTelemetryRecords",
    "xray:PutTraceSegments",
    "cloudwatch:PutMetricData",
    // An online evaluation's look-up of log groups and indexing of aws/spans: no resource type.
    "logs:DescribeLogGroups",
    "logs:DescribeIndexPolicies",
    "logs:PutIndexPolicy",
    // Connecting to a browser session's streams, which IAM's reference gives no resource type.
    "bedrock-agentcore:ConnectBrowserAutomationStream",
    "bedrock-agentcore:ConnectBrowserLiveViewStream",
];

interface Written {
    Action?: string[];
    Resource?: string[];
    Condition?: Record<string, Record<string, string[]>>;
}

/**
 * The models a statement grants only through inference profiles, and a cross-Region guardrail's
 * guardrail profile, may lie in other regions: a profile's destinations. Every other ARN is in
 * the agent's region, or in none.
 */
function otherRegionsAllowed(s: Written): string[] {
    const throughProfile = Object.values(s.Condition ?? {}).some(
        (keys) => "bedrock:InferenceProfileArn" in keys,
    );
    return (s.Resource ?? []).filter(
        (r) => (throughProfile && r.includes(":foundation-model/")) || r.includes(":guardrail-profile/"),
    );
}

/** Statements of every policy document in a value. */
function statementsIn(value: unknown): Written[] {
    if (typeof value === "string" && value.startsWith("{")) {
        try {
            return statementsIn(JSON.parse(value));
        } catch {
            return [];
        }
    }
    if (value && typeof value === "object") {
        const statements = (value as { Statement?: unknown }).Statement;
        return Array.isArray(statements)
            ? (statements as Written[])
            : Object.values(value).flatMap(statementsIn);
    }
    return [];
}

/** The inputs that hold documents or ARNs; descriptions and tags are free text. */
const ARN_INPUTS = [
    "assumeRolePolicy",
    "policy",
    "function",
    "sourceArn",
    "sourceAccount",
    "permissionsBoundary",
    "policyArn",
];

/** Every string in a value, JSON documents opened. */
function stringsIn(value: unknown): string[] {
    if (typeof value === "string") {
        if (value.startsWith("{")) {
            try {
                return stringsIn(JSON.parse(value));
            } catch {
                return [value];
            }
        }
        return [value];
    }
    if (Array.isArray(value)) return value.flatMap(stringsIn);
    if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
    return [];
}

/**
 * A document without the conditions of the caller's own statements: a condition only narrows its
 * statement, so the values the caller compares with (another account's ARN, say) grant nothing.
 */
function withoutUserConditions(value: unknown, userSids: string[]): unknown {
    if (typeof value !== "string" || !value.startsWith("{") || userSids.length === 0) {
        return value;
    }
    try {
        const document = JSON.parse(value) as { Statement?: { Sid?: string; Condition?: unknown }[] };
        return {
            ...document,
            Statement: (document.Statement ?? []).map(({ Condition, ...rest }) =>
                userSids.includes(rest.Sid ?? "") ? rest : { ...rest, Condition },
            ),
        };
    } catch {
        return value;
    }
}

/** A document without its Deny statements: a denial grants nothing, whatever it names. */
function withoutDenials(value: unknown): unknown {
    const document = typeof value === "string" && value.startsWith("{") ? safeJson(value) : value;
    const statements = (document as { Statement?: { Effect?: string }[] } | undefined)?.Statement;
    return Array.isArray(statements)
        ? { ...(document as object), Statement: statements.filter((s) => s.Effect !== "Deny") }
        : value;
}

/** The JSON a text holds, or the text when it holds none. */
function safeJson(text: string): unknown {
    try {
        return JSON.parse(text) as unknown;
    } catch {
        return text;
    }
}

/** The patterns the package documents: every agent of the account and region, when none is pinned. */
const documentedPattern = (env: AwsEnvironment) =>
    `arn:${env.partition}:bedrock:${env.region}:${env.account}:agent/*`;

/**
 * What is not concrete in what a run registered: an ARN with a wildcard, a variable, or another
 * partition, region or account than the agent's, beyond the documented `agent/*` pattern and
 * the `*` resource of the two actions IAM cannot scope. Empty when everything is concrete.
 * @param userSids ids of the extra statements the caller wrote, whose resources the package
 *   documents as allowed to narrow with a wildcard after a literal start (`table/sales*`)
 * @param documented further patterns the package documents (an AgentCore role's resources of its name)
 */
export function nonConcrete(
    resources: RecordedResource[],
    env: AwsEnvironment,
    userSids: string[] = [],
    documented: string[] = [],
): string[] {
    const problems: string[] = [];
    const narrowedByUser = new Set(
        resources.flatMap((r) =>
            statementsIn(r.inputs)
                .filter((s) => userSids.includes((s as { Sid?: string }).Sid ?? ""))
                .flatMap((s) => s.Resource ?? [])
                .filter((text) => /^arn:[^:*?]+:[^:*?]+:[^:*?]*:[^:*?]*:[^*?]/.test(text)),
        ),
    );
    for (const resource of resources) {
        for (const s of statementsIn(resource.inputs)) {
            if (
                (s.Resource ?? []).includes("*") &&
                !(s.Action ?? []).every((a) => WILDCARD_ACTIONS.includes(a))
            ) {
                problems.push(`${resource.name}: * granted for ${(s.Action ?? []).join(", ")}`);
            }
        }
        for (const s of statementsIn(resource.inputs)) {
            for (const text of stringsIn(s)) {
                if (/\$\{/.test(text)) {
                    problems.push(`${resource.name}: policy variable in ${text}`);
                }
            }
        }
        const destinations = new Set(statementsIn(resource.inputs).flatMap(otherRegionsAllowed));
        const inputs = ARN_INPUTS.map((input) =>
            withoutDenials(withoutUserConditions(resource.inputs[input], userSids)),
        );
        for (const text of inputs.flatMap(stringsIn)) {
            const arn = parseArn(text);
            if (!arn || text === documentedPattern(env) || documented.includes(text)) {
                continue;
            }
            if (/\$\{/.test(text) || (/[*?]/.test(text) && !narrowedByUser.has(text))) {
                problems.push(`${resource.name}: wildcard or variable in ${text}`);
            }
            if (arn.partition !== env.partition) problems.push(`${resource.name}: partition of ${text}`);
            if (![env.region, ""].includes(arn.region) && !destinations.has(text)) {
                problems.push(`${resource.name}: region of ${text}`);
            }
            if (![env.account, "", "aws"].includes(arn.account))
                problems.push(`${resource.name}: account of ${text}`);
        }
    }
    return problems;
}
