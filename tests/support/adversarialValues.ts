// Where the adversarial suite strikes and with what: valid args naming every argument, the path
// of every argument and field, and the values an attacker or a careless caller might put there.
import fc from "fast-check";
import type { AwsEnvironment } from "../../components/iam/awsEnvironment";

/** Not the sample environment, so that a placeholder leaking into a document is caught. */
export const ENV: AwsEnvironment = { partition: "aws", account: "111122223333", region: "eu-west-3" };
export const SECRET = "arn:aws:secretsmanager:eu-west-3:111122223333:secret:pinecone-AbC123";
export const PROFILE = "eu.anthropic.claude-sonnet-4-20250514-v1:0";
export const PROVIDER_SECRET = `arn:aws:secretsmanager:eu-west-3:111122223333:secret:bedrock-agentcore-identity!default/oauth2/github-AbC123`;

/** Valid args naming every argument, each resource in the form it is most often given. */
export function baseArgs(): Record<string, unknown> {
    return {
        foundationModels: ["anthropic.claude-3-5-sonnet-20240620-v1:0", PROFILE],
        streaming: true,
        inferenceProfileDestinations: { [PROFILE]: ["eu-west-3", "eu-central-1"] },
        actionGroups: [
            {
                name: "orders",
                lambdaFunction: "orders-fn",
                apiSchema: { bucket: "agent-schemas", key: "orders.json" },
            },
            { name: "tickets", apiSchema: { arn: "arn:aws:s3:::agent-schemas/tickets.json" } },
        ],
        knowledgeBases: ["KBPRODUCTS"],
        thirdPartyKnowledgeBases: [{ credentialsSecretArn: SECRET, knowledgeBase: "KBPINECONE" }],
        customerEncryptionKey: "1234abcd-12ab-34cd-56ef-1234567890ab",
        guardrails: [
            {
                guardrail: "gr1234abcd56",
                crossRegionProfile: "eu.guardrail.v1:0",
                crossRegionDestinations: ["eu-west-3", "eu-central-1"],
                kmsKey: "5678abcd-12ab-34cd-56ef-1234567890ab",
            },
        ],
        collaborators: ["COLLAB0001/ALIAS00001"],
        prompts: ["PROMPT1234:2"],
        codeInterpreterFiles: [{ bucket: "agent-files", key: "sales.csv" }],
        customOrchestration: { lambdaFunction: "orchestrator" },
        memoryEncryptionKey: "9abcabcd-12ab-34cd-56ef-1234567890ab",
        agentAliases: ["AGENT12345/LIVE000001"],
        extraStatements: [
            {
                sid: "ReadSales",
                actions: ["dynamodb:GetItem"],
                resources: [`arn:aws:dynamodb:eu-west-3:${ENV.account}:table/sales`],
                conditions: [{ operator: "StringEquals", key: "aws:ResourceTag/team", values: ["support"] }],
            },
        ],
        agentIds: ["AGENT12345"],
        lambdaAgentIds: ["AGENT12345"],
        account: ENV.account,
        region: ENV.region,
        partition: ENV.partition,
        roleNameSuffix: "support-agent",
        description: "Support agent",
        path: "/agents/",
        tags: { team: "support" },
        maxSessionDuration: 3600,
        permissionsBoundary: "arn:aws:iam::111122223333:policy/AgentBoundary",
        quotas: { trustPolicySize: 2048, managedPoliciesPerRole: 10 },
    };
}

/** Every argument, and every field within one, as a path of keys. */
export const PATHS: (string | number)[][] = [
    ["foundationModels"],
    ["foundationModels", 0],
    ["foundationModels", 1],
    ["inferenceProfileDestinations"],
    ["inferenceProfileDestinations", PROFILE],
    ["inferenceProfileDestinations", PROFILE, 1],
    ["streaming"],
    ["actionGroups"],
    ["actionGroups", 0],
    ["actionGroups", 0, "name"],
    ["actionGroups", 0, "lambdaFunction"],
    ["actionGroups", 0, "apiSchema"],
    ["actionGroups", 0, "apiSchema", "bucket"],
    ["actionGroups", 0, "apiSchema", "key"],
    ["actionGroups", 1, "apiSchema", "arn"],
    ["knowledgeBases"],
    ["knowledgeBases", 0],
    ["thirdPartyKnowledgeBases"],
    ["thirdPartyKnowledgeBases", 0, "credentialsSecretArn"],
    ["thirdPartyKnowledgeBases", 0, "knowledgeBase"],
    ["customerEncryptionKey"],
    ["guardrails"],
    ["guardrails", 0],
    ["guardrails", 0, "guardrail"],
    ["guardrails", 0, "crossRegionProfile"],
    ["guardrails", 0, "crossRegionDestinations"],
    ["guardrails", 0, "crossRegionDestinations", 1],
    ["guardrails", 0, "kmsKey"],
    ["collaborators"],
    ["collaborators", 0],
    ["prompts", 0],
    ["codeInterpreterFiles", 0],
    ["codeInterpreterFiles", 0, "key"],
    ["customOrchestration"],
    ["customOrchestration", "lambdaFunction"],
    ["memoryEncryptionKey"],
    ["agentAliases"],
    ["agentAliases", 0],
    ["extraStatements"],
    ["extraStatements", 0, "sid"],
    ["extraStatements", 0, "effect"],
    ["extraStatements", 0, "actions"],
    ["extraStatements", 0, "actions", 0],
    ["extraStatements", 0, "resources", 0],
    ["extraStatements", 0, "conditions", 0, "operator"],
    ["extraStatements", 0, "conditions", 0, "key"],
    ["extraStatements", 0, "conditions", 0, "values", 0],
    ["extraStatements", 0, "allowsPrivilegeEscalation"],
    ["agentIds"],
    ["agentIds", 0],
    ["lambdaAgentIds"],
    ["lambdaAgentIds", 0],
    ["account"],
    ["region"],
    ["partition"],
    ["roleNameSuffix"],
    ["description"],
    ["path"],
    ["tags"],
    ["tags", "team"],
    ["maxSessionDuration"],
    ["permissionsBoundary"],
    ["quotas"],
    ["quotas", "trustPolicySize"],
    ["quotas", "managedPoliciesPerRole"],
    ["unknownArgument"],
];

