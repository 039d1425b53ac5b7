// What the adversarial suite strikes with: the values an attacker or a careless caller might put in
// an argument, in an environment of its own, and the patterns an AgentCore role may document.
import fc from "fast-check";
import { AGENTCORE_KINDS, AgentCoreKind } from "../../components/agentcore/agentCoreKinds";
import { harnessEnvironment } from "../../components/agentcore/capabilities/harnessEnvironment";
import { observability } from "../../components/agentcore/capabilities/observability";
import { evaluationResults } from "../../components/agentcore/capabilities/evaluationResults";
import { LOG_GROUP } from "../../components/agentcore/capabilities/evaluatedLogs";
import type { AwsEnvironment } from "../../components/iam/awsEnvironment";

/** Not the sample environment, so that a placeholder leaking into a document is caught. */
export const ENV: AwsEnvironment = { partition: "aws", account: "111122223333", region: "eu-west-3" };
export const SECRET = "arn:aws:secretsmanager:eu-west-3:111122223333:secret:pinecone-AbC123";
export const PROFILE = "eu.anthropic.claude-sonnet-4-20250514-v1:0";
export const PROVIDER_SECRET = `arn:aws:secretsmanager:eu-west-3:111122223333:secret:bedrock-agentcore-identity!default/oauth2/github-AbC123`;

/**
 * The objects under each S3 prefix the args name (`{ bucket, prefix }`, alone or in a list): what a
 * browser's recording and a code interpreter's files are granted as, `<bucket>/<prefix>/*`, and
 * the `s3:prefix` a listing is held to, `<prefix>/*`.
 */
function prefixPatterns(args: Record<string, unknown>): string[] {
    return Object.values(args)
        .flatMap((value) => (Array.isArray(value) ? value : [value]))
        .flatMap((item) => {
            const { bucket, prefix } = (item ?? {}) as { bucket?: unknown; prefix?: unknown };
            const under = typeof prefix === "string" ? `${prefix.replace(/\/+$/, "")}/*` : "";
            // The objects' ARN pattern, and the listing's s3:prefix value (a key may hold ":").
            return typeof bucket === "string" && typeof prefix === "string"
                ? [`arn:${ENV.partition}:s3:::${bucket}/${under}`, under]
                : [];
        });
}

/**
 * The patterns an AgentCore role with `args` documents: its resources of its name and what
 * AgentCore presents below them (the trust policy, the gateway key's encryption context), its
 * workload identities, where it writes logs its log groups and streams, and the objects of the
 * buckets a memory's self-managed strategies deliver to (AgentCore chooses their keys); where it
 * queries log groups (an online evaluation's), its results group and the `:*` form of each valid one.
 */
export function agentCorePatterns(kind: AgentCoreKind, args: Record<string, unknown>): string[] {
    const entry = AGENTCORE_KINDS[kind];
    const name = String(args[entry.nameArgument]);
    const own = (resource: string) =>
        `arn:${ENV.partition}:bedrock-agentcore:${ENV.region}:${ENV.account}:${resource}`;
    const ids = `${entry.idName(name)}-??????????`;
    const resource = own(`${entry.resourceRule.resourcePrefix}${ids}`);
    // A harness's runtime: its ids name the workload identities and log groups, and it is a source.
    const runtimeName = entry.runtimeName?.(name);
    const runtimeIds = `${runtimeName ?? entry.idName(name)}-??????????`;
    const runtime = runtimeName === undefined ? [] : [own(`runtime/${runtimeIds}`)];
    const logs = `arn:${ENV.partition}:logs:${ENV.region}:${ENV.account}:log-group:/aws/bedrock-agentcore/runtimes/${runtimeIds}-*`;
    const strategies = Array.isArray(args.selfManagedStrategies)
        ? (args.selfManagedStrategies as unknown[])
        : [];
    const buckets = strategies.flatMap((strategy) => {
        const bucket = (strategy as { bucket?: unknown } | undefined)?.bucket;
        return typeof bucket === "string" ? [`arn:${ENV.partition}:s3:::${bucket}/*`] : [];
    });
    return [
        resource,
        ...entry.sourcesBelow.map((below) => `${resource}/${below}`),
        ...runtime.flatMap((arn) => [arn, `${arn}/runtime-endpoint/*`]),
        own(`workload-identity-directory/default/workload-identity/${runtimeIds}`),
        ...(entry.capabilities.includes(observability as never) ? [logs, `${logs}:log-stream:*`] : []),
        ...(entry.capabilities.includes(evaluationResults as never) ? evaluationPatterns(ids, args) : []),
        // A harness in a VPC pulls from AWS's repository harness-<region>, of an account AWS does not name.
        ...(entry.capabilities.includes(harnessEnvironment as never)
            ? [`arn:${ENV.partition}:ecr:${ENV.region}:*:repository/harness-${ENV.region}`]
            : []),
        ...prefixPatterns(args),
        ...buckets,
    ];
}

