import * as pulumi from "@pulumi/pulumi";
import { withRegistrations } from "./argumentErrors";

/** One turn of the event loop: Node reports the rejections left unhandled in the previous one. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Collects what the Pulumi CLI would print for the errors a program leaves unhandled while
 * `action` runs: like the Node.js language host, it reports each error object once, and a
 * ResourceError that hides its stack by its message alone. It waits for every registration the
 * components constructed by `action` started, then for Node to report what was left unhandled.
 */
export async function reportedErrors(action: () => Promise<void>): Promise<string[]> {
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
        const { value, registrations } = withRegistrations(action);
        await value;
        await registrations;
        await nextTurn();
        await nextTurn();
    } finally {
        process.off("unhandledRejection", listener);
    }
    return printed;
}
