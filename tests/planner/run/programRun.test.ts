import { agentPlan } from "../../support/plan";
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ProgramError } from "../../../planner/run/programError";
import { readPulumiProject } from "../../../planner/run/pulumiProject";
import { argumentErrorFrom } from "../../support/argumentErrors";
import { planUserProject, PROGRAM_MODULES, userProject } from "../../support/userProject";

const plan = planUserProject;
const project = userProject;

/** What planning `folder` rejects with; fails the test when it plans. */
const failureOf = (folder: string, timeoutSeconds?: number) =>
    plan(folder, timeoutSeconds).then(
        () => expect.fail("expected the plan to fail"),
        (error: Error) => error,
    );

/** What planning a project of `program` rejects with. */
const failure = (program: string, timeoutSeconds?: number) => failureOf(project(program), timeoutSeconds);

const AGENTCORE = `const { AgentCoreGatewayRole, AgentCoreRuntimeRole } = require(${JSON.stringify(PROGRAM_MODULES.component)});`;

describe("offline plan of a user's own program", function () {
    this.timeout(60000);

    it("reports every BedrockAgentRole with the ARNs AWS would give the resources around it, in the stack's account and region, reading the program's own config", async () => {
        const folder = project(`
            const config = new pulumi.Config();
            const orders = new aws.lambda.Function("orders", { role: "r", runtime: "nodejs20.x", handler: "index.handler" });
            const key = new aws.kms.Key("agent-key", {});
            const table = new aws.dynamodb.Table("sales", { name: "sales", hashKey: "id", attributes: [{ name: "id", type: "S" }] });
            new BedrockAgentRole("orders-agent", {
                foundationModels: [config.require("model")],
                actionGroups: [{ name: "orders", lambdaFunction: orders.arn }],
                customerEncryptionKey: key.arn,
            });
            new BedrockAgentRole("sales-agent", {
                foundationModels: [config.require("model")],
                extraStatements: [{ sid: "ReadSales", actions: ["dynamodb:GetItem"], resources: [table.arn] }],
            });
        `);
        const { file } = await plan(folder);
        expect(file.project).to.equal("shop");
        expect(file.environment).to.deep.equal({
            partition: "aws",
            account: "111122223333",
            region: "eu-west-1",
        });
        expect(file.roles.map((r) => r.component)).to.deep.equal(["orders-agent", "sales-agent"]);
        const [orders, sales] = file.roles.map((r) => r.plan);
        expect(agentPlan(orders).lambdaPermissions[0].functionArn).to.equal(
            "arn:aws:lambda:eu-west-1:111122223333:function:orders",
        );
        expect(orders.inlinePolicy.Statement.map((s) => s.Resource).flat()).to.include(
            "arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-pro-v1:0",
        );
        expect(orders.keyPolicies[0].keyArn).to.match(/^arn:aws:kms:eu-west-1:111122223333:key\//);
        expect(sales.inlinePolicy.Statement.find((s) => s.Sid === "ReadSales")?.Resource).to.deep.equal([
            "arn:aws:dynamodb:eu-west-1:111122223333:table/sales",
        ]);
    });

    it("shows a role that depends on a value the mocks cannot know as not known whole, naming the argument and the resource it comes from, with the grants that are known", async () => {
        const folder = project(`
            const queue = new aws.sqs.Queue("jobs", {});
            new BedrockAgentRole("jobs-agent", {
                foundationModels: ["amazon.nova-pro-v1:0"],
                knowledgeBases: ["KBMANUALS1"],
                extraStatements: [{ sid: "SendJobs", actions: ["sqs:SendMessage"], resources: [queue.arn] }],
            });
            new BedrockAgentRole("keyed-agent", { foundationModels: ["amazon.nova-pro-v1:0"], customerEncryptionKey: queue.arn });
            new BedrockAgentRole("plain-agent", { foundationModels: ["amazon.nova-pro-v1:0"] });
        `);
        const { file } = await plan(folder);
        expect(file.roles.map((r) => r.component)).to.deep.equal(["plain-agent"]);
        const [jobs, keyed] = file.unknownRoles ?? [];
        expect(jobs.component).to.equal("jobs-agent");
        expect(jobs.unknown).to.deep.equal([
            { argument: "extraStatements[0].resources[0]", from: ["aws:sqs/queue:Queue jobs"] },
        ]);
        const known = JSON.stringify(jobs.known?.inlinePolicy);
        expect(known).to.include("arn:aws:bedrock:eu-west-1:111122223333:knowledge-base/KBMANUALS1");
        expect(known).to.include("foundation-model/amazon.nova-pro-v1:0");
        expect(known).not.to.include("sqs:");
        expect(keyed).to.deep.equal({
            component: "keyed-agent",
            unknown: [{ argument: "customerEncryptionKey", from: ["aws:sqs/queue:Queue jobs"] }],
        });
    });

    it("reports the program's own failure as the program's, and a bad argument as an ArgumentError naming it", async () => {
        const failing = project('throw new Error("no table configured");');
        const failure = await plan(failing).then(
            () => new Error("expected a failure"),
            (error: Error) => error,
        );
        expect(failure).to.be.instanceOf(ProgramError);
        expect(failure.message).to.equal("the program of shop failed: no table configured");
        const bad = project(
            'new BedrockAgentRole("agent", { foundationModels: ["arn:aws:bedrock:eu-west-1::foundation-model/*"] });',
        );
        const error = await plan(bad).then(
            () => undefined,
            (e: unknown) => e,
        );
        expect(
            argumentErrorFrom(() => {
                throw error;
            }).argument,
        ).to.equal("foundationModels[0]");
    });

    it("waits for the program as pulumi up does: a role declared in an apply, after an await, or from another role's outputs is planned", async () => {
        const folder = project(`
            const fn = new aws.lambda.Function("orders", { role: "r", runtime: "nodejs20.x", handler: "index.handler" });
            fn.arn.apply((arn) => {
                const first = new BedrockAgentRole("late-agent", {
                    foundationModels: ["amazon.nova-pro-v1:0"],
                    actionGroups: [{ name: "orders", lambdaFunction: arn }],
                });
                first.foundationModel.apply(() => new BedrockAgentRole("later-agent", { foundationModels: ["amazon.nova-lite-v1:0"] }));
            });
            module.exports = async () => {
                await new Promise((resolve) => setTimeout(resolve, 50));
                new BedrockAgentRole("awaited-agent", { foundationModels: ["amazon.nova-micro-v1:0"] });
            };
        `);
        const { file } = await plan(folder);
        expect(file.roles.map((r) => r.component).sort()).to.deep.equal([
            "awaited-agent",
            "late-agent",
            "later-agent",
        ]);
    });

    it("fails as the program's failure, naming it, when the program rejects a promise nothing awaits", async () => {
        const failure = await failureOf(
            project(`
                new BedrockAgentRole("orders-agent", { foundationModels: ["amazon.nova-pro-v1:0"] });
                Promise.resolve().then(() => { throw new Error("the tables could not be listed"); });
            `),
        );
        expect(failure).to.be.instanceOf(ProgramError);
        expect(failure.message).to.equal("the program of shop failed: the tables could not be listed");
    });

    it("plans a component with an explicit provider in that provider's region, account and partition, with the resources around it", async () => {
        const folder = project(`
            const frankfurt = new aws.Provider("frankfurt", { region: "eu-central-1", allowedAccountIds: ["444455556666"] });
            const beijing = new aws.Provider("beijing", {
                region: "cn-north-1",
                assumeRoles: [{ roleArn: "arn:aws-cn:iam::777788889999:role/deployer" }],
            });
            const fn = new aws.lambda.Function("orders", { role: "r", runtime: "nodejs20.x", handler: "index.handler" }, { provider: frankfurt });
            new BedrockAgentRole("frankfurt-agent", {
                foundationModels: ["amazon.nova-pro-v1:0"],
                actionGroups: [{ name: "orders", lambdaFunction: fn.arn }],
            }, { provider: frankfurt });
            new BedrockAgentRole("beijing-agent", { foundationModels: ["amazon.nova-pro-v1:0"] }, { provider: beijing });
            new BedrockAgentRole("stack-agent", { foundationModels: ["amazon.nova-pro-v1:0"] });
        `);
        const { file } = await plan(folder);
        const environments = Object.fromEntries(file.roles.map((r) => [r.component, r.plan.environment]));
        expect(environments).to.deep.equal({
            "frankfurt-agent": { partition: "aws", account: "444455556666", region: "eu-central-1" },
            "beijing-agent": { partition: "aws-cn", account: "777788889999", region: "cn-north-1" },
            "stack-agent": { partition: "aws", account: "111122223333", region: "eu-west-1" },
        });
        const frankfurt = file.roles.find((r) => r.component === "frankfurt-agent")!.plan;
        expect(agentPlan(frankfurt).lambdaPermissions[0].functionArn).to.equal(
            "arn:aws:lambda:eu-central-1:444455556666:function:orders",
        );
        expect(JSON.stringify(frankfurt.inlinePolicy)).to.include(
            "arn:aws:bedrock:eu-central-1::foundation-model/amazon.nova-pro-v1:0",
        );
    });

    it("loads an ES-module program with top-level await, and a second run executes it afresh", async () => {
        const folder = project("", "name: shop\nruntime: nodejs\nmain: index.mjs\n");
        fs.writeFileSync(
            path.join(folder, "index.mjs"),
            [
                'import { createRequire } from "module";',
                "const require = createRequire(import.meta.url);",
                `const { BedrockAgentRole } = require(${JSON.stringify(PROGRAM_MODULES.component)});`,
                'const model = await new Promise((resolve) => setTimeout(() => resolve("amazon.nova-pro-v1:0"), 10));',
                'new BedrockAgentRole("esm-agent", { foundationModels: [model] });',
                "export default async () => {",
                "    await new Promise((resolve) => setTimeout(resolve, 10));",
                '    new BedrockAgentRole("esm-exported-agent", { foundationModels: [model] });',
                "};",
            ].join("\n"),
        );
        for (let run = 0; run < 2; run++) {
            const { file } = await plan(folder);
            expect(file.roles.map((r) => r.component)).to.deep.equal(["esm-agent", "esm-exported-agent"]);
        }
    });

    it("finds the program as the Pulumi CLI does: main, a folder's package.json main, or index; refuses other runtimes", () => {
        const folder = project("", "name: shop\nruntime:\n  name: nodejs\nmain: src/\n");
        fs.mkdirSync(path.join(folder, "src"));
        fs.writeFileSync(path.join(folder, "src", "package.json"), '{ "main": "app.js" }');
        fs.writeFileSync(path.join(folder, "src", "app.js"), "");
        expect(readPulumiProject(folder).entry).to.equal(path.join(folder, "src", "app.js"));
        const python = project("", "name: shop\nruntime: python\n");
        expect(argumentErrorFrom(() => readPulumiProject(python)).message).to.match(
            /runtime: is "python"; the offline plan runs Node\.js programs/,
        );
        expect(argumentErrorFrom(() => readPulumiProject(os.tmpdir())).argument).to.equal("--project");
    });
});

describe("offline plan: waiting for the program as Pulumi's Node.js host does", function () {
    this.timeout(60000);

    it("plans a role declared after a timer, and one declared in an apply of another role's roleArn", async () => {
        const { file } = await planUserProject(
            userProject(`${AGENTCORE}
                setTimeout(() => new AgentCoreRuntimeRole("timed", { runtimeName: "timed_agent", containerRepository: "timed" }), 600);
                const gateway = new AgentCoreGatewayRole("tools", { gatewayName: "tools" });
                gateway.roleArn.apply(() => new AgentCoreRuntimeRole("applied", { runtimeName: "applied_agent", containerRepository: "applied" }));
                new BedrockAgentRole("agent", { foundationModels: ["amazon.nova-pro-v1:0"] }).roleArn.apply(
                    () => new BedrockAgentRole("after-agent", { foundationModels: ["amazon.nova-pro-v1:0"] }),
                );
            `),
        );
        expect(file.roles.map((r) => r.component).sort()).to.deep.equal([
            "after-agent",
            "agent",
            "applied",
            "timed",
            "tools",
        ]);
        expect(file.unknownRoles).to.equal(undefined);
    });

    it("fails at once, saying so, when the program awaits a promise nothing is left to settle", async () => {
        const start = Date.now();
        const error = await failure(
            `new BedrockAgentRole("agent", { foundationModels: ["amazon.nova-pro-v1:0"] });
             module.exports = () => new Promise(() => undefined);`,
            30,
        );
        expect(error).to.be.instanceOf(ProgramError);
        expect(error.message).to.equal(
            "the program of shop failed: it awaits a promise that never settles: nothing it started is left to settle it",
        );
        expect(Date.now() - start).to.be.below(15000);
    });

    it("fails, naming the component, when a component's args wait for a promise nothing is left to settle", async () => {
        const error = await failure(
            'new BedrockAgentRole("stuck-agent", { foundationModels: [new Promise(() => undefined)] });',
            30,
        );
        expect(error).to.be.instanceOf(ProgramError);
        expect(error.message).to.match(/^the program of shop failed: the plan of stuck-agent never settles/);
    });

    it("fails, saying so, when the program declares a resource whose inputs wait for a promise nothing is left to settle", async () => {
        const error = await failure(
            `new aws.s3.Bucket("stuck", { bucket: new Promise(() => undefined) });
             new BedrockAgentRole("agent", { foundationModels: ["amazon.nova-pro-v1:0"] });`,
            30,
        );
        expect(error).to.be.instanceOf(ProgramError);
        expect(error.message).to.equal(
            "the program of shop failed: it declares resources whose inputs never settle (a promise nothing resolves): pulumi up would leave them out",
        );
    });

    it("times out a program that keeps a timer running, naming it, and stops the program's timers", async () => {
        const error = await failure(
            `let ticks = 0;
             globalThis.planTicks = () => ticks;
             setInterval(() => ticks++, 20);
             new BedrockAgentRole("agent", { foundationModels: ["amazon.nova-pro-v1:0"] });`,
            1,
        );
        expect(error).to.be.instanceOf(ProgramError);
        expect(error.message).to.equal(
            "the program of shop failed: it did not finish within 1 s: it still has 1 timer pending, which keeps it running, as it would keep pulumi up waiting (--timeout SECONDS waits longer)",
        );
        const ticks = (globalThis as unknown as { planTicks(): number }).planTicks;
        const stopped = ticks();
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(ticks()).to.equal(stopped);
    });
});
