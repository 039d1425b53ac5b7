// --format json writes only JSON to stdout, whatever the program prints: what a tool pipes it to.
import { expect } from "chai";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { PlanFile } from "../../planner/planFile";
import type { PlanDiff } from "../../planner/render/diff";
import { runPlanCli } from "../support/planCliRun";
import { userProject } from "../support/userProject";

const ROOT = path.resolve(__dirname, "../..");

describe("planner: --format json", function () {
    this.timeout(120000);

    it("writes only the plan's JSON to stdout; the program's console output goes to stderr", () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), "json-project-"));
        fs.writeFileSync(path.join(folder, "Pulumi.yaml"), "name: shop\nruntime: nodejs\n");
        fs.writeFileSync(path.join(folder, "Pulumi.dev.yaml"), "config:\n  aws:region: eu-west-1\n");
        fs.writeFileSync(
            path.join(folder, "index.js"),
            [
                `const { BedrockAgentRole } = require(${JSON.stringify(path.join(ROOT, "index.ts"))});`,
                'console.log("deploying the shop");',
                'console.info("with its agent");',
                'new BedrockAgentRole("orders-agent", { foundationModels: ["amazon.nova-pro-v1:0"] });',
            ].join("\n"),
        );
        const result = spawnSync(
            process.execPath,
            [
                "-r",
                "ts-node/register/transpile-only",
                path.join(ROOT, "planner", "cli.ts"),
                "dev",
                "--project",
                folder,
                "--format",
                "json",
            ],
            { cwd: ROOT, encoding: "utf8" },
        );
        expect(result.status, result.stderr).to.equal(0);
        const file = JSON.parse(result.stdout) as { roles: { component: string }[] };
        expect(file.roles.map((r) => r.component)).to.deep.equal(["orders-agent"]);
        expect(result.stderr).to.include("deploying the shop");
        expect(result.stderr).to.include("with its agent");
    });

    it("carries, with --previous, what changed since that plan, and writes plan.json without it", async () => {
        const folder = userProject(
            'new BedrockAgentRole("orders-agent", { foundationModels: ["amazon.nova-pro-v1:0"] });',
        );
        const before = fs.mkdtempSync(path.join(os.tmpdir(), "json-before-"));
        expect((await runPlanCli(["dev", "--project", folder, "--out", before])).code).to.equal(0);
        fs.appendFileSync(
            path.join(folder, "index.js"),
            '\nnew BedrockAgentRole("sales-agent", { foundationModels: ["amazon.nova-lite-v1:0"] });\n',
        );
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "json-after-"));
        const { code, output } = await runPlanCli([
            "dev",
            "--project",
            folder,
            "--format",
            "json",
            "--previous",
            before,
            "--out",
            out,
        ]);
        expect(code, output).to.equal(0);
        const printed = JSON.parse(output) as PlanFile & { changes?: PlanDiff & { since: string } };
        expect(printed.roles.map((r) => r.component)).to.deep.equal(["orders-agent", "sales-agent"]);
        expect(printed.changes?.since).to.equal(before);
        expect(printed.changes?.added).to.include(
            "sales-agent (role added): identity: Allow bedrock:InvokeModel on arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-lite-v1:0",
        );
        expect(printed.changes?.removed).to.deep.equal([]);
        const written = JSON.parse(fs.readFileSync(path.join(out, "plan.json"), "utf8")) as Record<
            string,
            unknown
        >;
        expect(written).not.to.have.property("changes");
    });
});
