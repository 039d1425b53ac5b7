import { agentPlan } from "../support/plan";
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as crypto from "crypto";
import * as path from "path";
import { runPlanCli } from "../support/planCliRun";
import { DEV_STACK, planUserProject, userProject } from "../support/userProject";

/**
 * Encrypts `values` as `pulumi config set --secret` does in a passphrase stack (AES-256-GCM, key by
 * PBKDF2-SHA256 x 1,000,000 over an 8-byte salt; the salt line carries the word "pulumi"), for a
 * stack file of the test's own.
 */
function passphraseStack(
    phrase: string,
    values: Record<string, string>,
): { salt: string; secure: Record<string, string> } {
    const salt = crypto.randomBytes(8);
    const key = crypto.pbkdf2Sync(phrase, salt, 1_000_000, 32, "sha256");
    const encrypt = (text: string) => {
        const nonce = crypto.randomBytes(12);
        const cipher = crypto.createCipheriv("aes-256-gcm", key, nonce);
        const sealed = Buffer.concat([cipher.update(text, "utf8"), cipher.final(), cipher.getAuthTag()]);
        return `v1:${nonce.toString("base64")}:${sealed.toString("base64")}`;
    };
    return {
        salt: `v1:${salt.toString("base64")}:${encrypt("pulumi")}`,
        secure: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, encrypt(v)])),
    };
}

