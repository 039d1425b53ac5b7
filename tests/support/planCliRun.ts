// Runs the bedrock-agent-plan command line in this process, capturing what it prints.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../planner/cli";

const ROOT = path.resolve(__dirname, "../..");

function captureConsole(): { lines: string[]; restore(): void } {
    const lines: string[] = [];
    const log = console.log;
    const error = console.error;
    console.log = (...args: unknown[]) => lines.push(args.join(" "));
    console.error = (...args: unknown[]) => lines.push(args.join(" "));
    return { lines, restore: () => Object.assign(console, { log, error }) };
}

/** Runs the command line with `argv`: its exit code, and every line it printed. */
export async function runPlanCli(argv: string[]): Promise<{ code: number; output: string }> {
    const capture = captureConsole();
    try {
        const code = await main(argv);
        return { code, output: capture.lines.join("\n") };
    } finally {
        capture.restore();
    }
}

/** An edited copy of the example stack file, outside the project: its path. */
export function stackCopy(edit: (text: string) => string): string {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "agent-stack-")), "Pulumi.example.yaml");
    fs.writeFileSync(file, edit(fs.readFileSync(path.join(ROOT, "Pulumi.example.yaml"), "utf8")));
    return file;
}
