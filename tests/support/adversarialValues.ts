// What the adversarial suite strikes with: the values an attacker or a careless caller might put in
// an argument, in an environment of its own, and the patterns an AgentCore role may document.
import fc from "fast-check";
import { AGENTCORE_KINDS, AgentCoreKind } from "../../components/agentcore/agentCoreKinds";
import { observability } from "../../components/agentcore/capabilities/observability";
import type { AwsEnvironment } from "../../components/iam/awsEnvironment";

/** Not the sample environment, so that a placeholder leaking into a document is caught. */
export const ENV: AwsEnvironment = { partition: "aws", account: "111122223333", region: "eu-west-3" };
export const SECRET = "arn:aws:secretsmanager:eu-west-3:111122223333:secret:pinecone-AbC123";
export const PROFILE = "eu.anthropic.claude-sonnet-4-20250514-v1:0";
export const PROVIDER_SECRET = `arn:aws:secretsmanager:eu-west-3:111122223333:secret:bedrock-agentcore-identity!default/oauth2/github-AbC123`;

/**
 * The objects under each S3 prefix the args name (`{ bucket, prefix }`, alone or in a list): what a
 * browser's recording and a code interpreter's files are granted as, `<bucket>/<prefix>/*`.
 */
function prefixPatterns(args: Record<string, unknown>): string[] {
    return Object.values(args)
        .flatMap((value) => (Array.isArray(value) ? value : [value]))
        .flatMap((item) => {
            const { bucket, prefix } = (item ?? {}) as { bucket?: unknown; prefix?: unknown };
            return typeof bucket === "string" && typeof prefix === "string"
                ? [`arn:${ENV.partition}:s3:::${bucket}/${prefix.replace(/\/+$/, "")}/*`]
                : [];
        });
}

/**
 * The patterns an AgentCore role documents for the resource its args name: its resources of that
 * name and what AgentCore presents below them (the trust policy, the gateway key's encryption
 * context), its workload identities, where it writes logs, its log groups and streams, and the
 * objects under the S3 prefixes it names.
 */
export function agentCorePatterns(kind: AgentCoreKind, args: Record<string, unknown>): string[] {
    const entry = AGENTCORE_KINDS[kind];
    const name = String(args[entry.nameArgument]);
    const own = (resource: string) =>
        `arn:${ENV.partition}:bedrock-agentcore:${ENV.region}:${ENV.account}:${resource}`;
    const ids = `${entry.idName(name)}-??????????`;
    const resource = own(`${entry.resourceRule.resourcePrefix}${ids}`);
    const logs = `arn:${ENV.partition}:logs:${ENV.region}:${ENV.account}:log-group:/aws/bedrock-agentcore/runtimes/${ids}-*`;
    return [
        resource,
        ...entry.sourcesBelow.map((below) => `${resource}/${below}`),
        own(`workload-identity-directory/default/workload-identity/${ids}`),
        ...(entry.capabilities.includes(observability as never) ? [logs, `${logs}:log-stream:*`] : []),
        ...prefixPatterns(args),
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
