// The memory's execution role: its documents from the pure plan, every argument's check naming the
// argument, and the component on Pulumi mocks: what it registers, and what it hands the deployer.
import { expect } from "chai";
import { AgentCoreMemoryRole } from "../../../index";
import {
    MEMORY_KEY,
    MEMORY_STREAM,
    MEMORY_TOPIC,
    memoryArgs,
    memoryFailure,
    planMemory,
    RUNTIME_PROFILES,
    TOPIC_KEY,
} from "../../support/agentCoreFixtures";
import { deployed, ofType, ROLE, ROLE_POLICY } from "../../support/componentRun";
import { installMocks, settle } from "../../support/pulumiMocks";

const sids = (args: object) =>
    planMemory({ memoryName: "support_memory", ...args }).inlinePolicy.Statement.map((s) => s.Sid);

describe("AgentCoreMemoryRole: documents", () => {
    it("writes each capability's statements in the kind's order, and only the capabilities given", () => {
        expect(planMemory(memoryArgs()).inlinePolicy.Statement.map((s) => s.Sid)).to.deep.equal([
            "InvokeFoundationModels",
            "InvokeInferenceProfiles",
            "InvokeModelsThroughProfile5ba65c9c",
            "GetFoundationModelsOfInferenceProfiles",
            "PublishToStrategyTopics",
            "DeliverStrategyPayloads",
            "LocateStrategyBuckets",
            "UseStrategyTopicKeys",
            "UseStrategyBucketKeys",
            "StreamMemoryRecords",
            "UseRecordStreamKey",
        ]);
        expect(sids({ recordStream: { streamArn: "memory-records" } })).to.deep.equal([
            "StreamMemoryRecords",
        ]);
        expect(
            sids({ selfManagedStrategies: [{ topicArn: "memory-extraction", bucket: "memory-payloads" }] }),
        ).to.deep.equal(["PublishToStrategyTopics", "DeliverStrategyPayloads", "LocateStrategyBuckets"]);
        expect(sids({ foundationModels: ["amazon.nova-pro-v1:0"], streaming: false })).to.deep.equal([
            "InvokeFoundationModels",
        ]);
    });

    it("grants nothing for the memory's own key to the role, and hands the deployer its statement instead", () => {
        const plan = planMemory(memoryArgs());
        expect(JSON.stringify(plan.inlinePolicy)).not.to.include(MEMORY_KEY);
        expect(plan.keyPolicies.map((k) => k.keyArn)).not.to.include(MEMORY_KEY);
        expect(plan.deployerStatements?.map((s) => s.Sid)).to.deep.equal([
            "PassRolesToBedrockAgentCore",
            "CreateRoles",
            "TagRoles",
            "WriteRolePolicies",
            "ReadRolePolicies",
            "CreateMemoryWithCustomerKey",
        ]);
        expect(
            planMemory({ memoryName: "support_memory" }).deployerStatements?.map((s) => s.Sid),
        ).to.deep.equal([
            "PassRolesToBedrockAgentCore",
            "CreateRoles",
            "TagRoles",
            "WriteRolePolicies",
            "ReadRolePolicies",
        ]);
    });

    it("trusts AgentCore for the memories of this name only: memory/<name>-??????????, in the account", () => {
        const trust = planMemory(memoryArgs()).trustPolicy.Statement[0];
        expect(trust.Sid).to.equal("AllowAgentCoreMemoryToAssumeRole");
        expect(trust.Condition).to.deep.equal({
            ArnLike: {
                "aws:SourceArn": [
                    "arn:aws:bedrock-agentcore:us-east-1:123456789012:memory/support_memory-??????????",
                ],
            },
            StringEquals: { "aws:SourceAccount": ["123456789012"] },
        });
    });

    it("writes byte-identical documents whatever the order of the strategies", () => {
        const args = memoryArgs();
        const reversed = {
            ...args,
            selfManagedStrategies: [...(args.selfManagedStrategies ?? [])].reverse(),
        };
        expect(JSON.stringify(planMemory(reversed))).to.equal(JSON.stringify(planMemory(args)));
    });

    it("names the topic key's encryption context with every encrypted topic, and one statement per service whatever the number of keys", () => {
        const plan = planMemory({
            memoryName: "support_memory",
            selfManagedStrategies: [
                { topicArn: MEMORY_TOPIC, bucket: "memory-payloads", topicKey: TOPIC_KEY },
                {
                    topicArn: "memory-reflection",
                    bucket: "memory-reflection-payloads",
                    topicKey: TOPIC_KEY.replace("2222", "6666"),
                },
            ],
        });
        const topicKeys = plan.inlinePolicy.Statement.filter((s) => s.Sid === "UseStrategyTopicKeys");
        expect(topicKeys).to.have.length(1);
        expect(topicKeys[0].Resource).to.have.length(2);
        expect(
            topicKeys[0].Condition?.StringEquals?.["kms:EncryptionContext:aws:sns:topicArn"],
        ).to.deep.equal([MEMORY_TOPIC, MEMORY_TOPIC.replace("extraction", "reflection")]);
        expect(plan.keyPolicies).to.have.length(2);
    });
});

