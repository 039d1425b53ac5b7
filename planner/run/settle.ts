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

/** The runtime's queue of outstanding resource RPCs; not in the typings, but stable since 3.0. */
interface RpcQueue {
    waitForRPCs(): Promise<void>;
}

function rpcQueue(from: string): RpcQueue {
    const module = require.resolve("@pulumi/pulumi/runtime/settings", { paths: [from] });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(module) as RpcQueue;
}

/**
 * Waits until every registration the program started has reached the mocks.
 * @param from a folder from which the program's own `@pulumi/pulumi` resolves
 */
export async function drainRegistrations(from: string = __dirname): Promise<void> {
    await rpcQueue(from).waitForRPCs();
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Waits until a program is quiet: every registration has reached the mocks, the callbacks they
 * resolved have run, and `settleNew` finds nothing new. What a callback declares starts new
 * registrations, so the wait goes on until a whole round adds nothing.
 * @param from a folder from which the program's own `@pulumi/pulumi` resolves
 * @param settleNew settles what was declared since its last call; returns whether there was any
 */
export async function untilQuiet(from: string, settleNew: () => Promise<boolean>): Promise<void> {
    const queue = rpcQueue(from);
    for (let quietRounds = 0; quietRounds < 2;) {
        await queue.waitForRPCs();
        await nextTurn();
        quietRounds = (await settleNew()) ? 0 : quietRounds + 1;
    }
}
