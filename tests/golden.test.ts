// Golden outputs: what the component, the examples and the offline plan produce for a broad set of
// inputs, frozen in tests/golden/. A change to any of them must be deliberate: regenerate with
// `UPDATE_GOLDEN=1 npx mocha tests/golden.test.ts` and say why in the commit.
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { recordScenario } from "./support/goldenRecorder";
import { SCENARIOS } from "./support/goldenScenarios";
import { runPlanCli } from "./support/planCliRun";

const FOLDER = path.join(__dirname, "golden");
const ROOT = path.resolve(__dirname, "..");

function compare(name: string, actual: unknown): void {
    const file = path.join(FOLDER, `${name}.json`);
    const text = `${JSON.stringify(actual, null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN) {
        fs.writeFileSync(file, text);
        return;
    }
    expect(text, `${name} differs from ${path.relative(ROOT, file)}`).to.equal(fs.readFileSync(file, "utf8"));
}

describe("golden outputs", function () {
    this.timeout(60000);

    for (const scenario of SCENARIOS) {
        it(`${scenario.name}: the same resources, names and documents`, async () => {
            compare(scenario.name, await recordScenario(scenario));
        });
    }

    it("offline plan of the example stack: the same text and files", async () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "golden-plan-"));
        const { code, output } = await runPlanCli(["example", "--project", ROOT, "--out", out]);
        const files = Object.fromEntries(
            fs
                .readdirSync(out, { recursive: true, encoding: "utf8" })
                .filter((file) => file.endsWith(".json"))
                .sort()
                .map((file) => [file, JSON.parse(fs.readFileSync(path.join(out, file), "utf8"))]),
        );
        compare("offline-plan-example", {
            code,
            text: output.replace(/files to \S+:/, "files to <out>:"),
            files,
        });
    });
});
