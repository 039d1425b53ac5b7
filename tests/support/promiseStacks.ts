// Pulumi captures a stack trace for every promise it makes, to print it for a leaked promise when
// PULUMI_DEBUG_PROMISE_LEAKS is set, and under ts-node every trace goes through source maps, frame
// by frame: most of the time a mocked resource costs. Unless that variable is set, the test
// process gives those traces only their first frames, unmapped; every other trace stays mapped.
const DEBUGGABLE_PROMISE = /[\\/]@pulumi[\\/]pulumi[\\/]runtime[\\/]debuggable\.js$/;

const mapped = Error.prepareStackTrace;
if (mapped !== undefined && !process.env.PULUMI_DEBUG_PROMISE_LEAKS) {
    Error.prepareStackTrace = (error, sites) => {
        const [first] = sites;
        if (
            first?.getFunctionName() === "debuggablePromise" &&
            DEBUGGABLE_PROMISE.test(first.getFileName() ?? "")
        ) {
            return `${String(error)}${sites
                .slice(0, 3)
                .map((site) => `\n    at ${String(site)}`)
                .join("")}`;
        }
        return mapped(error, sites);
    };
}

export {};
