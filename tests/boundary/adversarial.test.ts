// Adversarial property-based tests: IAM-special and malformed values injected into every argument,
// one at a time, through the public component and the stack program on mocks. Either the run
// fails with an ArgumentError naming that argument and registers nothing, or everything it
// registers is concrete.
import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import fc from "fast-check";
import { ArgumentError } from "../../components/argumentError";
import { BedrockAgentRole } from "../../components/bedrockAgentRole";
import type { AwsEnvironment } from "../../components/iam/awsEnvironment";
import { CONFIG_KEYS } from "../../program/agentConfig";
import { agentProgram } from "../../program/agentProgram";
import { nonConcrete } from "../support/concreteArns";
import { drainRegistrations, installMocks, RecordedResource, settle } from "../support/pulumiMocks";

const RUNS = Number(process.env.ADVERSARIAL_RUNS ?? 1000);
/** Not the sample environment, so that a placeholder leaking into a document is caught. */
const ENV: AwsEnvironment = { partition: "aws", account: "111122223333", region: "eu-west-3" };
const SECRET = "arn:aws:secretsmanager:eu-west-3:111122223333:secret:pinecone-AbC123";
const PROFILE = "eu.anthropic.claude-sonnet-4-20250514-v1:0";

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
const PATHS: (string | number)[][] = [
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

/**
 * Arguments that hold ARNs: a valid but different account, region or partition makes them
 * foreign, and the error may name them rather than the environment field.
 */
const ARN_ARGUMENTS = [
    "thirdPartyKnowledgeBases[0].credentialsSecretArn",
    "extraStatements[0].resources[0]",
    "thirdPartyKnowledgeBaseSecrets[0]",
    "actionGroups[1].apiSchema.arn",
    "permissionsBoundary",
];
const ENVIRONMENT_FIELDS = ["account", "region", "partition"];
/**
 * Arguments only the Lambda permissions and the callers' policy read: the role never waits for
 * them, so it may be registered before they fail; what reads them never is.
 */
const LATE_ARGUMENTS = ["lambdaAgentIds", "agentAliases"];

const lookAlike = (text: string) => text.replace(/a/g, "\u0430").replace(/e/g, "\u0435");
const otherEnvironment = (text: string) =>
    text
        .replace(/^arn:aws:/, "arn:aws-cn:")
        .replace(/:eu-west-3:/, ":us-east-1:")
        .replace(/111122223333/, "210987654321");

/** Values an attacker or a careless caller might put in place of `original`. */
function hostile(original: unknown): fc.Arbitrary<unknown> {
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
        ),
        fc.string({ maxLength: 30 }),
    );
}

