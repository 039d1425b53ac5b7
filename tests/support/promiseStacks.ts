// Pulumi captures a stack trace for every promise it makes (to name leaked promises when
// PULUMI_DEBUG_PROMISE_LEAKS is set), and under ts-node every trace goes through source maps,
// frame by frame: most of the time a mocked resource costs. Those traces are only printed for
// leaks, so the test process gives them V8's unmapped form; every other trace stays mapped.
const DEBUGGABLE_PROMISE = /[\\/]@pulumi[\\/]pulumi[\\/]runtime[\\/]debuggable\.js$/;

const mapped = Error.prepareStackTrace;
if (mapped !== undefined) {
    Error.prepareStackTrace = (error, sites) => {
        const [first] = sites;
        if (
            first?.getFunctionName() === "debuggablePromise" &&
            DEBUGGABLE_PROMISE.test(first.getFileName() ?? "")
        ) {
            return `${String(error)}${sites.map((site) => `\n    at ${String(site)}`).join("")}`;
        }
        return mapped(error, sites);
    };
}

export {};
