import * as pulumi from "@pulumi/pulumi";

/**
 * Collects what the Pulumi CLI would print for the errors a program leaves unhandled while
 * `action` runs: like the Node.js language host, it reports each error object once, and a
 * ResourceError that hides its stack by its message alone.
 */
export async function reportedErrors(action: () => Promise<void>, settleMs = 100): Promise<string[]> {
    const seen = new Set<unknown>();
    const printed: string[] = [];
    const listener = (error: unknown) => {
        if (seen.has(error)) {
            return;
        }
        seen.add(error);
        const hidden = pulumi.ResourceError.isInstance(error) && error.hideStack;
        printed.push(hidden ? error.message : ((error as Error)?.stack ?? String(error)));
    };
    process.on("unhandledRejection", listener);
    try {
        await action();
        await new Promise((resolve) => setTimeout(resolve, settleMs));
    } finally {
        process.off("unhandledRejection", listener);
    }
    return printed;
}