function withValue(
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

const pathText = (path: (string | number)[]) =>
    path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
const normalized = (argument: string) => argument.replace(/\["([^"]+)"\]/g, ".$1").replace(/^[\w-]+:/, "");

/** Whether an error about `argument` is about the mutated `path`: one names a part of the other. */
function names(argument: string, path: string): boolean {
    const [a, b] = [normalized(argument), normalized(path)];
    const within = (x: string, y: string) => x === y || y.startsWith(`${x}.`) || y.startsWith(`${x}[`);
    // lambdaAgentIds must be among agentIds: a bad agentIds can surface as a refused lambdaAgentIds.
    const admitted = b.startsWith("agentIds") && a.startsWith("lambdaAgentIds");
    return (
        within(a, b) ||
        within(b, a) ||
        admitted ||
        (ENVIRONMENT_FIELDS.includes(b) &&
            (ARN_ARGUMENTS.includes(a) || LATE_ARGUMENTS.some((l) => a.startsWith(l))))
    );
}

const outsideComponents = (recorded: RecordedResource[]) =>
    recorded.filter((r) => r.type !== "bedrock-agent-role:index:BedrockAgentRole");

/** Runs `declare` on fresh mocks and checks the run's outcome against the mutated argument. */
async function checkRun(
    path: string,
    declare: () => { roleArn: pulumi.Output<string>; callerPolicy: pulumi.Output<string> },
    project?: string,
): Promise<void> {
    const recorded = await installMocks({
        environment: ENV,
        project,
        // AWS knows the profile: what GetInferenceProfile answers where the args give no destinations.
        inferenceProfiles: {
            [PROFILE]: ["eu-west-3", "eu-central-1"].map(
                (r) => `arn:aws:bedrock:${r}::foundation-model/${PROFILE.slice(3)}`,
            ),
        },
    });
    let failure: unknown;
    try {
        const declared = declare();
        await settle(pulumi.all([declared.roleArn, declared.callerPolicy]));
    } catch (error) {
        failure = error;
    }
    if (failure !== undefined) {
        expect(ArgumentError.isArgumentError(failure), String(failure)).to.equal(true);
        const argument = (failure as ArgumentError).argument;
        expect(names(argument, path), `${argument} for ${path}: ${(failure as Error).message}`).to.equal(
            true,
        );
        await new Promise((resolve) => setImmediate(resolve));
        const late = LATE_ARGUMENTS.some((l) => normalized(argument).startsWith(l));
        const registered = outsideComponents(recorded).filter(
            (r) =>
                !late ||
                ![
                    "aws:iam/role:Role",
                    "aws:iam/rolePolicy:RolePolicy",
                    "aws:iam/policy:Policy",
                    "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
                ].includes(r.type),
        );
        expect(registered, "registered despite the error").to.deep.equal([]);
        return;
    }
    await drainRegistrations();
    expect(nonConcrete(recorded, ENV, ["ReadSales"]), path).to.deep.equal([]);
}

describe("boundary: adversarial values, one argument at a time (fast-check)", function () {
    this.timeout(300000);

    it(`through the component: an ArgumentError naming the argument and nothing registered, or only concrete ARNs (${RUNS} runs)`, async () => {
        const base = baseArgs();
        await fc.assert(
            fc.asyncProperty(
                fc
                    .constantFrom(...PATHS)
                    .chain((path) =>
                        fc.tuple(
                            fc.constant(path),
                            hostile(
                                path.reduce<unknown>(
                                    (v, k) => (v as Record<string | number, unknown>)?.[k],
                                    base,
                                ),
                            ),
                            fc.boolean(),
                        ),
                    ),
                async ([path, value, late]) => {
                    const mutated = withValue(
                        base,
                        path,
                        late && value !== undefined ? pulumi.output(value) : value,
                    );
                    await checkRun(pathText(path), () => new BedrockAgentRole("adversary", mutated as never));
                },
            ),
            { numRuns: RUNS },
        );
    });

    it(`through the stack program: an ArgumentError naming the config key and nothing registered, or only concrete ARNs (${RUNS} runs)`, async () => {
        const project = "bedrock-agent-role";
        // The config keys named like arguments take the arguments' values; the rest are flat.
        const config: Record<string, unknown> = {
            ...Object.fromEntries(Object.entries(baseArgs()).filter(([key]) => key in CONFIG_KEYS)),
            thirdPartyKnowledgeBaseSecrets: [SECRET],
            trustPolicySize: 2048,
        };
        const keys = [...Object.keys(config), "unknownKey"];
        try {
            await fc.assert(
                fc.asyncProperty(
                    fc.constantFrom(...keys).chain((key) => fc.tuple(fc.constant(key), hostile(config[key]))),
                    async ([key, value]) => {
                        const stack: Record<string, string> = { "aws:region": ENV.region };
                        for (const [k, v] of Object.entries({ ...config, [key]: value })) {
                            if (v !== undefined) {
                                stack[`${project}:${k}`] = typeof v === "string" ? v : JSON.stringify(v);
                            }
                        }
                        await checkRun(
                            `${project}:${key}`,
                            () => {
                                pulumi.runtime.setAllConfig(stack);
                                return agentProgram();
                            },
                            project,
                        );
                    },
                ),
                { numRuns: RUNS },
            );
        } finally {
            pulumi.runtime.setAllConfig({});
        }
    });
});
