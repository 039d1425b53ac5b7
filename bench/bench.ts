// Prints the benchmark table: the component against the same resources written by hand, for
// 1 to 1,000 knowledge bases, models and Lambda functions (CPU time, the least of five runs, and
// peak memory, each with the component's ratio to the hand-written resources), and the largest agent that fits IAM's default
// quotas. Run with `npm run bench`; `npm run bench -- lambdas 1000` measures one row;
// `npm run bench -- plan [AGENTS]` measures the offline plan of a program of AGENTS agents
// (default 200) instead (bench/planBench.ts).
import { execFileSync } from "child_process";
import * as path from "path";
import { planBedrockAgentRole } from "../index";
import { benchPlan } from "./planBench";

interface Measure {
    ms: number;
    cpuMs: number;
    maxRssMb: number;
    chars: number;
    policies: number;
    error?: string;
}

function measure(mode: string, entity: string, count: number): Measure {
    const output = execFileSync(
        process.execPath,
        [
            "--expose-gc",
            "-r",
            "ts-node/register/transpile-only",
            path.join(__dirname, "scenario.ts"),
            mode,
            entity,
            String(count),
        ],
        { encoding: "utf8", cwd: path.join(__dirname, "..") },
    );
    const measured = JSON.parse(output.trim().split("\n").pop() as string) as Measure;
    if (measured.error && mode === "handwritten") {
        throw new Error(`hand-written ${entity} x ${count} failed: ${measured.error}`);
    }
    return measured;
}

function fits(n: number): boolean {
    const ids = (prefix: string) =>
        Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(8, "0")}`);
    try {
        planBedrockAgentRole({
            args: {
                knowledgeBases: ids("KB"),
                foundationModels: ids("m").map((id) => `anthropic.${id}-v1:0`),
            },
            provider: { partition: "aws", account: "123456789012", region: "us-east-1" },
            source: { project: "bench", stack: "bench", componentName: "bench" },
        });
        return true;
    } catch {
        return false;
    }
}

/** The agents of the planned program unless told. */
const PLAN_AGENTS = 200;

const [onlyEntity, onlyCount] = process.argv.slice(2);
if (onlyEntity === "plan") {
    benchPlan(onlyCount === undefined ? PLAN_AGENTS : Number(onlyCount));
    process.exit(0);
}
const rows: string[][] = [];
for (const entity of onlyEntity ? [onlyEntity] : ["knowledgeBases", "models", "lambdas"]) {
    for (const count of onlyCount ? [Number(onlyCount)] : [1, 10, 100, 1000]) {
        const c = measure("component", entity, count);
        const h = measure("handwritten", entity, count);
        rows.push([
            entity,
            String(count),
            c.error ? "quota error" : c.cpuMs.toFixed(1),
            h.cpuMs.toFixed(1),
            c.error ? "-" : (c.cpuMs / h.cpuMs).toFixed(2),
            c.maxRssMb.toFixed(0),
            h.maxRssMb.toFixed(0),
            c.error ? "-" : (c.maxRssMb / h.maxRssMb).toFixed(2),
            c.error ? "-" : (c.chars / count).toFixed(0),
            c.error ? "-" : String(c.policies),
        ]);
    }
}
const header = [
    "entity",
    "count",
    "component CPU ms",
    "by hand CPU ms",
    "CPU ratio",
    "component peak MB",
    "by hand peak MB",
    "memory ratio",
    "policy chars/entity",
    "IAM policies",
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
console.log(line(header));
console.log(line(widths.map((w) => "-".repeat(w))));
rows.forEach((r) => console.log(line(r)));

let low = 1;
let high = 2000;
while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
}
console.log(
    `\nLargest agent within IAM's default quotas (10,240 inline + 10 x 6,144 managed): ${low} knowledge bases + ${low} models`,
);
