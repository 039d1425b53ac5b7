// Stack traces formatted once. Pulumi's SDK takes a stack trace of every promise it makes (three
// for each output of each resource, kept for its report of leaked promises), and a TypeScript
// program's stack traces are formatted through its source maps (ts-node's source-map-support),
// frame by frame: most of the time and memory a large program's plan took. The same few code
// paths make them, so the same stacks recur: each is formatted once and its text shared.

/** How many distinct stacks are kept: a program's few code paths make far fewer. */
const MOST_STACKS = 10_000;

type PrepareStackTrace = (error: Error, stack: NodeJS.CallSite[]) => unknown;

/**
 * From now until the returned function is called, formats each distinct stack trace once through
 * the formatter installed now (a program's source maps), and hands out the same text for the same
 * stack again: the same error name and message, and the same frames (function, file, line, column
 * and kind, as V8 writes them), are formatted the same. Does nothing when no formatter is installed
 * (V8 formats natively, at no such cost).
 * @returns restores the formatter, unless something installed another since
 */
export function formatStackTracesOnce(): () => void {
    const format = Error.prepareStackTrace as PrepareStackTrace | undefined;
    if (typeof format !== "function") {
        return () => undefined;
    }
    const formatted = new Map<string, string>();
    const once: PrepareStackTrace = function prepareStackTrace(error, stack) {
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
