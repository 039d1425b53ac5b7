// The package as npm users get it: packed, and installed from its tarball into a consumer folder.
// Test files that need it share one install, even on different mocha workers: the first to take
// the folder (an atomic mkdir) packs and installs, the others wait for its marker. Each file then
// works in a folder of its own below it, so that no test sees another's edits. Run as a script,
// it installs ahead of the tests (.ci/run starts it beside the type-check and the lint).
import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
/** This project's installed packages, where a worktree's node_modules links to them. */
const ROOT_MODULES = fs.realpathSync(path.join(ROOT, "node_modules"));
/** What the packed package is built from: a change to any of it makes a new install. */
const SOURCES = [
    "index.ts",
    "components",
    "program",
    "planner",
    "policies",
    "policypack",
    "data",
    "package.json",
    "package-lock.json",
    "tsconfig.json",
    "PulumiPlugin.yaml",
    "README.md",
    "CHANGELOG.md",
    "LICENSE",
];

/**
 * The config each example runs with on mocks, beyond its defaults: no wait for IAM to propagate
 * (nothing propagates on mocks) and the secrets it requires.
 */
export const EXAMPLE_CONFIG: Record<string, Record<string, string>> = {
    agentcore: { iamPropagationSeconds: "0", githubClientSecret: "mock-client-secret" },
    "agentcore-tools": { iamPropagationSeconds: "0" },
};

/** The example programs, as `examples/` holds them. */
export const EXAMPLES = [
    "agentcore",
    "agentcore-tools",
    "complete-agent",
    "kms-encrypted",
    "knowledge-bases",
    "minimal-agent",
    "supervisor-agent",
];

function sourceHash(): string {
    const hash = createHash("sha256");
    const add = (file: string) => {
        if (fs.statSync(file).isDirectory()) {
            fs.readdirSync(file)
                .sort()
                .forEach((entry) => add(path.join(file, entry)));
        } else {
            hash.update(file).update(fs.readFileSync(file));
        }
    };
    SOURCES.forEach((source) => add(path.join(ROOT, source)));
    return hash.digest("hex").slice(0, 16);
}

const rootVersion = (name: string) =>
    JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8")).version;

function install(consumer: string): void {
    const packed = JSON.parse(
        execFileSync("npm", ["pack", "--json", "--pack-destination", consumer], {
            cwd: ROOT,
            encoding: "utf8",
            stdio: ["ignore", "pipe", "ignore"],
        }),
    );
    const dependencies = Object.fromEntries(
        ["@pulumi/pulumi", "@pulumi/aws", "@pulumi/policy", "typescript", "@types/node"].map((name) => [
            name,
            rootVersion(name),
        ]),
    );
    fs.writeFileSync(
        path.join(consumer, "package.json"),
        JSON.stringify({
            name: "consumer",
            private: true,
            dependencies: {
                ...dependencies,
                "bedrock-agent-role": `file:${path.join(consumer, packed[0].filename)}`,
            },
        }),
    );
    seedNodeModules(consumer);
    execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"], {
        cwd: consumer,
        stdio: "ignore",
    });
}

/**
 * Fills the consumer's node_modules with hard links to this project's installed packages (the same
 * versions its package.json asks for), so that npm, installing the tarball, keeps the packages that
 * are there, removes those the consumer does not need, and unpacks only what is missing: unpacking
 * some 200 MB of SDKs again took about 30 s, most of it the file system's. npm's own record of the
 * tree is left out, as npm rewrites it. Where links cannot be made (another file system), npm
 * installs everything itself.
 */
function seedNodeModules(consumer: string): void {
    const target = path.join(consumer, "node_modules");
    const link = (from: string, to: string) => {
        fs.mkdirSync(to);
        for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
            const [source, copy] = [path.join(from, entry.name), path.join(to, entry.name)];
            if (entry.isDirectory()) {
                link(source, copy);
            } else if (entry.isSymbolicLink()) {
                fs.symlinkSync(fs.readlinkSync(source), copy);
            } else if (source !== path.join(ROOT_MODULES, ".package-lock.json")) {
                fs.linkSync(source, copy);
            }
        }
    };
    try {
        link(ROOT_MODULES, target);
    } catch {
        fs.rmSync(target, { recursive: true, force: true });
    }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The consumer folder where the packed package of these sources is installed: packed and
 * installed by the first process to ask, which the others wait for.
 */
export async function installedPackage(): Promise<string> {
    const consumer = path.join(os.tmpdir(), `agent-consumer-${sourceHash()}`);
    const ready = path.join(consumer, ".ready");
    let installer = false;
    try {
        fs.mkdirSync(consumer);
        installer = true;
    } catch {
        // Another worker, or an earlier run of the same sources, holds the folder.
    }
    if (installer) {
        try {
            install(consumer);
        } catch (error) {
            fs.rmSync(consumer, { recursive: true, force: true });
            throw error;
        }
        fs.writeFileSync(ready, "");
    }
    for (let waited = 0; !fs.existsSync(ready); waited += 500) {
        if (!fs.existsSync(consumer)) {
            throw new Error("installing the packed package failed in another process");
        }
        if (waited > 300000) {
            throw new Error(`the packed package was not installed in ${consumer} within 5 minutes`);
        }
        await sleep(500);
    }
    return consumer;
}

/**
 * A folder of this test file's own, below a consumer folder where the packed package is installed,
 * with a copy of every example.
 */
export async function packedPackageWorkspace(): Promise<{ consumer: string; workspace: string }> {
    const consumer = await installedPackage();
    const workspace = fs.mkdtempSync(path.join(consumer, "workspace-"));
    for (const example of EXAMPLES) {
        fs.cpSync(path.join(ROOT, "examples", example), path.join(workspace, example), { recursive: true });
    }
    return { consumer, workspace };
}

/** Runs the installed bedrock-agent-plan in `folder`, as a user would through npx. */
export function planWithInstalledBin(
    folder: string,
    args: string[],
): { code: number | null; output: string } {
    const result = spawnSync("npx", ["--no-install", "bedrock-agent-plan", ...args], {
        cwd: folder,
        encoding: "utf8",
    });
    return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** What a suite of the installed bin's plans needs: its workspace, plans with and without the type-check, stack files. */
export interface InstalledBinSuite {
    /** The suite's workspace (known once its `before` hook has run). */
    readonly workspace: string;
    /** A plan type-checked as `pulumi up` type-checks the program. */
    typeCheckedPlan(args: string[]): { code: number | null; output: string };
    /** A plan with `--no-type-check`. */
    plan(args: string[]): { code: number | null; output: string };
    /** Writes `Pulumi.test.yaml` into an example of the workspace, with `config` under `config:`. */
    stackFile(example: string, config: string): void;
}

/** Registers a `before` hook making the calling suite's workspace, and gives what its tests use. */
export function installedBinSuite(): InstalledBinSuite {
    let workspace = "";
    before(async () => {
        ({ workspace } = await packedPackageWorkspace());
    });
    const typeCheckedPlan = (args: string[]) => planWithInstalledBin(workspace, args);
    return {
        get workspace() {
            return workspace;
        },
        typeCheckedPlan,
        plan: (args) => typeCheckedPlan([...args, "--no-type-check"]),
        stackFile: (example, config) =>
            fs.writeFileSync(path.join(workspace, example, "Pulumi.test.yaml"), `config:\n${config}`),
    };
}

if (require.main === module) {
    installedPackage().then(
        (consumer) => console.log(`the packed package is installed in ${consumer}`),
        (error: unknown) => {
            console.error(error);
            process.exitCode = 1;
        },
    );
}