/** An online evaluation's documented patterns: its results log group's, and each log group it queries in its `:*` form. */
function evaluationPatterns(ids: string, args: Record<string, unknown>): string[] {
    const logGroup = (group: string) =>
        `arn:${ENV.partition}:logs:${ENV.region}:${ENV.account}:log-group:${group}`;
    const results = logGroup(`/aws/bedrock-agentcore/evaluations/results/${ids}`);
    const queried = (Array.isArray(args.logGroups) ? args.logGroups : [])
        .filter((group): group is string => typeof group === "string")
        .map((group) => (group.startsWith("arn:") ? group : logGroup(group)))
        .filter((arn) => LOG_GROUP.resource.test(arn.replace(/^arn:[^:]*:logs:[^:]*:[^:]*:log-group:/, "")));
    return [
        results,
        `${results}:*`,
        `${results}:log-stream:*`,
        ...[...queried, logGroup("aws/spans")].map((arn) => `${arn}:*`),
    ];
}

const lookAlike = (text: string) => text.replace(/a/g, "\u0430").replace(/e/g, "\u0435");
const otherEnvironment = (text: string) =>
    text
        .replace(/^arn:aws:/, "arn:aws-cn:")
        .replace(/:eu-west-3:/, ":us-east-1:")
        .replace(/111122223333/, "210987654321");

/** Values an attacker or a careless caller might put in place of `original`. */
export function hostile(original: unknown): fc.Arbitrary<unknown> {
    const text = typeof original === "string" ? original : JSON.stringify(original ?? "");
    return fc.oneof(
        fc.constantFrom<unknown>(
            "*",
            "?",
            "${aws:username}",
            "",
            " ",
            "\t",
            `${text}*`,
            `${text}/*`,
            `${text}?`,
            text.toUpperCase(),
            lookAlike(text),
            otherEnvironment(text),
            `${text}\${aws:SourceArn}`,
            0,
            42,
            -1,
            1.5,
            true,
            false,
            {},
            [],
            [null],
            null,
            undefined,
            { arn: "*" },
            ["*"],
            "arn:aws:iam::*:role/*",
            // The classes of the escape hatch: surrounding white space, an account of 'aws', a
            // bucket pattern, a misspelt or negated condition, privilege escalation, a role that
            // changes itself or is service-linked, characters IAM takes only escaped.
            `${text} `,
            ` ${text}`,
            `arn:aws:dynamodb:${ENV.region}:aws:table/sales`,
            "arn:aws:s3:::agent-*/sales.csv",
            "aws:ResourceAcount",
            "StringNotEquals",
            "NotIpAddress",
            "iam:PassRole",
            "iam:PutRolePolicy",
            "sts:AssumeRole",
            "..",
            "platform/agent-role",
            "AWSServiceRoleForAmazonBedrock",
            "売上/2026.csv",
        ),
        fc.string({ maxLength: 30 }),
    );
}

export function withValue(
    args: Record<string, unknown>,
    path: (string | number)[],
    value: unknown,
): Record<string, unknown> {
    const copy = structuredClone(args);
    let target = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) {
        target = target[key] as Record<string | number, unknown>;
    }
    target[path[path.length - 1]] = value;
    return copy;
}

export const pathText = (path: (string | number)[]) =>
    path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
