import { existsSync, readFileSync } from "fs";
import * as path from "path";

/** A value and everything in it frozen: what a cache shares cannot be changed by one of its readers. */
function deepFreeze<T>(value: T): T {
    if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
        Object.freeze(value);
        Object.values(value).forEach(deepFreeze);
    }
    return value;
}

/**
 * A value computed on first use and the same, frozen, ever after: the one kind of module-level
 * state the components keep. What they compute from it cannot depend on what else ran before.
 * @internal
 */
export function computedOnce<T>(compute: () => T): () => T {
    let computed: { value: T } | undefined;
    return () => {
        computed ??= { value: deepFreeze(compute()) };
        return computed.value;
    };
}

/**
 * A file of the package's `data/` folder, parsed: from the package root, above this file in the
 * sources and in `dist/`.
 * @internal
 */
export function readDataFile<T>(name: string): T {
    const file = path.join("data", name);
    let dir = __dirname;
    while (!existsSync(path.join(dir, file)) && path.dirname(dir) !== dir) {
        dir = path.dirname(dir);
    }
    return JSON.parse(readFileSync(path.join(dir, file), "utf8")) as T;
}
