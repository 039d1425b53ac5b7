// Runs a Pulumi project's own program in this process, on mocks installed into the program's own
// @pulumi/pulumi, as the Pulumi CLI's Node.js language host would run it.
import type * as pulumi from "@pulumi/pulumi";
import * as path from "path";
import { ArgumentError } from "../../components/iam/argumentError";
import type { AwsEnvironment } from "../../components/iam/awsEnvironment";
import { installMocks, RecordedResource } from "../mocks/awsMocks";
import { registrationsDrained, Settlements, untilQuiet } from "./settle";
import { watchProgramCallbacks } from "./programCallbacks";
import { describeWork, ProgramWork, trackProgramWork } from "./programWork";
import { formatStackTracesOnce, skipPromiseTraces } from "./stackTraces";
import { ProgramError } from "./programError";
import { fromProgram, loadProgram, registerTypeScript } from "./programLoading";
import type { PulumiProject } from "./pulumiProject";

/** This package's library and planner: a package's code, even where the package plans its own stack program. */
const LIBRARY_FOLDERS = ["components", "planner"].map(
    (folder) => `${path.resolve(__dirname, "../..", folder)}${path.sep}`,
);

/**
 * Whether a file is the program's own code: in its folder, not a package's (this package's own
 * library included, when it plans its stack program, whether or not the library was loaded
 * before), and not loaded before the run (what the planner shares with the program).
 * @internal
 */
export const programFile = (project: PulumiProject, before: Set<string>) => (file: string) =>
    !before.has(file) &&
    file.startsWith(`${project.directory}${path.sep}`) &&
    !file.includes(`${path.sep}node_modules${path.sep}`) &&
    !LIBRARY_FOLDERS.some((folder) => file.startsWith(folder));

/** Forgets the program's own modules that a run loaded, so that the next run executes the program afresh. */
function forgetLoaded(project: PulumiProject, before: Set<string>): void {
    Object.keys(require.cache)
        .filter(programFile(project, before))
        .forEach((file) => delete require.cache[file]);
}

/** What a run of a program declared, and what of it the plan could not run. */
export interface ProgramRun {
    /** Every resource the program registered. */
    resources: RecordedResource[];
    /** Where each of the program's own `apply` callbacks that was not run is written (its value unknown offline). */
    notRun: string[];
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
 * Collects what the program rejects or throws where nothing awaits it, from now until `stop` is
 * called. Pulumi reports these as the program's failure; so does the plan, at once.
 */
function collectUnhandled(): { failure: Promise<never>; stop(): void } {
    let fail: (reason: unknown) => void = () => undefined;
    const failure = new Promise<never>((_, reject) => (fail = reject));
    failure.catch(() => undefined);
    const collect = (reason: unknown) => fail(reason);
    process.on("unhandledRejection", collect);
    process.on("uncaughtException", collect);
    return {
        failure,
        stop() {
            process.off("unhandledRejection", collect);
            process.off("uncaughtException", collect);
        },
    };
}

/** The program's failure as the plan reports it: an argument's error as itself, anything else as the program's. */
const programFailure = (project: PulumiProject, error: unknown) =>
    ArgumentError.isArgumentError(error) || error instanceof ProgramError
        ? error
        : new ProgramError(project.name, error);

/** A ProgramError of `project` saying why it cannot finish. */
const unfinished = (project: PulumiProject, why: string) => new ProgramError(project.name, new Error(why));

/**
 * Rejects after `seconds` with a ProgramError saying so and naming what the program still has
 * pending, unless `run` settles first.
 */
async function within<T>(
    project: PulumiProject,
    seconds: number,
    work: ProgramWork,
    run: Promise<T>,
): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
            const pending = work.pending();
            const what =
                pending.length > 0
                    ? `it still has ${describeWork(pending)} pending, which ${pending.length === 1 ? "keeps it running, as it" : "keep it running, as they"} would keep pulumi up waiting`
                    : "it keeps declaring resources";
            reject(
                unfinished(
                    project,
                    `it did not finish within ${seconds} s: ${what} (--timeout SECONDS waits longer)`,
                ),
            );
        }, seconds * 1000);
    });
    try {
        return await Promise.race([run, timeout]);
    } finally {
        clearTimeout(timer);
    }
}

/** Runs the program's entry, and its exported function when it exports one; forgets its modules after. */
async function runEntry(project: PulumiProject, before: Set<string>): Promise<void> {
    try {
        const loaded = await loadProgram(project);
        const program = (loaded as { default?: unknown })?.default ?? loaded;
        if (typeof program === "function") {
            await (program as () => unknown)();
        }
    } finally {
        forgetLoaded(project, before);
    }
}

/**
 * Runs the project's program once, as a preview in which the resource types the mocks model have
 * the outputs AWS would give them, and waits until it is done as Pulumi's Node.js host does: until
 * nothing the program started is left (no timer, immediate or I/O), so that what the program
 * declares late (in an `apply`, after an `await`, from a timer) is planned too. It fails as soon as
 * anything fails: the program, or one of `settling`, which the caller fills as components are
 * declared.
 * @returns every resource the program registered, and the program's callbacks the plan could not run
 * @throws ArgumentError of a component, as soon as it is known
 * @throws ProgramError when the program fails to load or run, rejects a promise nothing awaits,
 *   awaits a promise that can never settle, declares what can never settle, or does not finish
 *   within the timeout
 */
export async function runProgram(
    project: PulumiProject,
    options: ProgramRunOptions,
    settling: Settlements,
): Promise<ProgramRun> {
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
    const stackTraces = formatStackTracesOnce();
    const promiseTraces = skipPromiseTraces(path.dirname(sdkPath));
    delete require.cache[project.entry];
    const before = new Set(Object.keys(require.cache));
    const unhandled = collectUnhandled();
    const callbacks = watchProgramCallbacks(sdk, programFile(project, before), project.directory);
    const work = trackProgramWork();
    const run = async () => {
        let entryDone = false;
        const entry = work
            .run(() => runEntry(project, before))
            .then(() => {
                entryDone = true;
            });
        const failure = Promise.race([
            unhandled.failure,
            settling.failure,
            entry.then(() => new Promise<never>(() => undefined)),
        ]);
        await untilQuiet(work, failure);
        if (!entryDone) {
            throw unfinished(
                project,
                "it awaits a promise that never settles: nothing it started is left to settle it",
            );
        }
        const unsettled = settling.unsettled();
        if (unsettled.length > 0) {
            throw unfinished(
                project,
                `the plan of ${unsettled.join(", ")} never settles: it waits for a value nothing it started is left to give (a promise that never settles)`,
            );
        }
        if (!(await registrationsDrained(path.dirname(sdkPath)))) {
            throw unfinished(
                project,
                "it declares resources whose inputs never settle (a promise nothing resolves): pulumi up would leave them out",
            );
        }
    };
    try {
        await within(project, options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS, work, run());
    } catch (error) {
        throw programFailure(project, error);
    } finally {
        work.stop();
        unhandled.stop();
        callbacks.stop();
        stackTraces();
        promiseTraces();
    }
    return { resources, notRun: callbacks.notRun() };
}
