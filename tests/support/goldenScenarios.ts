// The inputs whose outputs are frozen as goldens: every fixture and example, and the shapes that
// exercise each code path (pinned agents, Output values, other partitions, managed policies). A
// scenario runs the public component (or an example program) on mocks and records what it would
// ask AWS for, sorted, so that a restructuring can prove it changes nothing.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { agentOutputs } from "../../program/stackOutputs";
import { runExample, Scenario } from "./goldenRecorder";
import { BedrockAgentRole } from "../../index";
import type { BedrockAgentRoleArgs } from "../../components/agents/bedrockAgentRoleArgs";
import type { AwsEnvironment } from "../../components/iam/awsEnvironment";
import { fullArgs, minimalArgs, supervisorArgs } from "./fixtures";
import { EXAMPLES } from "./packedPackage";

const component = (
    args: BedrockAgentRoleArgs,
    name = "support-agent",
    opts?: pulumi.ComponentResourceOptions,
) => agentOutputs(new BedrockAgentRole(name, args, opts));

const gov: AwsEnvironment = { partition: "aws-us-gov", account: "123456789012", region: "us-gov-west-1" };
const cn: AwsEnvironment = { partition: "aws-cn", account: "123456789012", region: "cn-north-1" };
const ids = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(10 - prefix.length, "0")}`);

export const SCENARIOS: Scenario[] = [
    { name: "full", run: () => component(fullArgs()) },
    { name: "minimal", run: () => component(minimalArgs()) },
    {
        name: "pinned-agents",
        run: () =>
            component({
                ...fullArgs(),
                agentIds: ["AGENTBBBBB", "arn:aws:bedrock:us-east-1:123456789012:agent/AGENTAAAAA"],
            }),
    },
    { name: "streaming-off", run: () => component({ ...fullArgs(), streaming: false }) },
    {
        name: "govcloud",
        mocks: { environment: gov },
        run: () =>
            component(
                {
                    ...fullArgs(),
                    foundationModels: ["amazon.nova-pro-v1:0"],
                    actionGroups: [
                        {
                            name: "orders",
                            lambdaFunction: "orders",
                            apiSchema: { bucket: "agent-schemas", key: "orders.json" },
                        },
                    ],
                    knowledgeBases: ["KBPRODUCTS"],
                    thirdPartyKnowledgeBases: [],
                },
                "gov-agent",
                { provider: new aws.Provider("gov", { region: "us-gov-west-1" }) },
            ),
    },
    {
        name: "china",
        mocks: { environment: cn },
        run: () => component({ ...minimalArgs(), knowledgeBases: ["KBPRODUCTS"] }),
    },
    {
        name: "explicit-region",
        run: () =>
            component({
                foundationModels: ["anthropic.claude-3-5-sonnet-20240620-v1:0"],
                customerEncryptionKey: "1234abcd-12ab-34cd-56ef-1234567890ab",
                region: "eu-central-1",
                actionGroups: [{ name: "orders", lambdaFunction: "orders" }],
                knowledgeBases: ["KBPRODUCTS"],
                thirdPartyKnowledgeBases: [
                    {
                        credentialsSecretArn:
                            "arn:aws:secretsmanager:eu-central-1:123456789012:secret:pinecone-AbC123",
                    },
                ],
            }),
    },
    {
        name: "explicit-govcloud",
        mocks: { environment: gov },
        run: () =>
            component({
                ...minimalArgs(),
                partition: "aws-us-gov",
                account: "123456789012",
                region: "us-gov-east-1",
            }),
    },
    {
        name: "role-settings",
        run: () =>
            component({
                ...minimalArgs(),
                description: "Support agent",
                path: "/agents/",
                tags: { team: "support", cost: "ai" },
                maxSessionDuration: 7200,
                permissionsBoundary: "arn:aws:iam::123456789012:policy/AgentBoundary",
                roleNameSuffix: "support-prod",
            }),
    },
    {
        name: "aws-managed-boundary",
        run: () =>
            component({ ...minimalArgs(), permissionsBoundary: "arn:aws:iam::aws:policy/PowerUserAccess" }),
    },
    {
        name: "long-name",
        run: () => component(minimalArgs(), "a-very-long-component-name-for-the-support-agent-of-emea"),
    },
    {
        name: "managed-spill",
        run: () => component({ ...minimalArgs(), knowledgeBases: ids("KB", 300), tags: { team: "support" } }),
    },
    {
        name: "managed-spill-models",
        run: () =>
            component({
                foundationModels: ids("m", 200).map((id) => `anthropic.${id}-v1:0`),
                knowledgeBases: ids("KB", 200),
                quotas: { managedPoliciesPerRole: 20 },
            }),
    },
    {
        name: "many-agents-output-functions",
        run: () =>
            component({
                ...minimalArgs(),
                agentIds: ids("AGENT", 25),
                quotas: { trustPolicySize: 4096 },
                actionGroups: [
                    { name: "orders", lambdaFunction: pulumi.output("orders") },
                    { name: "tickets", lambdaFunction: pulumi.output("tickets") },
                ],
            }),
    },
    {
        name: "output-agent-ids",
        run: () => component({ ...fullArgs(), agentIds: [pulumi.output("AGENTCCCCC"), "AGENTAAAAA"] }),
    },
    {
        name: "output-everything",
        run: () =>
            component({
                foundationModels: pulumi.output(["amazon.nova-pro-v1:0"]),
                knowledgeBases: [pulumi.output("KBPRODUCTS")],
                customerEncryptionKey: pulumi.output("1234abcd-12ab-34cd-56ef-1234567890ab"),
                tags: pulumi.output({ team: "support" }),
                actionGroups: [
                    {
                        name: "orders",
                        lambdaFunction: pulumi.output("orders"),
                        apiSchema: { bucket: pulumi.output("agent-schemas"), key: "orders.json" },
                    },
                ],
            }),
    },
    {
        name: "preview-unknown-lambda",
        mocks: { preview: true },
        run: () => {
            const fn = new aws.lambda.Function("orders", {
                role: "arn:aws:iam::123456789012:role/fn",
                runtime: "nodejs20.x",
                handler: "index.handler",
                code: new pulumi.asset.AssetArchive({}),
            });
            return component({
                ...minimalArgs(),
                actionGroups: [{ name: "orders", lambdaFunction: fn.arn }],
            });
        },
    },
    {
        name: "third-party-only",
        run: () =>
            component({
                ...minimalArgs(),
                thirdPartyKnowledgeBases: [
                    {
                        knowledgeBase: "KBPINECONE",
                        credentialsSecretArn:
                            "arn:aws:secretsmanager:us-east-1:123456789012:secret:pinecone-AbC123",
                    },
                ],
            }),
    },
    {
        name: "pinned-key",
        run: () =>
            component({
                ...minimalArgs(),
                customerEncryptionKey:
                    "arn:aws:kms:us-east-1:123456789012:key/mrk-0123456789abcdef0123456789abcdef",
                agentIds: ["AGENT12345"],
            }),
    },
    { name: "supervisor", run: () => component(supervisorArgs()) },
    {
        name: "supervisor-pinned",
        run: () => component({ ...supervisorArgs(), agentIds: ["AGENT12345"] }),
    },
    {
        name: "existing-role",
        mocks: {
            existingRoles: { "agent-role": { arn: "arn:aws:iam::123456789012:role/platform/agent-role" } },
        },
        run: () =>
            component({
                ...fullArgs(),
                existingRole: "agent-role",
                guardrails: [{ guardrail: "gr1234abcd56", kmsKey: "5678abcd-12ab-34cd-56ef-1234567890ab" }],
            }),
    },
    {
        name: "one-pass-late-agents",
        run: () =>
            component({
                ...minimalArgs(),
                actionGroups: [{ name: "orders", lambdaFunction: pulumi.output("orders") }],
                lambdaAgentIds: [pulumi.output("AGENT12345")],
                agentAliases: [
                    pulumi.output("arn:aws:bedrock:us-east-1:123456789012:agent-alias/AGENT12345/LIVE000001"),
                ],
            }),
    },
    ...EXAMPLES.map((example) => ({
        name: `example-${example}`,
        mocks: {
            project: example,
            inferenceProfiles: {
                "us.anthropic.claude-sonnet-4-20250514-v1:0": ["us-east-1", "us-east-2", "us-west-2"].map(
                    (region) =>
                        `arn:aws:bedrock:${region}::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0`,
                ),
            },
        },
        run: () => runExample(example),
    })),
];
