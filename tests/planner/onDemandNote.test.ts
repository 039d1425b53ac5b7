// Where AWS cannot be asked, the offline plan warns from the package's table about a model AWS
// serves only through inference profiles, given on demand, rather than decide for AWS.
import { expect } from "chai";
import * as path from "path";
import { runPlanCli, stackCopy } from "../support/planCliRun";

const ROOT = path.resolve(__dirname, "../..");
const SONNET_45 = "anthropic.claude-sonnet-4-5-20250929-v1:0";

describe("planner: models served only through inference profiles, offline", function () {
    this.timeout(120000);

    it("plans the role, and says in a note (text and JSON) what the table says and what pulumi up will do", async () => {
        const stack = stackCopy((text) => text.replace("amazon.nova-pro-v1:0", SONNET_45));
        const text = await runPlanCli([stack, "--project", ROOT]);
        expect(text.code, text.output).to.equal(0);
        expect(text.output).to.include(
            `note: ${SONNET_45} is served only through inference profiles in us-east-1 by the package's table`,
        );
        expect(text.output).to.include(`use us.${SONNET_45} or global.${SONNET_45}`);
        const json = await runPlanCli([stack, "--project", ROOT, "--format", "json"]);
        const file = JSON.parse(json.output) as { assumptions: string[]; roles: unknown[] };
        expect(file.roles).to.have.length(1);
        expect(file.assumptions.filter((note) => note.startsWith(SONNET_45))).to.have.length(1);
    });
});
