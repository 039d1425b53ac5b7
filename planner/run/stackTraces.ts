// Stack traces formatted once, and Pulumi's per-promise traces barely. Pulumi's SDK takes a
// stack trace of every promise it makes (three for each output of each resource), only to print
// it for a leaked promise when PULUMI_DEBUG_PROMISE_LEAKS is set; and a TypeScript program's stack
// traces are formatted through its source maps (ts-node's source-map-support), frame by frame:
// most of the time and memory a large program's plan took. Unless that variable is set, those
// traces are not formatted at all; every other stack is formatted once and its text
// shared, since the same few code paths make them.

/** How many distinct stacks are kept: a program's few code paths make far fewer. */
const MOST_STACKS = 10_000;

/** Where Pulumi's SDK (any copy of it: the program's own or this package's) wraps its promises. */
const DEBUGGABLE_PROMISE = /[\\/]@pulumi[\\/]pulumi[\\/]runtime[\\/]debuggable\.js$/;

/** What a Pulumi promise's trace reads when Pulumi is not asked to print it: why it is not kept. */
const PROMISE_TRACE =
    "Error: not kept (set PULUMI_DEBUG_PROMISE_LEAKS=1 to keep the traces of Pulumi's promises)";

type PrepareStackTrace = (error: Error, stack: NodeJS.CallSite[]) => unknown;

/**
 * From now until the returned function is called, formats each distinct stack trace once through
 * the formatter installed now (a program's source maps), and hands out the same text for the same
 * stack again: the same error name and message, and the same frames (function, file, line, column
 * and kind, as V8 writes them), are formatted the same; and, unless Pulumi is asked to print them,
 * gives the traces Pulumi takes of its promises a fixed text saying so. Does nothing when no
 * formatter is installed (V8 formats natively, at no such cost).
 * @param debugPromiseLeaks whether Pulumi prints its promises' traces (PULUMI_DEBUG_PROMISE_LEAKS)
 * @returns restores the formatter, unless something installed another since
 */
export function formatStackTracesOnce(
    debugPromiseLeaks = Boolean(process.env.PULUMI_DEBUG_PROMISE_LEAKS),
): () => void {
    const format = Error.prepareStackTrace as PrepareStackTrace | undefined;
    if (typeof format !== "function") {
        return () => undefined;
    }
    const formatted = new Map<string, string>();
    const once: PrepareStackTrace = function prepareStackTrace(error, stack) {
        if (!debugPromiseLeaks && isPromiseTrace(stack)) {
            return PROMISE_TRACE;
        }
        const key = `${String(error?.name)}\0${String(error?.message)}\0${stack.join("\n")}`;
        const known = formatted.get(key);
        if (known !== undefined) {
            return known;
        }
        const text = format(error, stack);
        // Only text is shared: an object a formatter returns is each caller's own.
        if (typeof text === "string" && formatted.size < MOST_STACKS) {
            formatted.set(key, text);
        }
        return text;
    };
    Error.prepareStackTrace = once;
    return () => {
        if (Error.prepareStackTrace === once) {
            Error.prepareStackTrace = format;
        }
    };
}

/** What a Pulumi promise's context reads when Pulumi is not asked to print it: why it is not kept. */
const PROMISE_CONTEXT =
    "not kept (set PULUMI_DEBUG_PROMISE_LEAKS=1 to keep the contexts of Pulumi's promises)";

/** The formatter of a Pulumi promise's trace while it is not kept: the fixed text, whatever the frames. */
const promiseTrace = () => PROMISE_TRACE;

/** Pulumi's SDK's own promise wrapper, in its module `runtime/debuggable`. */
interface DebuggableModule {
    debuggablePromise?: (promise: Promise<unknown>, context: string) => Promise<unknown>;
}

/**
 * From now until the returned function is called, the copy of Pulumi's SDK in `sdkFolder` takes
 * no stack trace of the promises it wraps, nor keeps the text of their contexts, unless it is
 * asked to print them: capturing a trace (ten frames, for some hundred promises a resource) was
 * most of a large program's plan, for a text that stays the fixed one `formatStackTracesOnce`
 * gives it, and the contexts (`transferProperty(<resource>, <property>, ...)`, four for each
 * output of each resource) a tenth of its memory. The SDK's wrapper runs as ever otherwise: the
 * same promise, the same leak bookkeeping, the same settling.
 * @param sdkFolder the folder of the SDK's package (`.../@pulumi/pulumi`)
 * @param debugPromiseLeaks whether Pulumi prints its promises' traces (PULUMI_DEBUG_PROMISE_LEAKS)
 * @returns restores the SDK's wrapper, unless something replaced it since
 */
export function skipPromiseTraces(
    sdkFolder: string,
    debugPromiseLeaks = Boolean(process.env.PULUMI_DEBUG_PROMISE_LEAKS),
): () => void {
    const file = require.resolve("@pulumi/pulumi/runtime/debuggable", { paths: [sdkFolder] });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sdk = require(file) as DebuggableModule;
    const wrap = sdk.debuggablePromise;
    if (debugPromiseLeaks || typeof wrap !== "function") {
        return () => undefined;
    }
    const untraced: typeof wrap = function debuggablePromise(promise) {
        const { stackTraceLimit, prepareStackTrace } = Error;
        // No frame is captured, and the trace reads the fixed text without being formatted.
        Error.stackTraceLimit = 0;
        Error.prepareStackTrace = promiseTrace;
        try {
            return wrap(promise, PROMISE_CONTEXT);
        } finally {
            Error.stackTraceLimit = stackTraceLimit;
            Error.prepareStackTrace = prepareStackTrace;
        }
    };
    sdk.debuggablePromise = untraced;
    return () => {
        if (sdk.debuggablePromise === untraced) {
            sdk.debuggablePromise = wrap;
        }
    };
}

/** Whether a stack is of Pulumi's SDK wrapping a promise: its first frame is `debuggablePromise`. */
function isPromiseTrace(stack: NodeJS.CallSite[]): boolean {
    const [first] = stack;
    return (
        first?.getFunctionName() === "debuggablePromise" && DEBUGGABLE_PROMISE.test(first.getFileName() ?? "")
    );
}
