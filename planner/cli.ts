#!/usr/bin/env node
// bedrock-agent-plan: renders what a Pulumi project's agents are granted, offline, by running the
// project's own program on Pulumi mocks. No AWS credentials and no Pulumi CLI are needed.
import * as fs from "fs";
import * as path from "path";
import { ArgumentError } from "../components/iam/argumentError";
import { offlineRun } from "./offlineRun";
import { PLAN_FILE_VERSION, PlanFile } from "./planFile";
import { writePlan } from "./render/files";
import { renderMarkdown } from "./render/markdown";
import { diffPlans, PlanDiff, renderDiff } from "./render/diff";
import { renderPlan } from "./render/text";
import { ProgramError } from "./run/programError";
import { readPulumiProject } from "./run/pulumiProject";
import { readStackFile } from "./run/stackFile";
import { readPolicyConfig } from "./policyConfig";
import { mandatoryViolations } from "./render/violations";

const USAGE = `Usage: bedrock-agent-plan [STACK | path/to/Pulumi.STACK.yaml] [--project DIR] [--format text|markdown|json]
                          [--out DIR] [--previous DIR] [--timeout SECONDS] [--allow-unknown]
                          [--no-type-check] [--policy-config FILE]

  STACK            the stack whose Pulumi.STACK.yaml holds the config (default: example)
  --project DIR    the Pulumi project (its Pulumi.yaml and program); default: the stack file's
                   folder when it holds a Pulumi.yaml, else the current folder
  --format FORMAT  text (default), markdown (for a pull-request comment) or json (plan.json)
  --out DIR        write the JSON documents and plan.json there (text: default plan/STACK)
  --previous DIR   folder of an earlier plan: show the grants added and removed since
  --timeout SECONDS  how long the program may take to finish (default: 300)
  --allow-unknown  exit 0 when a role is not known whole offline, or a callback of the program
                   could not be run offline (both are still reported)
  --no-type-check  load a TypeScript program without type-checking it (pulumi up checks it,
                   unless PULUMI_NODEJS_TRANSPILE_ONLY=true or its tsconfig says noCheck)
  --policy-config FILE  tune the policy pack's rules, which judge every resource of the program,
                   as pulumi preview --policy-pack-config does: { "<rule id>": "advisory" |
                   "mandatory" | "disabled", or { "enforcementLevel": ..., "exemptResources":
                   ["<resource name>"] } }, and "all" for every rule's level

Exit codes: 0 planned; 2 bad input or a quota, naming the key or argument; 1 the program failed;
3 a role is not known whole offline (the values at fault and the known grants are shown), or a
callback of the program could not be run offline (where it is written is shown); 4 a mandatory
violation of the policy pack's rules (shown with the resource and what to write instead), before 3.`;

/**
 * What `--format json` writes: the plan file, and with `--previous` what changed since that plan
 * (`since`: its folder), which the plan.json written to `--out` leaves out.
 */
type JsonOutput = PlanFile & { changes?: PlanDiff & { since: string } };

/** The exit code of a plan in which a role is not known whole offline, or a callback was not run, unless --allow-unknown. */
const EXIT_NOT_KNOWN_WHOLE = 3;

/** The exit code of a plan with a mandatory violation of the policy pack's rules. */
const EXIT_MANDATORY_VIOLATION = 4;

const FORMATS = ["text", "markdown", "json"];

/** The options that take a value, each with a value of the right form. */
const VALUE_EXAMPLES = new Map([
    ["--out", "plan/example"],
    ["--previous", "plan/example"],
    ["--project", "plan/example"],
    ["--format", "markdown"],
    ["--timeout", "600"],
    ["--policy-config", "policy-config.json"],
]);

interface Options {
    stack: string;
    format: string;
    out?: string;
    previous?: string;
    project?: string;
    timeout?: string;
    policyConfig?: string;
    allowUnknown: boolean;
    typeCheck: boolean;
}

function parseOptions(argv: string[]): Options | undefined {
    const options: Options = { stack: "example", format: "text", allowUnknown: false, typeCheck: true };
    for (let i = 0; i < argv.length; i++) {
        const flag = argv[i];
        if (flag === "--help" || flag === "-h") {
            return undefined;
        }
        if (flag === "--allow-unknown" || flag === "--no-type-check") {
            options[flag === "--allow-unknown" ? "allowUnknown" : "typeCheck"] = flag === "--allow-unknown";
            continue;
        }
        if (VALUE_EXAMPLES.has(flag)) {
            const value = argv[++i];
            if (!value) throw new ArgumentError(flag, "needs a value", `${flag} ${VALUE_EXAMPLES.get(flag)}`);
            const key = flag === "--policy-config" ? "policyConfig" : flag.slice(2);
            options[key as "out" | "previous" | "project" | "format" | "timeout" | "policyConfig"] = value;
        } else if (flag.startsWith("-")) {
            throw new ArgumentError(flag, "is not an option", "--format markdown");
        } else {
            options.stack = flag;
        }
    }
    if (options.timeout !== undefined && !/^[1-9]\d{0,5}$/.test(options.timeout)) {
        throw new ArgumentError(
            "--timeout",
            `"${options.timeout}" is not a whole number of seconds`,
            "--timeout 600",
        );
    }
    if (!FORMATS.includes(options.format)) {
        throw new ArgumentError("--format", `"${options.format}" is not a format`, FORMATS.join(", "));
    }
    return options;
}

