// The program's own callbacks the offline plan cannot run. A plan is a preview: an `apply` on a
// value unknown offline (an output of a resource type the mocks do not model) never calls its
// callback, so what the callback would declare (a role, say) is missing from the plan, silently,
// where `pulumi up` would declare it. The plan names each such callback of the program's own code
// instead, by where it is written.
import type * as pulumi from "@pulumi/pulumi";
import * as path from "path";
import { fileURLToPath } from "url";

/** What is known of the program's callbacks, once it is done. */
export interface ProgramCallbacks {
    /** Where each callback of the program's own code that was not run is written: `file:line:column`, in order. */
    notRun(): string[];
    /** Stops watching. */
    stop(): void;
}

type Apply = (
    this: pulumi.Output<unknown>,
    func: (value: unknown) => unknown,
    runWithUnknowns?: boolean,
) => unknown;

/** The file, line and column of a stack frame (`at f (file:1:2)`, `at file:1:2`, file URLs too). */
function frameLocation(frame: string | undefined): { file: string; at: string } | undefined {
    const match = /\(?((?:file:\/\/)?[^\s()]+):(\d+):(\d+)\)?$/.exec(frame?.trim() ?? "");
    if (!match) {
        return undefined;
    }
    const file = match[1].startsWith("file://") ? fileURLToPath(match[1].split("?")[0]) : match[1];
    return { file, at: `${match[2]}:${match[3]}` };
}

/**
 * The code that called `caller`, as V8 sees it: a call site, not yet formatted (formatting, with
 * a program's source maps, costs; it is done only for the callbacks reported).
 */
function callSiteOf(caller: (...args: never[]) => unknown): NodeJS.CallSite | undefined {
    const { prepareStackTrace, stackTraceLimit } = Error;
    const holder: { stack?: NodeJS.CallSite[] } = {};
    try {
        Error.prepareStackTrace = (_error, sites) => sites;
        Error.stackTraceLimit = 1;
        Error.captureStackTrace(holder, caller);
        return holder.stack?.[0];
    } finally {
        Error.prepareStackTrace = prepareStackTrace;
        Error.stackTraceLimit = stackTraceLimit;
    }
}

/** Where a call site is written, through the source maps the process uses (ts-node's, for TypeScript). */
function siteLocation(site: NodeJS.CallSite): { file: string; at: string } | undefined {
    const formatted = Error.prepareStackTrace?.(new Error(), [site]);
    const frame = typeof formatted === "string" ? formatted.split("\n").pop() : `at ${site.toString()}`;
    return frameLocation(frame);
}

/**
 * Watches every `apply` the program's own code calls on the program's `@pulumi/pulumi`, until
 * `stop`: those whose value is unknown, so that the callback is never run, are reported by where
 * they are written.
 * @param sdk the program's `@pulumi/pulumi`
 * @param isProgramFile whether a file is the program's own code (not a package's)
 * @param folder the program's folder, which locations are given relative to
 */
export function watchProgramCallbacks(
    sdk: typeof pulumi,
    isProgramFile: (file: string) => boolean,
    folder: string,
): ProgramCallbacks {
    const prototype = (sdk.Output as unknown as { prototype: { apply: Apply } }).prototype;
    const original = prototype.apply;
    const notRun = new Set<string>();
    prototype.apply = function apply(this: pulumi.Output<unknown>, func, runWithUnknowns) {
        const site = runWithUnknowns ? undefined : callSiteOf(apply);
        const file = site?.getFileName();
        if (
            site &&
            file &&
            isProgramFile(file.startsWith("file://") ? fileURLToPath(file.split("?")[0]) : file)
        ) {
            const known = (this as unknown as { isKnown: Promise<boolean> }).isKnown;
            known.then(
                (isKnown) => {
                    const where = isKnown ? undefined : siteLocation(site);
                    if (where) {
                        notRun.add(`${path.relative(folder, where.file)}:${where.at}`);
                    }
                },
                () => undefined,
            );
        }
        return original.call(this, func, runWithUnknowns);
    };
    return {
        notRun: () => [...notRun],
        stop: () => {
            prototype.apply = original;
        },
    };
}
