import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import { stackProgram } from "../../program/stackProgram";
import { reportedArgumentError } from "../support/argumentErrors";
import { installMocks, settle } from "../support/pulumiMocks";
import { AGENTCORE_KINDS, AgentCoreKind } from "../../components/agentcore/agentCoreKinds";
import { AGENTCORE_ROLES } from "../../components/agentcore/agentCoreRoles";
import { MEMORY_KEY } from "../support/agentCoreFixtures";

const PROJECT = "bedrock-agent-role";
/** What each kind requires besides its resource's name: a runtime's image, an evaluation's logs. */
const REQUIRED: Partial<Record<AgentCoreKind, Record<string, unknown>>> = {
    runtime: { containerRepository: "support-agent" },
    evaluation: { logGroups: ["/aws/bedrock-agentcore/runtimes/support_agent-AbCdE12345-DEFAULT"] },
};
/** Sets the stack's config as `pulumi config` stores it: the project's keys, their values as text. */
const stackConfig = (values: Record<string, unknown>) =>
    pulumi.runtime.setAllConfig(
        Object.fromEntries(
            Object.entries(values).map(([key, value]) => [
                `${PROJECT}:${key}`,
                typeof value === "string" ? value : JSON.stringify(value),
            ]),
        ),
    );

describe("stackProgram (the stack program)", () => {
    afterEach(() => pulumi.runtime.setAllConfig({}));

    it("creates the component named by agentName from the stack's config and exports its documents", async () => {
        await installMocks({ project: "bedrock-agent-role", stack: "dev" });
        pulumi.runtime.setAllConfig({
            "bedrock-agent-role:agentName": "support",
            "bedrock-agent-role:foundationModels": '["amazon.nova-pro-v1:0"]',
        });
        const { outputs } = stackProgram();
        expect((await settle(outputs.roleName)).value).to.match(
            /^AmazonBedrockExecutionRoleForAgents_support-[0-9a-f]{8}$/,
        );
        expect((await settle(outputs.identityPolicy)).value).to.include(
            "foundation-model/amazon.nova-pro-v1:0",
        );
        expect((await settle(outputs.trustPolicy)).value).to.include("sts:AssumeRole");
    });

    it("refuses a config key of the project that it does not know, as pulumi up would run it", async () => {
        await installMocks({ project: "bedrock-agent-role", stack: "dev" });
        pulumi.runtime.setAllConfig({
            "bedrock-agent-role:foundationModels": '["amazon.nova-pro-v1:0"]',
            "bedrock-agent-role:knowledgeBase": '["KB12345678"]',
            "aws:region": "us-east-1",
        });
        expect(() => stackProgram()).to.throw(
            /^bedrock-agent-role:knowledgeBase: is not a config key of this program/,
        );
    });

    it("names the config key for a value the component refuses, nested fields of action groups included", async () => {
        const run = async (actionGroups: unknown) => {
            await installMocks({ project: "bedrock-agent-role", stack: "dev" });
            pulumi.runtime.setAllConfig({
                "bedrock-agent-role:foundationModels": '["amazon.nova-pro-v1:0"]',
                "bedrock-agent-role:actionGroups": JSON.stringify(actionGroups),
            });
            return reportedArgumentError(() => {
                const { outputs } = stackProgram();
                return pulumi.all([outputs.roleArn, outputs.callerPolicy]);
            });
        };
        expect((await run([{ name: "o", lambda: "f" }])).message).to.match(
            /^agent: bedrock-agent-role:actionGroups\[0\]\.lambda: is not a known argument; did you mean lambdaFunction\? \(known: name, lambdaFunction, apiSchema\)/,
        );
        expect((await run(["orders"])).argument).to.equal("bedrock-agent-role:actionGroups[0]");
        expect((await run([{ lambdaFunction: "f" }])).argument).to.equal(
            "bedrock-agent-role:actionGroups[0].name",
        );
    });

    it("names the config key for a value only the component's plan can refuse, with no global switch", async () => {
        const run = async (actionGroups: unknown) => {
            await installMocks({ project: "bedrock-agent-role", stack: "dev" });
            pulumi.runtime.setAllConfig({
                "bedrock-agent-role:foundationModels": '["amazon.nova-pro-v1:0"]',
                "bedrock-agent-role:actionGroups": JSON.stringify(actionGroups),
            });
            const { outputs } = stackProgram();
            return reportedArgumentError(() => pulumi.all([outputs.roleArn, outputs.callerPolicy]));
        };
        expect((await run([{ name: "o", apiSchema: { bucket: "b-1", path: "k" } }])).argument).to.equal(
            "bedrock-agent-role:actionGroups[0].apiSchema.path",
        );
        expect((await run([{ name: "o", lambdaFunction: 3 }])).argument).to.equal(
            "bedrock-agent-role:actionGroups[0].lambdaFunction",
        );
    });

    it("names the config key for an inference profile's destinations, whose map key holds a colon", async () => {
        const profile = "us.anthropic.claude-sonnet-4-20250514-v1:0";
        const run = async (destinations: Record<string, unknown>) => {
            await installMocks({ project: "bedrock-agent-role", stack: "dev" });
            pulumi.runtime.setAllConfig({
                "bedrock-agent-role:foundationModels": JSON.stringify([profile]),
                "bedrock-agent-role:inferenceProfileDestinations": JSON.stringify(destinations),
            });
            const { outputs } = stackProgram();
            return reportedArgumentError(() => pulumi.all([outputs.roleArn, outputs.callerPolicy]));
        };
        expect((await run({ [profile]: "us-east-1" })).argument).to.equal(
            `bedrock-agent-role:inferenceProfileDestinations["${profile}"]`,
        );
        const other = "eu.anthropic.claude-sonnet-4-20250514-v1:0";
        expect((await run({ [other]: ["eu-west-1"] })).argument).to.equal(
            `bedrock-agent-role:inferenceProfileDestinations["${other}"]`,
        );
    });

    it("declares the AgentCore runtime role roleKind names, named after the runtime, and exports its role, documents and checked name", async () => {
        const recorded = await installMocks({ project: PROJECT, stack: "dev" });
        stackConfig({
            roleKind: "runtime",
            runtimeName: "support_agent",
            containerRepository: "support-agent",
            foundationModels: ["amazon.nova-pro-v1:0"],
        });
        const { component, outputs } = stackProgram();
        expect(component).to.be.instanceOf(AGENTCORE_ROLES.runtime);
        expect(Object.keys(outputs)).to.deep.equal([
            "roleArn",
            "roleName",
            "trustPolicy",
            "identityPolicy",
            "managedPolicies",
            "keyPolicyStatements",
            "runtimeName",
            "deployerStatements",
            "callerPolicy",
            "resourcePolicy",
            "deliveryPolicies",
        ]);
        expect((await settle(outputs.runtimeName)).value).to.equal("support_agent");
        expect((await settle(outputs.roleName)).value).to.match(
            /^AgentCoreRuntime_support_agent-[0-9a-f]{8}$/,
        );
        expect((await settle(outputs.identityPolicy)).value).to.include(":repository/support-agent");
        expect((await settle(outputs.trustPolicy)).value).to.include("runtime/support_agent-??????????");
        expect(recorded.map((resource) => resource.type)).to.include(AGENTCORE_KINDS.runtime.type);
    });

    it("declares every AgentCore kind from its name and what the kind requires, and a memory's deployer statements for its key", async () => {
        for (const kind of Object.keys(AGENTCORE_KINDS) as AgentCoreKind[]) {
            const entry = AGENTCORE_KINDS[kind];
            await installMocks({ project: PROJECT, stack: "dev" });
            stackConfig({
                roleKind: kind,
                [entry.nameArgument]: entry.names.example,
                ...REQUIRED[kind],
            });
            const { component, outputs } = stackProgram();
            expect(component, kind).to.be.instanceOf(AGENTCORE_ROLES[kind]);
            expect((await settle(outputs[entry.nameArgument])).value, kind).to.equal(entry.names.example);
            expect((await settle(outputs.roleArn)).value, kind).to.match(/^arn:aws:iam::\d{12}:role\//);
            const deployer = JSON.parse((await settle(outputs.deployerStatements)).value as string);
            expect(deployer[0], kind).to.deep.include({ Action: ["iam:PassRole"] });
        }
        await installMocks({ project: PROJECT, stack: "dev" });
        stackConfig({ roleKind: "memory", memoryName: "support_memory", customerEncryptionKey: MEMORY_KEY });
        const { outputs } = stackProgram();
        expect((await settle(outputs.deployerStatements)).value).to.include(MEMORY_KEY);
    });

    it("names the config key for a value an AgentCore component refuses, early or in its plan, and refuses a key of another kind", async () => {
        await installMocks({ project: PROJECT, stack: "dev" });
        stackConfig({
            roleKind: "runtime",
            runtimeName: "support_agent",
            containerRepository: "support-agent",
            oauthProviders: [{ provider: "github", secretArn: "github-secret" }],
        });
        const error = await reportedArgumentError(() => stackProgram().outputs.roleArn);
        expect(error.argument).to.equal(`${PROJECT}:oauthProviders[0].secretArn`);
        expect(error.message).to.match(/^support_agent: bedrock-agent-role:oauthProviders\[0\]\.secretArn: /);
        await installMocks({ project: PROJECT, stack: "dev" });
        stackConfig({ roleKind: "runtime", runtimeName: "support_agent", roleNameSuffix: "x".repeat(80) });
        expect(() => stackProgram()).to.throw(/^support_agent: bedrock-agent-role:roleNameSuffix: /);
        await installMocks({ project: PROJECT, stack: "dev" });
        stackConfig({ roleKind: "runtime", runtimeName: "support_agent", agentIds: ["AGENT12345"] });
        expect(() => stackProgram()).to.throw(
            /^bedrock-agent-role:agentIds: is not a config key of an AgentCore runtime role/,
        );
    });
});
