// While a program runs, each distinct stack trace is formatted once through the program's
// formatter (its source maps), and the same stack gets the same text as the formatter gives it.
import { expect } from "chai";
import * as path from "path";
import * as debuggable from "@pulumi/pulumi/runtime/debuggable";
import { formatStackTracesOnce, skipPromiseTraces } from "../../../planner/run/stackTraces";

type Formatter = (error: Error, stack: NodeJS.CallSite[]) => unknown;

/** Runs `action` with `formatter` installed as the process's stack formatter, restoring the one before. */
function withFormatter<T>(formatter: Formatter | undefined, action: () => T): T {
    const before = Error.prepareStackTrace;
    Error.prepareStackTrace = formatter as Formatter;
    try {
        return action();
    } finally {
        Error.prepareStackTrace = before;
    }
}

/** Pulumi's own promise wrapper, internal to the SDK and so absent from its declarations. */
type DebuggablePromise = <T>(promise: Promise<T>, context: string) => Promise<T>;

/** The SDK's wrapper as its callers reach it now: through its module, at each call. */
const sdkWrapper = () =>
    (debuggable as unknown as { debuggablePromise: DebuggablePromise }).debuggablePromise;

/** The folder of this package's copy of Pulumi's SDK. */
const SDK_FOLDER = path.dirname(require.resolve("@pulumi/pulumi"));

/** A stack from the same line each time it is called. */
const sameStack = (message = "boom") => new Error(message).stack;

describe("stack traces formatted once while a program runs", () => {
    it("formats each distinct stack once through the formatter installed, and gives the same stack the same text; other stacks and messages their own", () => {
        const seen: string[] = [];
        const formatter: Formatter = (error, stack) => {
            seen.push(error.message);
            return `${error.name}: ${error.message} @ ${stack.map((site) => site.getLineNumber()).join(",")}`;
        };
        const texts = withFormatter(formatter, () => {
            const restore = formatStackTracesOnce();
            try {
                const repeated = [1, 2, 3].map(() => sameStack());
                return { repeated, other: sameStack("other"), elsewhere: new Error("boom").stack };
            } finally {
                restore();
            }
        });
        expect(texts.repeated[0]).to.match(/^Error: boom @ \d+/);
        expect(texts.repeated).to.deep.equal([texts.repeated[0], texts.repeated[0], texts.repeated[0]]);
        expect(texts.other).to.match(/^Error: other @ /);
        expect(texts.elsewhere)
            .to.match(/^Error: boom @ /)
            .and.not.equal(texts.repeated[0]);
        expect(seen).to.deep.equal(["boom", "other", "boom"]);
    });

    it("gives the trace Pulumi's SDK takes of each promise a fixed text saying it is not kept, unless Pulumi is asked to print them (PULUMI_DEBUG_PROMISE_LEAKS)", () => {
        const formatter: Formatter = (error) => `formatted ${error.message}`;
        /** The trace Pulumi's own debuggablePromise keeps on a promise it wraps. */
        const pulumiTrace = () => {
            const promise = Promise.resolve();
            // Internal to the SDK, so absent from its declarations.
            void (
                debuggable as unknown as { debuggablePromise(p: Promise<void>, ctx: string): Promise<void> }
            ).debuggablePromise(promise, "test");
            return (promise as unknown as { _debugStackTrace: string })._debugStackTrace;
        };
        const [kept, notKept, other] = withFormatter(formatter, () =>
            [true, false].flatMap((debugPromiseLeaks) => {
                const restore = formatStackTracesOnce(debugPromiseLeaks);
                try {
                    return debugPromiseLeaks ? [pulumiTrace()] : [pulumiTrace(), sameStack("mine")];
                } finally {
                    restore();
                }
            }),
        );
        expect(kept).to.equal("formatted ");
        expect(notKept).to.match(/^Error: not kept \(set PULUMI_DEBUG_PROMISE_LEAKS=1/);
        expect(other).to.equal("formatted mine");
    });

    it("hands each caller its own value when the formatter returns something other than text, and restores the formatter", () => {
        const formatter: Formatter = (_error, stack) => stack;
        withFormatter(formatter, () => {
            const restore = formatStackTracesOnce();
            expect(Error.prepareStackTrace).to.not.equal(formatter);
            const [first, second] = [1, 2].map(() => sameStack() as unknown);
            restore();
            expect(first).to.be.an("array").and.not.equal(second);
            expect(Error.prepareStackTrace).to.equal(formatter);
        });
    });

    it("leaves V8's own formatting alone when no formatter is installed, and a formatter installed since in place", () => {
        withFormatter(undefined, () => {
            formatStackTracesOnce()();
            expect(Error.prepareStackTrace).to.equal(undefined);
        });
        const later: Formatter = () => "later";
        withFormatter(
            () => "first",
            () => {
                const restore = formatStackTracesOnce();
                Error.prepareStackTrace = later;
                restore();
                expect(Error.prepareStackTrace).to.equal(later);
            },
        );
    });

    it("neither takes nor formats a stack trace of the promises Pulumi's SDK wraps while a program runs, nor keeps their contexts, unless Pulumi is asked to print them; the wrapped promise settles as ever, and the SDK's wrapper comes back after", async () => {
        const formatted: string[] = [];
        const formatter: Formatter = (error) => {
            formatted.push(error.message);
            return `formatted ${error.message}`;
        };
        const original = sdkWrapper();
        const { value, reason, trace, context, during } = await withFormatter(formatter, async () => {
            const restore = skipPromiseTraces(SDK_FOLDER, false);
            try {
                const during = sdkWrapper();
                const resolved = Promise.resolve(5);
                const value = await sdkWrapper()(resolved, "resolved");
                const failure = new Error("refused");
                const reason = await sdkWrapper()(Promise.reject(failure), "rejected").catch(
                    (e: unknown) => e,
                );
                const { _debugStackTrace: trace, _debugCtx: context } = resolved as unknown as {
                    _debugStackTrace: string;
                    _debugCtx: string;
                };
                return { value, reason, trace, context, during };
            } finally {
                restore();
            }
        });
        expect(during).to.not.equal(original);
        expect(value).to.equal(5);
        expect(reason).to.be.an("error").with.property("message", "refused");
        expect((reason as { promise?: unknown }).promise).to.be.an.instanceOf(Promise);
        expect(trace).to.match(/^Error: not kept \(set PULUMI_DEBUG_PROMISE_LEAKS=1/);
        expect(context).to.match(/^not kept \(set PULUMI_DEBUG_PROMISE_LEAKS=1/);
        // The program's formatter (its source maps) never reads the SDK's traces.
        expect(formatted).to.deep.equal([]);
        expect(sdkWrapper()).to.equal(original);
        const restoreKept = skipPromiseTraces(SDK_FOLDER, true);
        expect(sdkWrapper()).to.equal(original);
        restoreKept();
    });
});
