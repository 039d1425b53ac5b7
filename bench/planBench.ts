// The offline plan of a program of N agents, timed as a user runs it: the installed
// `bedrock-agent-plan` bin, each run in a process of its own (so its peak memory is its own), on
// the program's TypeScript without the type-check. Prints the least wall time, CPU time and peak
// memory of several runs, whole and per agent, for the program and for the same program with its
// roles written by hand (what Pulumi's SDK costs without the components).
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { installPackage, plannedRoles, writePlanProgram } from "./planProgram";

/** Measured runs of each program; the figures are the least of them. */
const RUNS = 5;

/** What one run of the bin took: from start to exit, and the process's peak memory. */
interface PlanMeasure {
    ms: number;
    cpuMs: number;
    maxRssMb: number;
}

/**
 * Loaded before the bin (`node -r`): writes the process's CPU time and peak resident memory to the
 * file the environment names as it exits, however it exits.
 */
const USAGE_REPORTER = `process.on("exit", () => {
    const usage = process.resourceUsage();
    const report = { cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMb: usage.maxRSS / 1024 };
    require("fs").writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify(report));
});
`;

/** A policy configuration lowering every rule to advisory, written in the project's folder. */
function writeAdvisoryConfig(folder: string): string {
    const file = path.join(folder, "policy-config.json");
    fs.writeFileSync(file, JSON.stringify({ all: "advisory" }));
    return file;
}

/** Runs the bin once on the project, as `bedrock-agent-plan bench --no-type-check`; checks that it planned every role. */
function planOnce(cli: string, reporter: string, folder: string, roles: number): PlanMeasure {
    const usageFile = path.join(folder, "usage.json");
    const out = path.join(folder, "plan");
    fs.rmSync(out, { recursive: true, force: true });
    const start = process.hrtime.bigint();
    const run = spawnSync(
        process.execPath,
        [
            "-r",
            reporter,
            cli,
            "bench",
            "--project",
            folder,
            "--no-type-check",
            "--out",
            out,
            // The rules run as ever, and report; what they find in the hand-written program (trust
            // and Lambda permissions without conditions) must not end the measurement.
            "--policy-config",
            writeAdvisoryConfig(folder),
        ],
        {
            cwd: folder,
            encoding: "utf8",
            maxBuffer: 1 << 30,
            env: { ...process.env, BENCH_USAGE_FILE: usageFile },
        },
    );
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status !== 0) {
        throw new Error(
            `the plan of ${folder} exited ${run.status}: ${run.stderr}${run.stdout.slice(-2000)}`,
        );
    }
    const plan = JSON.parse(fs.readFileSync(path.join(out, "plan.json"), "utf8")) as { roles: unknown[] };
    if (plan.roles.length !== roles) {
        throw new Error(`the plan of ${folder} has ${plan.roles.length} roles, not ${roles}`);
    }
    return { ms, ...(JSON.parse(fs.readFileSync(usageFile, "utf8")) as Omit<PlanMeasure, "ms">) };
}

/** The least of each figure over the runs: what the work costs when the machine's other load intrudes least. */
function least(runs: PlanMeasure[]): PlanMeasure {
    return {
        ms: Math.min(...runs.map((r) => r.ms)),
        cpuMs: Math.min(...runs.map((r) => r.cpuMs)),
        maxRssMb: Math.min(...runs.map((r) => r.maxRssMb)),
    };
}

/** Measures the offline plan of a program of `agents` agents, and of it by hand, and prints the figures. */
export function benchPlan(agents: number): void {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "bench-plan-"));
    try {
        const cli = installPackage(folder);
        const reporter = path.join(folder, "usage-reporter.js");
        fs.writeFileSync(reporter, USAGE_REPORTER);
        const rows = [false, true].map((byHand) => {
            const project = path.join(folder, byHand ? "by-hand" : "components");
            writePlanProgram(project, folder, agents, byHand);
            const roles = plannedRoles(agents, byHand);
            const runs = Array.from({ length: RUNS }, () => planOnce(cli, reporter, project, roles));
            const { ms, cpuMs, maxRssMb } = least(runs);
            return [
                byHand ? "roles by hand" : "components",
                String(roles),
                (ms / 1000).toFixed(2),
                (cpuMs / 1000).toFixed(2),
                maxRssMb.toFixed(0),
                (ms / agents).toFixed(1),
                (maxRssMb / agents).toFixed(2),
            ];
        });
        const header = ["program", "roles planned", "wall s", "CPU s", "peak MB", "ms/agent", "MB/agent"];
        const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
        const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
        console.log(
            `Offline plan of ${agents} agents: bedrock-agent-plan --no-type-check, installed; least of ${RUNS} runs, each in its own process`,
        );
        console.log(line(header));
        console.log(line(widths.map((w) => "-".repeat(w))));
        rows.forEach((r) => console.log(line(r)));
    } finally {
        fs.rmSync(folder, { recursive: true, force: true });
    }
}
