// Runs a Pulumi project's own program in this process, on mocks installed into the program's own
// @pulumi/pulumi, as the Pulumi CLI's Node.js language host would run it.
import type * as pulumi from "@pulumi/pulumi";
import * as fs from "fs";
import * as nodeModule from "module";
import * as path from "path";
import { pathToFileURL } from "url";
import { ArgumentError } from "../../components/iam/argumentError";
import type { AwsEnvironment } from "../../components/iam/awsEnvironment";
import { installMocks, RecordedResource } from "../mocks/awsMocks";
import { untilQuiet } from "./settle";
import type { PulumiProject } from "./pulumiProject";

/** An error of the user's program itself, not of this package's arguments. */
export class ProgramError extends Error {
    constructor(
        readonly project: string,
        readonly cause: unknown,
    ) {
        super(`the program of ${project} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
        this.name = "ProgramError";
    }
}

/** Resolves a module as the program would, from its own folder. */
const fromProgram = (project: PulumiProject, request: string) =>
    require.resolve(request, { paths: [project.directory] });

/**
 * Lets Node load the program's TypeScript as the Pulumi CLI's Node.js host does
 * (`@pulumi/pulumi/cmd/run/run.js`): with the project's own `ts-node` and `typescript` where it
 * has them, else those its `@pulumi/pulumi` ships; with the project's `tsconfig.json` (or the file
 * `PULUMI_NODEJS_TSCONFIG_PATH` names); type-checked unless `PULUMI_NODEJS_TRANSPILE_ONLY=true`,
 * the tsconfig's `noCheck`, or `typeCheck` is false. A program `pulumi up` would refuse for a type
 * error then fails the plan too.
 * @param sdkPath the entry of the program's `@pulumi/pulumi`
 */
function registerTypeScript(project: PulumiProject, sdkPath: string, typeCheck: boolean): void {
    if (!/\.[cm]?ts$/.test(project.entry) || require.extensions[".ts"]) {
        return;
    }
    const vendor = path.join(path.dirname(sdkPath), "vendor");
    const own = (request: string, vendored: string) => {
        try {
            return fromProgram(project, request);
        } catch {
            return path.join(vendor, vendored);
        }
    };
    const compiler = own("typescript", path.join("typescript@3.8.3", "typescript.js"));
    const tsconfig = path.resolve(
        project.directory,
        process.env.PULUMI_NODEJS_TSCONFIG_PATH ?? "tsconfig.json",
    );
    const skipProject = !fs.existsSync(tsconfig);
    if (skipProject && process.env.PULUMI_NODEJS_TSCONFIG_PATH) {
        throw new ProgramError(
            project.name,
            new Error(`tsconfig path was set to ${tsconfig} but the file was not found`),
        );
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ts = require(compiler) as {
        version: string;
        readConfigFile(
            file: string,
            read: (file: string) => string | undefined,
        ): { config?: { compilerOptions?: { noCheck?: unknown } } };
        sys: { readFile(file: string): string | undefined };
    };
    const noCheck =
        !skipProject &&
        ts.readConfigFile(tsconfig, ts.sys.readFile).config?.compilerOptions?.noCheck === true;
    const transpileEnv = process.env.PULUMI_NODEJS_TRANSPILE_ONLY;
    const transpileOnly = !typeCheck || (transpileEnv ? transpileEnv === "true" : noCheck);
    const [major, minor] = ts.version.split(".").map(Number);
    const nodeNext = major > 4 || (major === 4 && minor >= 7);
    const options = {
        compiler,
        transpileOnly,
        project: tsconfig,
        skipProject,
        // Pulumi's defaults, under the project's own options, as its host sets them.
        compilerOptions: {
            target: "ES2020",
            module: nodeNext ? "nodenext" : "commonjs",
            moduleResolution: nodeNext ? "nodenext" : "node",
            sourceMap: true,
            ...(skipProject ? {} : projectCompilerOptions(ts, tsconfig)),
        },
    };
    if (isModuleProject(project)) {
        // An ES-module project: ts-node's ESM hooks, registered with Node as Pulumi's host registers them.
        process.env.TS_NODE_PROJECT = tsconfig;
        process.env.TS_NODE_SKIP_PROJECT = String(skipProject);
        process.env.TS_NODE_TRANSPILE_ONLY = String(transpileOnly);
        process.env.TS_NODE_COMPILER = compiler;
        process.env.TS_NODE_COMPILER_OPTIONS = JSON.stringify(options.compilerOptions);
        let loader: string;
        try {
            loader = fromProgram(project, "ts-node/esm");
        } catch {
            throw new ProgramError(
                project.name,
                new Error(
                    "it is an ES-module TypeScript program, which needs ts-node in the project (its ts-node/esm loader), as pulumi up does",
                ),
            );
        }
        nodeModule.register(pathToFileURL(loader).href);
        return;
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require(own("ts-node", "ts-node@7.0.1")) as { register(options: object): void }).register(options);
}

/** The compiler options of a tsconfig.json, as the compiler reads it (comments and all). */
function projectCompilerOptions(
    ts: {
        readConfigFile(
            file: string,
            read: (file: string) => string | undefined,
        ): { config?: { compilerOptions?: object } };
        sys: { readFile(file: string): string | undefined };
    },
    tsconfig: string,
): object {
    return ts.readConfigFile(tsconfig, ts.sys.readFile).config?.compilerOptions ?? {};
}

/** Whether the program is an ES module: an `.mjs`/`.mts` entry, or its package.json says `"type": "module"`. */
function isModuleProject(project: PulumiProject): boolean {
    if (/\.m[jt]s$/.test(project.entry)) {
        return true;
    }
    for (let folder = path.dirname(project.entry); ; folder = path.dirname(folder)) {
        const manifest = path.join(folder, "package.json");
        if (fs.existsSync(manifest)) {
            return (JSON.parse(fs.readFileSync(manifest, "utf8")) as { type?: unknown }).type === "module";
        }
        if (path.dirname(folder) === folder) {
            return false;
        }
    }
}

// How many times programs were imported as ES modules: each run imports its program afresh, as
// Node keeps an ES module once loaded, whatever the require cache holds.
let moduleRuns = 0;

/** Loads the program: `require` for CommonJS, `import` for an ES module (top-level await included). */
async function loadProgram(project: PulumiProject): Promise<unknown> {
    if (!isModuleProject(project)) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return require(project.entry) as unknown;
    }
    // TypeScript compiles `import()` to `require()` in CommonJS output; Function keeps it an import.
    const importModule = new Function("url", "return import(url)") as (url: string) => Promise<unknown>;
    return importModule(`${pathToFileURL(project.entry).href}?run=${++moduleRuns}`);
}

/**
 * Forgets the program's own modules that a run loaded, so that the next run executes the program
 * afresh; modules loaded before it (this package, when it plans itself) stay shared.
 */
function forgetLoaded(project: PulumiProject, before: Set<string>): void {
    const own = `${project.directory}${path.sep}`;
    for (const file of Object.keys(require.cache)) {
        if (
            !before.has(file) &&
            file.startsWith(own) &&
            !file.includes(`${path.sep}node_modules${path.sep}`)
        ) {
            delete require.cache[file];
        }
    }
}

/** Options of one run of a program. */
export interface ProgramRunOptions {
    /** The stack's name. */
    stack: string;
    /** The stack's config, as the Pulumi CLI hands it to a program: every value a string. */
    config: Record<string, string>;
    /** The config keys whose values are secret in the stack. */
    secretKeys?: string[];
    /** What the mocked AWS provider reports. */
    environment: AwsEnvironment;
    /** What GetInferenceProfile answers, by profile; unknown profiles fail. */
    inferenceProfiles?: Record<string, string[]>;
    /** Where the mocks write what they assumed where AWS could not be asked. */
    notes?: string[];
    /** Whether TypeScript programs are type-checked, as `pulumi up` checks them. Default: true. */
    typeCheck?: boolean;
    /** How long the program may take to finish and settle, in seconds. Default: 300. */
    timeoutSeconds?: number;
}

/** How long a program may take by default: far longer than a plan of a large stack takes (seconds). */
export const DEFAULT_TIMEOUT_SECONDS = 300;

/**
 * Collects what the program rejects or throws where nothing awaits it, from now until the
 * returned function is called, which returns what was collected. Pulumi reports these as the
 * program's failure; so does the plan.
 */
function collectUnhandled(): () => unknown[] {
    const failures: unknown[] = [];
    const collect = (reason: unknown) => failures.push(reason);
    process.on("unhandledRejection", collect);
    process.on("uncaughtException", collect);
    return () => {
        process.off("unhandledRejection", collect);
        process.off("uncaughtException", collect);
        return failures;
    };
}

/** The program's failure as the plan reports it: an argument's error as itself, anything else as the program's. */
const programFailure = (project: PulumiProject, error: unknown) =>
    ArgumentError.isArgumentError(error) || error instanceof ProgramError
        ? error
        : new ProgramError(project.name, error);

/** Rejects after `seconds` with a ProgramError saying so, unless `run` settles first. */
async function within<T>(project: PulumiProject, seconds: number, run: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
            () =>
                reject(
                    new ProgramError(
                        project.name,
                        new Error(
                            `it did not finish within ${seconds} s: a promise it awaits never settles, or it keeps declaring resources (--timeout SECONDS waits longer)`,
                        ),
                    ),
                ),
            seconds * 1000,
        );
    });
    try {
        return await Promise.race([run, timeout]);
    } finally {
        clearTimeout(timer);
    }
}

/**
 * Runs the project's program once, as a preview in which the resource types the mocks model have
 * the outputs AWS would give them, and waits until it is done as the Pulumi CLI does: until no
 * registration is outstanding and `settleNew` finds nothing new, so that what the program declares
 * late (in an `apply`, after an `await`) is planned too.
 * @param settleNew settles what the program declared since its last call; returns whether there was any
 * @returns every resource the program registered
 * @throws ProgramError when the program fails to load or run, rejects a promise nothing awaits,
 *   or does not finish within the timeout
 */
export async function runProgram(
    project: PulumiProject,
    options: ProgramRunOptions,
    settleNew: () => Promise<boolean>,
): Promise<RecordedResource[]> {
    // The program's own SDK, whose runtime its resources register with; else this package's.
    let sdkPath: string;
    try {
        sdkPath = fromProgram(project, "@pulumi/pulumi");
    } catch {
        sdkPath = require.resolve("@pulumi/pulumi");
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sdk = require(sdkPath) as typeof pulumi;
    const resources = await installMocks({
        sdk,
        plan: true,
        environment: options.environment,
        project: project.name,
        stack: options.stack,
        inferenceProfiles: options.inferenceProfiles,
        notes: options.notes,
        programFolder: project.directory,
    });
    sdk.runtime.setAllConfig(options.config, options.secretKeys);
    registerTypeScript(project, sdkPath, options.typeCheck ?? true);
    delete require.cache[project.entry];
    const before = new Set(Object.keys(require.cache));
    const unhandled = collectUnhandled();
    const run = async () => {
        try {
            const loaded = await loadProgram(project);
            const program = (loaded as { default?: unknown })?.default ?? loaded;
            if (typeof program === "function") {
                await (program as () => unknown)();
            }
        } finally {
            forgetLoaded(project, before);
        }
        await untilQuiet(path.dirname(sdkPath), settleNew);
    };
    try {
        await within(project, options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS, run());
    } catch (error) {
        unhandled();
        throw programFailure(project, error);
    }
    const [failure] = unhandled();
    if (failure !== undefined) {
        throw programFailure(project, failure);
    }
    return resources;
}
