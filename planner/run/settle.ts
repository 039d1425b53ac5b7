// Waiting for a program run on mocks: for an output to settle, known or not; for what the program
// declared to settle, failing at once on the first failure; and for the program to be done.
import type * as pulumi from "@pulumi/pulumi";
import type { ProgramWork } from "./programWork";

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

/**
 * Whether every registration the program started has reached the mocks, within a turn of the
 * event loop: once a program is done, a registration still outstanding waits for a value that
 * never comes.
 */
export async function registrationsDrained(from: string): Promise<boolean> {
    const drained = rpcQueue(from)
        .waitForRPCs()
        .then(() => true);
    return Promise.race([drained, new Promise<boolean>((resolve) => setImmediate(() => resolve(false)))]);
}

/** What the program declared that is being settled, each under a name. */
export interface Settlements {
    /** Starts waiting for `settling`; its failure becomes `failure`'s at once. */
    add(name: string, settling: Promise<unknown>): void;
    /** Rejects with the first failure of anything being settled, as soon as it fails; never resolves. */
    failure: Promise<never>;
    /** The names of what is not settled yet, in the order they were added. */
    unsettled(): string[];
}

/** A new, empty set of settlements. */
export function settlements(): Settlements {
    const open = new Map<number, string>();
    let added = 0;
    let fail: (reason: unknown) => void = () => undefined;
    const failure = new Promise<never>((_, reject) => (fail = reject));
    // Whoever races `failure` sees it; the rejection itself is not the program's unhandled one.
    failure.catch(() => undefined);
    return {
        add(name, settling) {
            const id = added++;
            open.set(id, name);
            settling.then(() => open.delete(id), fail);
        },
        failure,
        unsettled: () => [...open.values()],
    };
}

/** One turn of the event loop, or a few milliseconds while the program has work pending. */
const turn = (busy: boolean) =>
    new Promise<void>((resolve) => (busy ? setTimeout(resolve, 5) : setImmediate(resolve)));

/**
 * Waits until the program is quiet, as Pulumi's Node.js host waits for its event loop to be empty:
 * nothing it started is left, two turns in a row (what the last callbacks resolved has run too).
 * @throws the first failure of `failure`, as soon as it fails
 */
export async function untilQuiet(work: ProgramWork, failure: Promise<never>): Promise<void> {
    for (let quietTurns = 0; quietTurns < 2;) {
        const busy = work.pending().length > 0;
        await Promise.race([turn(busy), failure]);
        quietTurns = busy || work.pending().length > 0 ? 0 : quietTurns + 1;
    }
}
