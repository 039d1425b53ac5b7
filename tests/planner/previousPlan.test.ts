// --previous names itself when the folder holds no plan of this version, never a raw JSON error.
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runPlanCli } from "../support/planCliRun";

const ROOT = path.resolve(__dirname, "../..");

function previous(text: string): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "plan-previous-"));
    fs.writeFileSync(path.join(folder, "plan.json"), text);
    return folder;
}

describe("planner: --previous", function () {
    this.timeout(120000);

    it("refuses a plan.json that is not JSON, naming --previous, with exit 2", async () => {
        const { code, output } = await runPlanCli([
            "example",
            "--project",
            ROOT,
            "--previous",
            previous("{ oops"),
        ]);
        expect(code).to.equal(2);
        expect(output).to.match(/^error: --previous: .*plan\.json is not JSON/);
    });

    it("refuses a plan.json of another version or shape, naming --previous, with exit 2", async () => {
        for (const text of ['{ "version": 1, "roles": [] }', "{}", '{ "version": 2 }', "null"]) {
            const { code, output } = await runPlanCli([
                "example",
                "--project",
                ROOT,
                "--previous",
                previous(text),
            ]);
            expect(code, text).to.equal(2);
            expect(output, text).to.match(/^error: --previous: .*is not a plan\.json of version 2/);
        }
    });
});