describe("AgentCoreMemoryRole: every argument checked, the error naming it", () => {
    const cases: [string, object, string | RegExp][] = [
        ["memoryName", { memoryName: "support-memory" }, /is not a memory name AgentCore accepts/],
        ["memoryName", { memoryName: "a".repeat(49) }, /is not a memory name AgentCore accepts/],
        [
            "foundationModels",
            { foundationModels: [] },
            "is empty, but a memory needs no model: leave foundationModels out, or name the models it invokes",
        ],
        ["foundationModels[0]", { foundationModels: ["foundation-model/*"] }, /./],
        ["streaming", { streaming: "yes" }, /./],
        ["selfManagedStrategies", { selfManagedStrategies: "memory-extraction" }, /./],
        [
            "selfManagedStrategies[0].topicArn",
            { selfManagedStrategies: [{ bucket: "memory-payloads" }] },
            /./,
        ],
        [
            "selfManagedStrategies[0].topicArn",
            { selfManagedStrategies: [{ topicArn: "memory/*", bucket: "memory-payloads" }] },
            /neither a valid id nor an ARN/,
        ],
        [
            "selfManagedStrategies[0].topicArn",
            {
                selfManagedStrategies: [
                    {
                        topicArn: "arn:aws:sns:us-east-1:210987654321:memory-extraction",
                        bucket: "memory-payloads",
                    },
                ],
            },
            /has account "210987654321"/,
        ],
        [
            "selfManagedStrategies[0].topicArn",
            { selfManagedStrategies: [{ topicArn: MEMORY_STREAM, bucket: "memory-payloads" }] },
            /is not an ARN of a sns/,
        ],
        [
            "selfManagedStrategies[0].bucket",
            { selfManagedStrategies: [{ topicArn: "memory-extraction", bucket: "Memory_Payloads" }] },
            /is not a name S3 accepts/,
        ],
        [
            "selfManagedStrategies[0].bucket",
            { selfManagedStrategies: [{ topicArn: "memory-extraction", bucket: "memory-*" }] },
            /is not a name S3 accepts/,
        ],
        [
            "selfManagedStrategies[0].bucket",
            { selfManagedStrategies: [{ topicArn: "memory-extraction" }] },
            /./,
        ],
        [
            "selfManagedStrategies[0].topicKey",
            {
                selfManagedStrategies: [
                    { topicArn: "memory-extraction", bucket: "memory-payloads", topicKey: "alias/aws/sns" },
                ],
            },
            /is an alias/,
        ],
        [
            "selfManagedStrategies[0].bucketKey",
            {
                selfManagedStrategies: [
                    { topicArn: "memory-extraction", bucket: "memory-payloads", bucketKey: "key/*" },
                ],
            },
            /./,
        ],
        [
            "selfManagedStrategies[0].prefix",
            {
                selfManagedStrategies: [
                    { topicArn: "memory-extraction", bucket: "memory-payloads", prefix: "in/" },
                ],
            },
            /is not a known argument/,
        ],
        ["recordStream", { recordStream: MEMORY_STREAM }, /./],
        [
            "recordStream.streamArn",
            { recordStream: { streamArn: "stream/*" } },
            /neither a valid id nor an ARN/,
        ],
        [
            "recordStream.streamArn",
            { recordStream: { streamArn: MEMORY_STREAM.replace("us-east-1", "eu-west-1") } },
            /has region "eu-west-1"/,
        ],
        [
            "recordStream.key",
            {
                recordStream: {
                    streamArn: MEMORY_STREAM,
                    key: "arn:aws:kms:us-east-1:123456789012:alias/stream",
                },
            },
            /is an alias/,
        ],
        [
            "recordStream.stream",
            { recordStream: { stream: MEMORY_STREAM } },
            /is not a known argument; did you mean streamArn\?/,
        ],
        ["customerEncryptionKey", { customerEncryptionKey: "alias/memory" }, /is an alias/],
        [
            "customerEncryptionKey",
            { customerEncryptionKey: MEMORY_KEY.replace("123456789012", "210987654321") },
            /has account/,
        ],
        ["memories", { memories: ["support_memory-AbCdE12345"] }, /is not a known argument/],
    ];
    for (const [argument, args, problem] of cases) {
        it(`${argument}: ${JSON.stringify(args).slice(0, 90)}`, () => {
            const error = memoryFailure({ memoryName: "support_memory", ...args });
            expect(error.argument).to.equal(argument);
            if (typeof problem === "string") {
                expect(error.problem).to.equal(problem);
            } else {
                expect(error.message).to.match(problem);
            }
        });
    }
});

describe("AgentCoreMemoryRole on Pulumi mocks", () => {
    it("registers one role with the planned trust and inline policy, outputs the memory's name, and hands the deployer's statements out", async () => {
        const recorded = await installMocks({ inferenceProfiles: RUNTIME_PROFILES });
        const memory = new AgentCoreMemoryRole("support-memory", memoryArgs());
        await deployed(memory);
        const roles = ofType(recorded, ROLE);
        expect(roles.map((r) => r.inputs.name)).to.satisfy((names: string[]) =>
            /^AgentCoreMemory_support-memory-[0-9a-f]{8}$/.test(names.join(",")),
        );
        const policies = ofType(recorded, ROLE_POLICY);
        expect(policies.map((p) => p.inputs.name)).to.deep.equal(["AgentCoreMemoryPermissions"]);
        expect((await settle(memory.memoryName)).value).to.equal("support_memory");
        const deployer = JSON.parse((await settle(memory.deployerStatements)).value as string) as {
            Resource: string[];
        }[];
        // The role's passing and creation, on the role only, and the memory key's statement.
        const roleArn = (await settle(memory.roleArn)).value;
        expect(deployer.map((s) => s.Resource)).to.deep.equal([...Array(5).fill([roleArn]), [MEMORY_KEY]]);
        const keys = (await settle(memory.keyPolicyStatements)).value as Record<string, string>;
        expect(Object.keys(keys)).not.to.include(MEMORY_KEY);
    });
});
