// Waiting for a program run on mocks: for an output to settle, known or not, and for every
// registration the program started.
import type * as pulumi from "@pulumi/pulumi";

/** What an output settled to: its value when known, and whether it is known. */
export interface Settled<T> {
    known: boolean;
    value: T | undefined;
}

/** Waits for an output to settle, known or not (an `apply` alone would never run on an unknown). */
export async function settle<T>(output: pulumi.Output<T>): Promise<Settled<T>> {
    // isKnown and promise are what Pulumi's own Output implementation exposes for this.
    const impl = output as unknown as {
        isKnown: Promise<boolean>;
        promise(withUnknowns?: boolean): Promise<T>;
    };
    const known = await impl.isKnown;
    return { known, value: known ? await impl.promise() : undefined };
}

/**
 * Waits until every registration the program started has reached the mocks.
 * @param from a folder from which the program's own `@pulumi/pulumi` resolves
 */
export async function drainRegistrations(from: string = __dirname): Promise<void> {
    // The runtime's queue of outstanding resource RPCs; not in the typings, but stable since 3.0.
    const module = require.resolve("@pulumi/pulumi/runtime/settings", { paths: [from] });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const settings = require(module) as { waitForRPCs(): Promise<void> };
    await settings.waitForRPCs();
}
