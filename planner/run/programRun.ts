// Runs a Pulumi project's own program in this process, on mocks installed into the program's own
// @pulumi/pulumi, as the Pulumi CLI's Node.js language host would run it.
import type * as pulumi from "@pulumi/pulumi";
import * as path from "path";
import { ArgumentError } from "../../components/iam/argumentError";
import type { AwsEnvironment } from "../../components/iam/awsEnvironment";
import { installMocks, RecordedResource } from "../mocks/awsMocks";
import { untilQuiet } from "./settle";
import { ProgramError } from "./programError";
import { fromProgram, loadProgram, registerTypeScript } from "./programLoading";
import type { PulumiProject } from "./pulumiProject";

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
const DEFAULT_TIMEOUT_SECONDS = 300;

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
