import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { installedBinSuite } from "../support/packedPackage";
import { visibleText } from "../support/visibleText";

const ROOT = path.resolve(__dirname, "../..");

describe("bedrock-agent-plan, from the packed npm package, on users' own programs", function () {
    this.timeout(600000);
    // Type-checking a program costs about 8 s of the compiler's time against 1.5 s for the plan:
    // it is done where it is the subject (tests/planner/cliTypeScript.test.ts; the examples
    // type-check in tests/examples.test.ts).
    const suite = installedBinSuite();
    const { typeCheckedPlan, plan, stackFile } = suite;

    it("bedrock-agent-plan plans a user's own program: every BedrockAgentRole, with ARNs of the stack's account and region from the resources around them", () => {
        stackFile("complete-agent", '  aws:region: eu-west-1\n  aws:allowedAccountIds: ["111122223333"]\n');
        const { code, output } = plan(["test", "--project", "complete-agent"]);
        expect(code, output).to.equal(0);
        expect(output).to.match(
            /component support-agent: role AmazonBedrockExecutionRoleForAgents_support-agent-\S+ \(account 111122223333, region eu-west-1/,
        );
        expect(output).to.match(
            /arn:aws:lambda:eu-west-1:111122223333:function:lookup-orders .* arn:aws:bedrock:eu-west-1:111122223333:agent\/[0-9A-Z]{10} /,
        );
        expect(output).to.match(
            /bedrock:InvokeAgent \| arn:aws:bedrock:eu-west-1:111122223333:agent-alias\/[0-9A-Z]{10}\/[0-9A-Z]{10}/,
        );

        stackFile("supervisor-agent", "  aws:region: us-east-1\n");
        const json = plan(["test", "--project", "supervisor-agent", "--format", "json"]);
        expect(json.code, json.output).to.equal(0);
        const file = JSON.parse(json.output);
        expect(file.version).to.equal(2);
        expect(file.roles.map((r: { component: string }) => r.component)).to.deep.equal([
            "orders-agent",
            "billing-agent",
            "supervisor-agent",
        ]);
    });

    it("bedrock-agent-plan --format markdown renders the tables and the grants added and removed, for a pull request", () => {
        stackFile("supervisor-agent", "  aws:region: us-east-1\n");
        const before = path.join(suite.workspace, "plan-before");
        expect(plan(["test", "--project", "supervisor-agent", "--out", before]).code).to.equal(0);
        const program = path.join(suite.workspace, "supervisor-agent", "index.ts");
        fs.writeFileSync(
            program,
            fs.readFileSync(program, "utf8").replace("    prompts: [routing.arn],\n", ""),
        );
        const { code, output } = plan([
            "test",
            "--project",
            "supervisor-agent",
            "--format",
            "markdown",
            "--previous",
            before,
        ]);
        expect(code, output).to.equal(0);
        expect(output).to.match(/^## Bedrock agent IAM of /);
        expect(output).to.include("| policy | sid | effect | actions | resources | conditions |");
        expect(output).to.include("### Changes since the previous plan");
        const seen = visibleText(output);
        expect(seen).to.match(/^Bedrock agent IAM of bedrock-agent-supervisor-agent\/test/);
        expect(seen).to.match(
            /^- [\w-]+: identity: Allow bedrock:GetPrompt on arn:aws:bedrock:us-east-1:123456789012:prompt\/[0-9A-Z]{10}$/m,
        );
    });

    it("bedrock-agent-plan exits 1 with the program's own message when the program fails, 2 naming the argument when an argument is bad, and 4 on a mandatory policy violation", () => {
        const broken = path.join(suite.workspace, "broken-program");
        fs.mkdirSync(broken, { recursive: true });
        fs.writeFileSync(path.join(broken, "Pulumi.yaml"), "name: broken\nruntime: nodejs\nmain: index.js\n");
        fs.writeFileSync(path.join(broken, "Pulumi.test.yaml"), "config:\n  aws:region: us-east-1\n");
        fs.writeFileSync(
            path.join(broken, "index.js"),
            'throw new Error("the orders table is not configured");\n',
        );
        const failed = plan(["test", "--project", broken]);
        expect(failed.code, failed.output).to.equal(1);
        expect(failed.output).to.include("the program of broken failed: the orders table is not configured");
        fs.writeFileSync(
            path.join(broken, "index.js"),
            'const { BedrockAgentRole } = require("bedrock-agent-role");\nnew BedrockAgentRole("agent", { foundationModels: ["not a model"] });\n',
        );
        const bad = plan(["test", "--project", broken]);
        expect(bad.code, bad.output).to.equal(2);
        expect(bad.output).to.match(/^error: agent: foundationModels\[0\]: "not a model"/m);
        fs.writeFileSync(
            path.join(broken, "index.js"),
            [
                'const aws = require("@pulumi/aws");',
                'const { BedrockAgentRole } = require("bedrock-agent-role");',
                'new BedrockAgentRole("agent", { foundationModels: ["amazon.nova-pro-v1:0"] });',
                'new aws.iam.Policy("deploy-anything", { policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "iam:PassRole", Resource: "*" }] }) });',
            ].join("\n"),
        );
        const violating = plan(["test", "--project", broken]);
        expect(violating.code, violating.output).to.equal(4);
        expect(violating.output).to.match(
            /^error: 2 mandatory policy violations \(agent-iam-pass-role in deploy-anything\)/m,
        );
    });

    it("the bedrock-agent-plan bin renders a stack's plan through npx, compiled, without ts-node", () => {
        const out = path.join(suite.workspace, "plan-out");
        // Type-checked: transpiling only, ts-node refuses this project's tsconfig (module commonjs
        // under Pulumi's default moduleResolution nodenext, TS5110).
        const { code, output } = typeCheckedPlan([
            path.join(ROOT, "Pulumi.example.yaml"),
            "--project",
            ROOT,
            "--out",
            out,
        ]);
        expect(code, output).to.equal(0);
        expect(output).to.match(
            /Stack bedrock-agent-role\/example, component support-agent: role AmazonBedrockExecutionRoleForAgents_support-agent-/,
        );
        expect(fs.readdirSync(out)).to.include("plan.json");
    });
});
