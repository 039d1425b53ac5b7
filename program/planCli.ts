#!/usr/bin/env node
// bedrock-agent-plan: renders what a stack grants, offline, by running the stack program on
// Pulumi mocks. No AWS credentials and no Pulumi CLI are needed.
import * as fs from "fs";
import * as path from "path";
import { ArgumentError } from "../components/argumentError";
import { renderPolicy } from "../components/iam/policyDocument";
import { offlinePlan } from "./offlinePlan";
import type { PlanFile } from "./planFile";
import { diffPlans, identityPolicies, renderDiff, renderPlan } from "./planReport";
import { readStackFile } from "./stackFile";

const USAGE = `Usage: bedrock-agent-plan [STACK | path/to/Pulumi.STACK.yaml] [--out DIR] [--previous DIR] [--project DIR]

  STACK        stack whose Pulumi.STACK.yaml holds the config (default: example)
  --out DIR    folder for the JSON documents and plan.json (default: plan/STACK)
  --previous DIR  folder of an earlier plan: print the grants added and removed since
  --project DIR   folder of Pulumi.yaml (default: the current folder)`;

interface Options {
    stack: string;
    out?: string;
    previous?: string;
    project: string;
}

function parseOptions(argv: string[]): Options {
    const options: Options = { stack: "example", project: process.cwd() };
    for (let i = 0; i < argv.length; i++) {
        const flag = argv[i];
        if (flag === "--help" || flag === "-h") {
            console.log(USAGE);
            process.exit(0);
        }
        if (flag === "--out" || flag === "--previous" || flag === "--project") {
            const value = argv[++i];
            if (!value) throw new ArgumentError(flag, "needs a folder", `${flag} plan/example`);
            options[flag.slice(2) as "out" | "previous" | "project"] = value;
        } else if (flag.startsWith("-")) {
            throw new ArgumentError(flag, "is not an option", "--out plan/example");
        } else {
            options.stack = flag;
        }
    }
    return options;
}

function writePlan(file: PlanFile, folder: string): string[] {
    fs.mkdirSync(folder, { recursive: true });
    const files: Record<string, string> = {};
    for (const { plan } of file.roles) {
        files["trust-policy.json"] = renderPolicy(plan.trustPolicy);
        identityPolicies(plan).forEach((policy, i) => {
            files[i === 0 ? "identity-policy.json" : `managed-policy-${policy.name}.json`] = renderPolicy(
                policy.document,
            );
        });
        for (const p of plan.lambdaPermissions) {
            const permission = {
                key: p.key,
                function: p.function,
                statementId: p.statementId,
                action: p.action,
                principal: p.principal,
                sourceAccount: p.sourceAccount,
                sourceArn: p.sourceArn,
            };
            files[`lambda-permission-${p.key}.json`] = JSON.stringify(permission, null, 2);
        }
        for (const key of plan.keyPolicies) {
            files[`key-policy-${key.keyArn.slice(key.keyArn.lastIndexOf("/") + 1)}.json`] = JSON.stringify(
                key.statements,
                null,
                2,
            );
        }
        if (plan.callerPolicy) {
            files["caller-policy.json"] = renderPolicy(plan.callerPolicy);
        }
    }
    files["plan.json"] = JSON.stringify(file, null, 2);
    for (const stale of fs.readdirSync(folder).filter((f) => f.endsWith(".json") && !(f in files))) {
        fs.rmSync(path.join(folder, stale));
    }
    for (const [name, text] of Object.entries(files)) {
        fs.writeFileSync(path.join(folder, name), `${text}\n`);
    }
    return Object.keys(files).sort();
}

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
    try {
        const options = parseOptions(argv);
        const stack = readStackFile(options.stack, options.project);
        const previous = options.previous
            ? (JSON.parse(fs.readFileSync(path.join(options.previous, "plan.json"), "utf8")) as PlanFile)
            : undefined;
        const plan = await offlinePlan(stack);
        console.log(renderPlan(plan));
        const out = options.out ?? path.join(options.project, "plan", stack.stack);
        const files = writePlan(plan, out);
        console.log(
            `\nWrote ${files.length} files to ${path.relative(process.cwd(), out) || "."}: ${files.join(", ")}`,
        );
        if (previous) {
            console.log(`\nChanges since ${options.previous}`);
            console.log(renderDiff(diffPlans(previous, plan)));
        }
        return 0;
    } catch (error) {
        console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
        return ArgumentError.isArgumentError(error) ? 2 : 1;
    }
}

if (require.main === module) {
    main(process.argv.slice(2)).then((code) => process.exit(code));
}
