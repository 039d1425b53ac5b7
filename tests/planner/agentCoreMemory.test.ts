// The offline plan shows a memory's execution role as its own kind, with the ids AWS gives the
// memory, and warns when the memory given the role is not the one its trust policy admits.
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type * as pulumi from "@pulumi/pulumi";
import { mockId, mockOutputs } from "../../planner/mocks/mockOutputs";
import { runPlanCli } from "../support/planCliRun";
import { planUserProject, userProject } from "../support/userProject";
import { visibleText } from "../support/visibleText";

const program = (memoryName: string, extra = "") => `
    const { AgentCoreMemoryRole } = require(${JSON.stringify(path.resolve(__dirname, "../../index.ts"))});
    const role = new AgentCoreMemoryRole("support-memory", {
        memoryName: "support_memory",
        foundationModels: ["amazon.nova-pro-v1:0"],
        selfManagedStrategies: [
            { topicArn: "arn:aws:sns:eu-west-1:111122223333:memory-extraction", bucket: "memory-payloads" },
        ],
        recordStream: { streamArn: "memory-records" },${extra}
    });
    const memory = new aws.bedrock.AgentcoreMemory("support_memory", {
        name: ${JSON.stringify(memoryName)},
        eventExpiryDuration: 30,
        memoryExecutionRoleArn: role.roleArn,
    });
    module.exports = { memoryId: memory.id, memoryArn: memory.arn };
`;

describe("offline plan: an AgentCore memory role", function () {
    this.timeout(60000);

    it("plans the memory's role as its kind, with the memory's id and ARN in AWS's form (<name>-<ten characters>)", async () => {
        const { file } = await planUserProject(userProject(program("support_memory")));
        expect(file.roles.map((r) => [r.component, r.plan.kind])).to.deep.equal([
            ["support-memory", "memory"],
        ]);
        const plan = file.roles[0].plan;
        expect(plan.warnings).to.deep.equal([]);
        expect(plan.trustPolicy.Statement[0].Condition?.ArnLike).to.deep.equal({
            "aws:SourceArn": [
                "arn:aws:bedrock-agentcore:eu-west-1:111122223333:memory/support_memory-??????????",
            ],
        });
        const statements = Object.fromEntries(plan.inlinePolicy.Statement.map((s) => [s.Sid, s.Resource]));
        expect(statements.StreamMemoryRecords).to.deep.equal([
            "arn:aws:kinesis:eu-west-1:111122223333:stream/memory-records",
        ]);
        // What the mocks give the memory: the id AgentCore makes of its name, and the ARN naming it.
        const args = {
            type: "aws:bedrock/agentcoreMemory:AgentcoreMemory",
            name: "support_memory",
            inputs: { name: "support_memory", eventExpiryDuration: 30 },
        } as unknown as pulumi.runtime.MockResourceArgs;
        const outputs = mockOutputs(args, { partition: "aws", account: "111122223333", region: "eu-west-1" });
        expect(outputs.id).to.match(/^support_memory-[a-zA-Z0-9]{10}$/);
        expect(mockId(args, outputs)).to.equal(outputs.id);
        expect(outputs.arn).to.equal(
            `arn:aws:bedrock-agentcore:eu-west-1:111122223333:memory/${outputs.id as string}`,
        );
    });

    it("names the memory role's kind in text and Markdown", async () => {
        const folder = userProject(program("support_memory"));
        const text = await runPlanCli(["dev", "--project", folder]);
        expect(text.code, text.output).to.equal(0);
        expect(text.output).to.match(
            /component support-memory: AgentCore memory role AgentCoreMemory_support-memory-[0-9a-f]{8} for the memories named support_memory/,
        );
        const markdown = await runPlanCli(["dev", "--project", folder, "--format", "markdown"]);
        expect(visibleText(markdown.output)).to.match(
            /support-memory: AgentCore memory role AgentCoreMemory_support-memory-[0-9a-f]{8} for the memories named support_memory/,
        );
    });

    it("shows the deployer's statements for the memory's own key in text, Markdown, files and --previous, never as the role's", async () => {
        const key = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        const before = fs.mkdtempSync(path.join(os.tmpdir(), "memory-before-"));
        expect(
            (await runPlanCli(["dev", "--project", userProject(program("support_memory")), "--out", before]))
                .code,
        ).to.equal(0);
        const folder = userProject(program("support_memory", `\n        customerEncryptionKey: "${key}",`));
        const text = await runPlanCli(["dev", "--project", folder, "--previous", before]);
        expect(text.code, text.output).to.equal(0);
        expect(text.output).to.include(
            `+ support-memory: deployer: Allow kms:CreateGrant on ${key} when StringEquals kms:ViaService`,
        );
        expect(text.output).not.to.match(/identity: Allow kms:CreateGrant/);
        const markdown = await runPlanCli(["dev", "--project", folder, "--format", "markdown"]);
        expect(visibleText(markdown.output)).to.include(
            "Deployer's statements: add to the principal that creates the memory",
        );
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "memory-after-"));
        expect((await runPlanCli(["dev", "--project", folder, "--out", out])).code).to.equal(0);
        const written = fs.readdirSync(out, { recursive: true }).map(String);
        const file = written.find((f) => f.endsWith("deployer-statements.json"));
        expect(file, written.join(", ")).to.not.equal(undefined);
        const statements = JSON.parse(fs.readFileSync(path.join(out, file as string), "utf8")) as {
            Resource: string[];
        }[];
        expect(statements.map((s) => s.Resource)).to.deep.include([key]);
        // The program's deployer policy holds it too, beside the role's passing.
        expect(fs.readFileSync(path.join(out, "deployer-policy.json"), "utf8")).to.include(key);
    });

    it("warns when a memory of another name is given the role: AgentCore could never assume it", async () => {
        const { file } = await planUserProject(userProject(program("billing_memory")));
        expect(file.roles[0].plan.warnings.join("\n")).to.include(
            'aws.bedrock.AgentcoreMemory support_memory (name "billing_memory") is given this role\'s memoryExecutionRoleArn, but the role\'s memoryName is "support_memory"',
        );
    });
});