/** The project folder: given, or the stack file's when it holds a Pulumi.yaml, or the current one. */
function projectDirectory(options: Options): string {
    if (options.project) {
        return options.project;
    }
    const beside = /\.ya?ml$/.test(options.stack) ? path.dirname(path.resolve(options.stack)) : undefined;
    return beside && fs.existsSync(path.join(beside, "Pulumi.yaml")) ? beside : process.cwd();
}

function readPrevious(folder: string): PlanFile {
    const file = path.join(folder, "plan.json");
    if (!fs.existsSync(file)) {
        throw new ArgumentError("--previous", `${folder} holds no plan.json`, "--previous plan/before");
    }
    let parsed: Partial<PlanFile> | undefined;
    try {
        parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<PlanFile>;
    } catch (error) {
        throw new ArgumentError(
            "--previous",
            `${file} is not JSON (${(error as Error).message.split("\n")[0]})`,
            "--previous plan/before, a folder an earlier bedrock-agent-plan wrote",
        );
    }
    if (parsed?.version !== PLAN_FILE_VERSION || !Array.isArray(parsed.roles)) {
        throw new ArgumentError(
            "--previous",
            `${file} is not a plan.json of version ${PLAN_FILE_VERSION} (it says version ${JSON.stringify(parsed?.version)}); plan again with this version`,
            "--previous plan/before, a folder this version of bedrock-agent-plan wrote",
        );
    }
    // A plan.json of this version written before agent roles carried their kind: they are agents'.
    const agentIfUntagged = <T extends { kind?: string }>(plan: T) => ({
        ...plan,
        kind: plan.kind ?? "agent",
    });
    return {
        ...(parsed as PlanFile),
        roles: parsed.roles.map((role) => ({ ...role, plan: agentIfUntagged(role.plan) })),
    } as PlanFile;
}

/**
 * Runs `run` with everything written to standard output sent to standard error instead: the
 * program's own console output and logs, so that `--format json` writes only JSON to stdout.
 */
async function toStandardError<T>(run: () => Promise<T>): Promise<T> {
    const write = process.stdout.write;
    process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
    try {
        return await run();
    } finally {
        process.stdout.write = write;
    }
}

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
    try {
        const options = parseOptions(argv);
        if (!options) {
            console.log(USAGE);
            return 0;
        }
        const project = readPulumiProject(projectDirectory(options));
        const stack = readStackFile(options.stack, project);
        const previous = options.previous ? readPrevious(options.previous) : undefined;
        const policySettings = options.policyConfig ? readPolicyConfig(options.policyConfig) : undefined;
        const timeout = options.timeout === undefined ? undefined : Number(options.timeout);
        const run = () =>
            offlineRun(stack, project, {
                timeoutSeconds: timeout,
                typeCheck: options.typeCheck,
                policySettings,
            });
        const { file } = options.format === "json" ? await toStandardError(run) : await run();
        const diff = previous ? diffPlans(previous, file) : undefined;
        const out =
            options.out ??
            (options.format === "text" ? path.join(project.directory, "plan", stack.stack) : undefined);
        const written = out ? writePlan(file, out) : [];
        if (options.format === "json") {
            const output: JsonOutput =
                diff && options.previous ? { ...file, changes: { since: options.previous, ...diff } } : file;
            console.log(JSON.stringify(output, null, 2));
        } else if (options.format === "markdown") {
            console.log(renderMarkdown(file, diff));
        } else {
            console.log(renderPlan(file));
            if (out) {
                console.log(
                    `\nWrote ${written.length} files to ${path.relative(process.cwd(), out) || "."}: ${written.join(", ")}`,
                );
            }
            if (diff) {
                console.log(`\nChanges since ${options.previous}`);
                console.log(renderDiff(diff));
            }
        }
        const unknown = (file.unknownRoles ?? []).map((role) => role.component);
        const notRun = file.notRun ?? [];
        const mandatory = mandatoryViolations(file);
        if (mandatory.length > 0) {
            const where = [...new Set(mandatory.map((v) => `${v.rule} in ${v.resource.name}`))];
            // A program of hundreds of resources may break a rule in each: the first few say which.
            const named = where.length > 5 ? [...where.slice(0, 5), `and ${where.length - 5} more`] : where;
            console.error(
                `error: ${mandatory.length} mandatory policy violation${mandatory.length === 1 ? "" : "s"} (${named.join(", ")}), shown above with what to write instead (--policy-config lowers a rule or exempts a resource)`,
            );
        }
        if (unknown.length + notRun.length > 0 && !options.allowUnknown) {
            const what = [
                ...(unknown.length > 0 ? [`not known whole offline: ${unknown.join(", ")}`] : []),
                ...(notRun.length > 0 ? [`callbacks not run offline: ${notRun.join(", ")}`] : []),
            ];
            console.error(
                `error: ${what.join("; ")}; the values at fault, the known grants and the callbacks are shown above (--allow-unknown exits 0)`,
            );
            return mandatory.length > 0 ? EXIT_MANDATORY_VIOLATION : EXIT_NOT_KNOWN_WHOLE;
        }
        return mandatory.length > 0 ? EXIT_MANDATORY_VIOLATION : 0;
    } catch (error) {
        console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
        if (error instanceof ProgramError && error.cause instanceof Error && error.cause.stack) {
            console.error(error.cause.stack.split("\n").slice(1, 4).join("\n"));
        }
        return ArgumentError.isArgumentError(error) ? 2 : 1;
    }
}

if (require.main === module) {
    main(process.argv.slice(2)).then((code) => process.exit(code));
}
