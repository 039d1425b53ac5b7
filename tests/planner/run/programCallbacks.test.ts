// The offline plan names the program's own callbacks it cannot run (an apply on a value unknown
// offline), where pulumi up would run them, and exits 3 for them as for a role not known whole.
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { renderMarkdown } from "../../../planner/render/markdown";
import { programFile } from "../../../planner/run/programRun";
import { renderPlan } from "../../../planner/render/text";
import { runPlanCli } from "../../support/planCliRun";
import { planUserProject, userProject } from "../../support/userProject";
import { visibleText } from "../../support/visibleText";

const PROGRAM = `
const queue = new aws.sqs.Queue("jobs", {});
queue.arn.apply((arn) => new BedrockAgentRole("jobs-agent", { foundationModels: ["amazon.nova-pro-v1:0"] }));
const role = new BedrockAgentRole("orders-agent", { foundationModels: ["amazon.nova-pro-v1:0"] });
role.roleArn.apply(() => new BedrockAgentRole("after-agent", { foundationModels: ["amazon.nova-pro-v1:0"] }));
pulumi.interpolate\`\${queue.arn}/policy\`;
`;

describe("offline plan: the program's callbacks it cannot run", function () {
    this.timeout(60000);

    it("names, by file, line and column, each callback of the program applied to a value unknown offline, and only those", async () => {
        const folder = userProject(PROGRAM);
        const { file } = await planUserProject(folder);
        expect(file.roles.map((r) => r.component).sort()).to.deep.equal(["after-agent", "orders-agent"]);
        const line =
            fs
                .readFileSync(path.join(folder, "index.js"), "utf8")
                .split("\n")
                .findIndex((l) => l.startsWith("queue.arn.apply")) + 1;
        expect(file.notRun).to.deep.equal([`index.js:${line}:11`]);
        expect(renderPlan(file)).to.include(
            `CALLBACKS NOT RUN OFFLINE\n  This callback of the program was not run: each applies to a value unknown offline`,
        );
        expect(renderPlan(file)).to.include(`  - index.js:${line}:11`);
        expect(visibleText(renderMarkdown(file))).to.include(`index.js:${line}:11`);
    });

    it("exits 3 naming them, and 0 with --allow-unknown", async () => {
        const folder = userProject(PROGRAM);
        const refused = await runPlanCli(["dev", "--project", folder, "--format", "markdown"]);
        expect(refused.code, refused.output).to.equal(3);
        expect(refused.output).to.match(/^error: callbacks not run offline: index\.js:\d+:11; /m);
        const allowed = await runPlanCli([
            "dev",
            "--project",
            folder,
            "--format",
            "markdown",
            "--allow-unknown",
        ]);
        expect(allowed.code, allowed.output).to.equal(0);
    });

    it("counts this package's own library as a package's, not as the program's, when the package plans its own stack program, whatever was loaded before", () => {
        const root = path.resolve(__dirname, "../../..");
        const isProgram = programFile({ directory: root } as never, new Set());
        expect(isProgram(path.join(root, "program", "stackProgram.ts"))).to.equal(true);
        expect(isProgram(path.join(root, "components", "resources", "roleComponent.ts"))).to.equal(false);
        expect(isProgram(path.join(root, "planner", "offlineRun.ts"))).to.equal(false);
        expect(isProgram(path.join(root, "node_modules", "@pulumi", "pulumi", "output.js"))).to.equal(false);
    });
});
