// What a program still has to do, as Node.js counts it. Pulumi's Node.js host runs a program until
// its event loop is empty (`beforeExit`): until no timer, immediate or I/O it started is left. The
// offline plan runs the program in its own process, beside its own timers, so it counts only what
// the program started: what was created in the program's asynchronous context, directly or from a
// callback of something the program started (async_hooks follows the chain).
import { AsyncResource, createHook, executionAsyncId } from "async_hooks";

/** A resource as async_hooks hands it: timers, immediates and handles say whether they keep the loop alive. */
interface AsyncHandle {
    hasRef?: () => boolean;
    /** A crypto job's: the callback it runs when done, set only when it runs in the background. */
    ondone?: unknown;
    run?: unknown;
}

/** What a program started and has not finished, and how to run code as the program. */
export interface ProgramWork {
    /** Calls `action` as the program: whatever it starts, at once or later, is the program's. */
    run<T>(action: () => T): T;
    /** What the program started that still keeps the event loop alive, by kind (`Timeout`, `TCPWRAP`…). */
    pending(): string[];
    /** Stops counting, and clears every timer and immediate the program left: it runs no further. */
    stop(): void;
}

/** The kinds async_hooks reports that never keep the event loop alive: promises, open files. */
const NOT_WORK = new Set(["PROMISE", "FILEHANDLE"]);

/**
 * Whether a resource the program started and that is not done keeps the event loop alive: a
 * timer, immediate or handle says so itself; a request (a file read, a lookup, a callback queued)
 * does until it is done. A crypto job with no callback (run at once, or the one
 * `crypto.randomUUID` refills its cache with) is never reported done, and nothing of the program
 * waits for it.
 */
function keepsAlive(resource: AsyncHandle): boolean {
    if (typeof resource.hasRef === "function") {
        return resource.hasRef();
    }
    return typeof resource.run !== "function" || typeof resource.ondone === "function";
}

/**
 * A set of async ids from `first` on, a bit each. Node.js numbers async resources in the order
 * they are made, and a program of hundreds of resources makes millions of promises: a bit is what
 * each costs here, where a set of numbers, or a property on each promise, costs tens of bytes.
 */
function asyncIdsFrom(first: number): { has(id: number): boolean; add(id: number): void } {
    let bits = new Uint8Array(1 << 16);
    return {
        has(id) {
            const index = id - first;
            return index >= 0 && ((bits[index >>> 3] ?? 0) & (1 << (index & 7))) !== 0;
        },
        add(id) {
            const index = id - first;
            if (index < 0) {
                return;
            }
            const byte = index >>> 3;
            if (byte >= bits.length) {
                const grown = new Uint8Array(Math.max(bits.length * 2, byte + 1));
                grown.set(bits);
                bits = grown;
            }
            bits[byte] |= 1 << (index & 7);
        },
    };
}

/** Counts what the program started, from now until `stop` is called. */
export function trackProgramWork(): ProgramWork {
    const root = new AsyncResource("BEDROCK_AGENT_PLAN_PROGRAM");
    // Ids of everything the program created, so that what their callbacks create is the program's too.
    const own = asyncIdsFrom(root.asyncId());
    own.add(root.asyncId());
    const alive = new Map<number, { type: string; resource: AsyncHandle }>();
    // Ends are followed from the first thing the program starts that is not a promise: following
    // them costs a weak reference on every promise made after, and a program of hundreds of
    // resources makes millions of promises (and often starts nothing else).
    const ends = createHook({ destroy: (id) => alive.delete(id) });
    const starts = createHook({
        init(id, type, _trigger, resource) {
            if (!own.has(executionAsyncId())) {
                return;
            }
            own.add(id);
            // An `AsyncResource` of a library only carries a context, which its id carries on.
            if (!NOT_WORK.has(type) && !(resource instanceof AsyncResource)) {
                ends.enable();
                alive.set(id, { type, resource: resource as AsyncHandle });
            }
        },
    });
    starts.enable();
    return {
        run: (action) => root.runInAsyncScope(action),
        pending() {
            return [
                ...[...alive.values()].filter(({ resource }) => keepsAlive(resource)).map(({ type }) => type),
                // The ES-module loader's hooks answer through a port the plan opened before the
                // program ran; it is active only while they load the program's modules.
                ...process.getActiveResourcesInfo().filter((type) => type === "MessagePort"),
            ];
        },
        stop() {
            starts.disable();
            ends.disable();
            for (const { type, resource } of alive.values()) {
                if (type === "Timeout") {
                    clearTimeout(resource as NodeJS.Timeout);
                } else if (type === "Immediate") {
                    clearImmediate(resource as NodeJS.Immediate);
                }
            }
            alive.clear();
            root.emitDestroy();
        },
    };
}

/** How a program's pending work reads in a message: `2 timers and 1 TCPWRAP`. */
export function describeWork(pending: string[]): string {
    const names: Record<string, string> = { Timeout: "timer", Immediate: "immediate" };
    const counts = new Map<string, number>();
    pending.forEach((type) => counts.set(type, (counts.get(type) ?? 0) + 1));
    return [...counts]
        .map(([type, count]) => `${count} ${names[type] ?? type}${count === 1 || !names[type] ? "" : "s"}`)
        .join(" and ");
}
