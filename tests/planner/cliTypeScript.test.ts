// The TypeScript programs of users, planned by the installed bedrock-agent-plan as pulumi up runs
// them: type-checked with their own tsconfig, ES modules through their own ts-node. A file of its
// own, beside tests/planner/cli.test.ts, so that mocha's two workers share the plans.
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { installedBinSuite } from "../support/packedPackage";

const ROOT = path.resolve(__dirname, "../..");

describe("bedrock-agent-plan, from the packed npm package, on users' TypeScript programs", function () {
    this.timeout(600000);
    const suite = installedBinSuite();
    const { typeCheckedPlan, plan, stackFile } = suite;

    it("bedrock-agent-plan type-checks a TypeScript program with its own tsconfig as pulumi up does (exit 1 naming the error), unless --no-type-check", () => {
        const typed = path.join(suite.workspace, "minimal-agent");
        stackFile("minimal-agent", "  aws:region: us-east-1\n");
        const program = path.join(typed, "index.ts");
        fs.appendFileSync(program, '\nexport const wrong: number = "not a number";\n');
        const checked = typeCheckedPlan(["test", "--project", typed]);
        expect(checked.code, checked.output).to.equal(1);
        expect(checked.output).to.match(
            /index\.ts\(\d+,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/,
        );
        const unchecked = plan(["test", "--project", typed]);
        expect(unchecked.code, unchecked.output).to.equal(0);
    });

    it("bedrock-agent-plan loads an ES-module TypeScript program with top-level await through the project's ts-node, type-checked, as pulumi up does", () => {
        const esm = path.join(suite.workspace, "esm-agent");
        fs.mkdirSync(path.join(esm, "node_modules"), { recursive: true });
        fs.symlinkSync(path.join(ROOT, "node_modules", "ts-node"), path.join(esm, "node_modules", "ts-node"));
        fs.writeFileSync(path.join(esm, "package.json"), '{ "type": "module", "main": "index.ts" }');
        fs.writeFileSync(
            path.join(esm, "tsconfig.json"),
            '{ "compilerOptions": { "target": "ES2022", "module": "nodenext", "moduleResolution": "nodenext", "strict": true, "skipLibCheck": true, "types": ["node"] } }',
        );
        fs.writeFileSync(path.join(esm, "Pulumi.yaml"), "name: esm\nruntime: nodejs\n");
        fs.writeFileSync(path.join(esm, "Pulumi.test.yaml"), "config:\n  aws:region: us-east-1\n");
        fs.writeFileSync(
            path.join(esm, "index.ts"),
            [
                'import { BedrockAgentRole } from "bedrock-agent-role";',
                'const model: string = await Promise.resolve("amazon.nova-pro-v1:0");',
                'new BedrockAgentRole("esm-agent", { foundationModels: [model] });',
            ].join("\n"),
        );
        const { code, output } = typeCheckedPlan(["test", "--project", esm]);
        expect(code, output).to.equal(0);
        expect(output).to.match(/component esm-agent: role /);
    });
});