describe("offline plan: values it cannot know, calls it cannot make, and secrets", function () {
    this.timeout(60000);

    it("computes aws.iam.getPolicyDocument as the data source does, and plans the program that uses it", async () => {
        const folder = userProject(`
            const trust = aws.iam.getPolicyDocumentOutput({
                statements: [{
                    actions: ["sts:AssumeRole"],
                    principals: [{ type: "Service", identifiers: ["lambda.amazonaws.com"] }],
                    conditions: [{ test: "StringEquals", variable: "aws:SourceAccount", values: ["111122223333"] }],
                }],
            });
            const role = new aws.iam.Role("fn-role", { assumeRolePolicy: trust.json });
            const fn = new aws.lambda.Function("orders", { role: role.arn, runtime: "nodejs20.x", handler: "index.handler" });
            new BedrockAgentRole("orders-agent", {
                foundationModels: ["amazon.nova-pro-v1:0"],
                actionGroups: [{ name: "orders", lambdaFunction: fn.arn }],
            });
        `);
        const { file, resources } = await planUserProject(folder);
        expect(file.roles.map((r) => r.component)).to.deep.equal(["orders-agent"]);
        const role = resources.find((r) => r.name === "fn-role");
        expect(JSON.parse(role?.inputs.assumeRolePolicy as string)).to.deep.equal({
            Version: "2012-10-17",
            Statement: [
                {
                    Effect: "Allow",
                    Action: "sts:AssumeRole",
                    Principal: { Service: "lambda.amazonaws.com" },
                    Condition: { StringEquals: { "aws:SourceAccount": "111122223333" } },
                },
            ],
        });
    });

    it("makes what depends on a call it cannot make unknown, naming the call and the argument, for Output and plain invokes alike", async () => {
        const folder = userProject(`
            const kb = aws.ssm.getParameterOutput({ name: "/shop/knowledge-base" });
            new BedrockAgentRole("output-agent", { foundationModels: ["amazon.nova-pro-v1:0"], knowledgeBases: [kb.value] });
            module.exports = async () => {
                const key = await aws.ssm.getParameter({ name: "/shop/key" });
                const fn = await aws.lambda.getFunction({ functionName: "orders" });
                new BedrockAgentRole("plain-agent", { foundationModels: ["amazon.nova-pro-v1:0"], customerEncryptionKey: key.value });
                new BedrockAgentRole("function-agent", {
                    foundationModels: ["amazon.nova-pro-v1:0"],
                    actionGroups: [{ name: "orders", lambdaFunction: fn.arn }, { name: "tickets", lambdaFunction: "tickets" }],
                });
            };
        `);
        const { file } = await planUserProject(folder);
        expect(file.roles).to.deep.equal([]);
        expect(file.assumptions).to.include(
            "aws:ssm/getParameter:getParameter asks AWS, which the offline plan does not: every value that depends on its answer is unknown",
        );
        const [output, plain, fn] = file.unknownRoles ?? [];
        expect(output.unknown).to.deep.equal([{ argument: "knowledgeBases[0]", from: [] }]);
        expect(JSON.stringify(output.known?.inlinePolicy)).to.include(
            "foundation-model/amazon.nova-pro-v1:0",
        );
        expect(plain).to.deep.equal({
            component: "plain-agent",
            unknown: [{ argument: "customerEncryptionKey", from: [] }],
        });
        expect(fn.unknown).to.deep.equal([{ argument: "actionGroups[0].lambdaFunction", from: [] }]);
        expect(agentPlan(fn.known).lambdaPermissions.map((p) => p.function)).to.deep.equal(["tickets"]);
    });

    it("exits 3 when a role is not known whole, naming the argument and the resource with the known grants, in text and Markdown; --allow-unknown exits 0", async () => {
        const folder = userProject(`
            const queue = new aws.sqs.Queue("jobs", {});
            new BedrockAgentRole("jobs-agent", {
                foundationModels: ["amazon.nova-pro-v1:0"],
                extraStatements: [{ sid: "SendJobs", actions: ["sqs:SendMessage"], resources: [queue.arn] }],
            });
        `);
        const text = await runPlanCli(["dev", "--project", folder]);
        expect(text.code, text.output).to.equal(3);
        expect(text.output).to.include("component jobs-agent: NOT KNOWN WHOLE OFFLINE");
        expect(text.output).to.include(
            "extraStatements[0].resources[0] is unknown offline: it is an output of aws:sqs/queue:Queue jobs",
        );
        expect(text.output).to.match(/bedrock:InvokeModel.*foundation-model\/amazon\.nova-pro-v1:0/);
        expect(text.output).to.include("error: not known whole offline: jobs-agent");
        const markdown = await runPlanCli([
            "dev",
            "--project",
            folder,
            "--format",
            "markdown",
            "--allow-unknown",
        ]);
        expect(markdown.code, markdown.output).to.equal(0);
        expect(markdown.output).to.include("not known whole offline");
        expect(markdown.output).to.include("foundation-model/amazon.nova-pro-v1:0");
    });

    it("shows every value the program marks secret as [secret] in text, Markdown, JSON and the files, keeping what is not secret around a secret name", async () => {
        const folder = userProject(`
            const bucket = pulumi.secret("shop-private-docs");
            new BedrockAgentRole("secret-agent", {
                foundationModels: ["amazon.nova-pro-v1:0"],
                knowledgeBases: [pulumi.secret("KBSECRET01")],
                extraStatements: [{ sid: "ReadDocs", actions: ["s3:GetObject"], resources: [pulumi.interpolate\`arn:aws:s3:::\${bucket}/docs/*\`] }],
            });
        `);
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "secret-plan-"));
        const outputs: string[] = [];
        for (const format of ["text", "markdown", "json"]) {
            const run = await runPlanCli(["dev", "--project", folder, "--format", format, "--out", out]);
            expect(run.code, run.output).to.equal(0);
            outputs.push(run.output);
        }
        const written = fs
            .readdirSync(out, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)));
        expect(written).to.include.members([
            "plan.json",
            path.join("secret-agent", "identity-policy.json"),
            path.join("secret-agent", "trust-policy.json"),
        ]);
        const files = written.map((file) => fs.readFileSync(path.join(out, file), "utf8"));
        for (const shown of [...outputs, ...files]) {
            expect(shown).not.to.include("KBSECRET01");
            expect(shown).not.to.include("shop-private-docs");
        }
        const file = JSON.parse(outputs[2]);
        const granted = JSON.stringify(file.roles[0].plan.inlinePolicy);
        expect(granted).to.include("arn:aws:bedrock:eu-west-1:111122223333:knowledge-base/[secret]");
        // A value built from a secret is secret whole, as pulumi preview shows it.
        const readDocs = file.roles[0].plan.inlinePolicy.Statement.find(
            (st: { Sid: string }) => st.Sid === "ReadDocs",
        );
        expect(readDocs.Resource).to.deep.equal(["[secret]"]);
        expect(file.assumptions).to.include(
            "2 values the program or the stack marks secret are shown as [secret], wherever they appear",
        );
    });

    it("decrypts a passphrase stack's secrets as the Pulumi CLI does and shows them as [secret], however the program reads them; refuses a wrong or missing passphrase naming it", async () => {
        const { salt, secure } = passphraseStack("correct horse", { "shop:kb": "KBSTACK001" });
        const stack = `encryptionsalt: ${salt}\n${DEV_STACK}  shop:kb:\n    secure: ${secure["shop:kb"]}\n`;
        const folder = userProject(
            `
            const config = new pulumi.Config();
            new BedrockAgentRole("stack-secret-agent", { foundationModels: ["amazon.nova-pro-v1:0"], knowledgeBases: [config.requireSecret("kb")] });
            new BedrockAgentRole("plain-read-agent", { foundationModels: ["amazon.nova-pro-v1:0"], knowledgeBases: [config.require("kb")] });
        `,
            undefined,
            stack,
        );
        const saved = { ...process.env };
        try {
            process.env.PULUMI_CONFIG_PASSPHRASE = "correct horse";
            const json = await runPlanCli(["dev", "--project", folder, "--format", "json"]);
            expect(json.code, json.output).to.equal(0);
            expect(json.output).not.to.include("KBSTACK001");
            const file = JSON.parse(json.output);
            expect(file.roles.map((role: { component: string }) => role.component)).to.deep.equal([
                "stack-secret-agent",
                "plain-read-agent",
            ]);
            for (const role of file.roles) {
                expect(JSON.stringify(role.plan.inlinePolicy)).to.include("knowledge-base/[secret]");
            }
            process.env.PULUMI_CONFIG_PASSPHRASE = "wrong";
            const wrong = await runPlanCli(["dev", "--project", folder]);
            expect(wrong.code).to.equal(2);
            expect(wrong.output).to.match(
                /^error: PULUMI_CONFIG_PASSPHRASE: does not decrypt this stack's secrets/,
            );
            delete process.env.PULUMI_CONFIG_PASSPHRASE;
            delete process.env.PULUMI_CONFIG_PASSPHRASE_FILE;
            const missing = await runPlanCli(["dev", "--project", folder]);
            expect(missing.code).to.equal(2);
            expect(missing.output).to.match(
                /^error: shop:kb: is a secret, and neither PULUMI_CONFIG_PASSPHRASE nor/,
            );
        } finally {
            process.env = saved;
        }
    });
});
