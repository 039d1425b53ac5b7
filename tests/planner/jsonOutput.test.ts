// --format json writes only JSON to stdout, whatever the program prints: what a tool pipes it to.
import { expect } from "chai";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

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
});