/** Valid args of an AgentCore runtime role naming every argument, in the suite's environment. */
export function runtimeBaseArgs(): Record<string, unknown> {
    return {
        runtimeName: "support_agent",
        containerRepository: `${ENV.account}.dkr.ecr.${ENV.region}.amazonaws.com/support-agent:1.0`,
        foundationModels: [PROFILE],
        streaming: true,
        memories: ["support_memory-AbCdE12345"],
        gateways: [
            `arn:aws:bedrock-agentcore:${ENV.region}:${ENV.account}:gateway/support-gateway-abcdefghij`,
        ],
        oauthProviders: [{ provider: "github", secretArn: PROVIDER_SECRET }],
        apiKeyProviders: [
            { provider: "weather", secretArn: PROVIDER_SECRET.replace("oauth2/github", "apikey/weather") },
        ],
        observability: true,
        workloadAccessTokens: true,
        knowledgeBases: ["KBPRODUCTS"],
        guardrails: [{ guardrail: "gr1234abcd56" }],
        extraStatements: [
            {
                sid: "ReadSales",
                actions: ["dynamodb:GetItem"],
                resources: [`arn:aws:dynamodb:eu-west-3:${ENV.account}:table/sales`],
            },
        ],
        roleNameSuffix: "support-runtime",
        path: "/agentcore/",
        tags: { team: "support" },
    };
}

/** Valid args of an AgentCore gateway role naming every argument, in the suite's environment. */
export function gatewayBaseArgs(): Record<string, unknown> {
    return {
        gatewayName: "support-gateway",
        lambdaTargets: ["lookup-orders", `arn:aws:lambda:${ENV.region}:${ENV.account}:function:open-ticket`],
        interceptors: ["redact-pii"],
        oauthProviders: [{ provider: "github", secretArn: PROVIDER_SECRET }],
        schemaObjects: [{ bucket: "gateway-schemas", key: "orders/openapi.json" }],
        policyEngine: "support_policies-AbCdE12345",
        customerEncryptionKey: "1234abcd-12ab-34cd-56ef-1234567890ab",
        roleNameSuffix: "support-gateway",
        maxSessionDuration: 3600,
    };
}

/** Every argument and field of the AgentCore roles, with the role kind it belongs to. */
export const AGENTCORE_PATHS: ["runtime" | "gateway", (string | number)[]][] = [
    ...(
        [
            ["runtimeName"],
            ["containerRepository"],
            ["foundationModels", 0],
            ["memories"],
            ["memories", 0],
            ["gateways", 0],
            ["oauthProviders"],
            ["oauthProviders", 0],
            ["oauthProviders", 0, "provider"],
            ["oauthProviders", 0, "secretArn"],
            ["apiKeyProviders", 0, "secretArn"],
            ["apiKeyProviders", 0, "secretSource"],
            ["oauthProviders", 0, "secretSource"],
            ["observability"],
            ["workloadAccessTokens"],
            ["workloadAccessTokensForAnyUser"],
            ["knowledgeBases", 0],
            ["guardrails", 0, "guardrail"],
            ["extraStatements", 0, "resources", 0],
            ["roleNameSuffix"],
            ["path"],
            ["unknownArgument"],
        ] as (string | number)[][]
    ).map((path): ["runtime", (string | number)[]] => ["runtime", path]),
    ...(
        [
            ["gatewayName"],
            ["lambdaTargets"],
            ["lambdaTargets", 0],
            ["lambdaTargets", 1],
            ["interceptors", 0],
            ["oauthProviders", 0, "provider"],
            ["oauthProviders", 0, "secretArn"],
            ["oauthProviders", 0, "secretSource"],
            ["schemaObjects", 0],
            ["schemaObjects", 0, "bucket"],
            ["policyEngine"],
            ["customerEncryptionKey"],
            ["maxSessionDuration"],
            ["unknownArgument"],
        ] as (string | number)[][]
    ).map((path): ["gateway", (string | number)[]] => ["gateway", path]),
];

/**
 * The patterns an AgentCore role documents for the runtime or gateway named `name`: its resources
 * of that name (the trust policy and the gateway key's encryption context), its workload
 * identities, and a runtime's log groups and streams.
 */
export function agentCorePatterns(kind: "runtime" | "gateway", name: string): string[] {
    const own = (resource: string) =>
        `arn:${ENV.partition}:bedrock-agentcore:${ENV.region}:${ENV.account}:${resource}`;
    const ids = `${kind === "gateway" ? name.toLowerCase() : name}-??????????`;
    const logs = `arn:${ENV.partition}:logs:${ENV.region}:${ENV.account}:log-group:/aws/bedrock-agentcore/runtimes/${ids}-*`;
    return [
        own(`${kind}/${ids}`),
        own(`workload-identity-directory/default/workload-identity/${ids}`),
        ...(kind === "runtime"
            ? [own(`runtime/${ids}/runtime-endpoint/*`), logs, `${logs}:log-stream:*`]
            : []),
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
