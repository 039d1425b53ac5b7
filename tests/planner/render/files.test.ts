// The plan writes only its own files: --out may be any folder, a project's root included.
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { MANIFEST } from "../../../planner/render/files";
import { runPlanCli } from "../../support/planCliRun";

const ROOT = path.resolve(__dirname, "../../..");

/** A folder shaped like a project's root, with JSON files of its own: their paths and contents. */
function projectRoot(): { folder: string; files: Record<string, string> } {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "plan-out-root-"));
    const files: Record<string, string> = {
        "package.json": '{ "name": "shop" }\n',
        "tsconfig.json": '{ "compilerOptions": {} }\n',
        "node_modules/left-pad/package.json": '{ "name": "left-pad" }\n',
        "config/settings.json": '{ "debug": false }\n',
    };
    for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        fs.writeFileSync(path.join(folder, name), text);
    }
    return { folder, files };
}

const intact = (folder: string, files: Record<string, string>) =>
    Object.entries(files).filter(([name, text]) => fs.readFileSync(path.join(folder, name), "utf8") !== text);

describe("planner: the files the plan writes", function () {
    this.timeout(120000);

    it("with --out set to a project's root, leaves every file of the project as it was, run after run", async () => {
        const { folder, files } = projectRoot();
        const first = await runPlanCli(["example", "--project", ROOT, "--out", folder]);
        expect(first.code, first.output).to.equal(0);
        expect(intact(folder, files)).to.deep.equal([]);
        expect(fs.existsSync(path.join(folder, "plan.json"))).to.equal(true);
        const second = await runPlanCli(["example", "--project", ROOT, "--out", folder]);
        expect(second.code, second.output).to.equal(0);
        expect(intact(folder, files)).to.deep.equal([]);
    });

    it("removes only its own stale files, as its manifest lists them", async () => {
        const { folder, files } = projectRoot();
        expect((await runPlanCli(["example", "--project", ROOT, "--out", folder])).code).to.equal(0);
        const manifest = JSON.parse(fs.readFileSync(path.join(folder, MANIFEST), "utf8")) as {
            files: string[];
        };
        const stale = path.join("support-agent", "lambda-permission-retired.json");
        fs.writeFileSync(path.join(folder, stale), "{}\n");
        fs.writeFileSync(
            path.join(folder, MANIFEST),
            JSON.stringify({
                writtenBy: "bedrock-agent-plan",
                files: [...manifest.files, stale, "../outside.json"],
            }),
        );
        fs.writeFileSync(path.join(folder, "support-agent", "notes.json"), "{}\n");
        expect((await runPlanCli(["example", "--project", ROOT, "--out", folder])).code).to.equal(0);
        expect(fs.existsSync(path.join(folder, stale))).to.equal(false);
        expect(fs.existsSync(path.join(folder, "support-agent", "notes.json"))).to.equal(true);
        expect(intact(folder, files)).to.deep.equal([]);
    });

    it("refuses, naming --out and changing nothing, to overwrite a file it did not write, or to write into a file", async () => {
        const { folder } = projectRoot();
        fs.writeFileSync(path.join(folder, "plan.json"), '{ "mine": true }\n');
        const refused = await runPlanCli(["example", "--project", ROOT, "--out", folder]);
        expect(refused.code).to.equal(2);
        expect(refused.output).to.match(/--out: .*plan\.json exists and bedrock-agent-plan did not write it/);
        expect(fs.readFileSync(path.join(folder, "plan.json"), "utf8")).to.equal('{ "mine": true }\n');
        const file = path.join(folder, "package.json");
        const intoFile = await runPlanCli(["example", "--project", ROOT, "--out", file]);
        expect(intoFile.code).to.equal(2);
        expect(intoFile.output).to.match(/--out: .*package\.json is a file, not a folder/);
    });
});
