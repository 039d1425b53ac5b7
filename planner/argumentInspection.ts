// What the offline plan reads from a component's args beyond its plan: which values it cannot know
// and where they come from, which values the program marks secret, and the args without the list
// items that hold an unknown value, from which the grants that are known are planned.

/** One argument the offline plan cannot know, and what its value comes from. */
export interface UnknownArgument {
    /** The argument's path, as errors name it: `extraStatements[0].resources[0]`. */
    argument: string;
    /**
     * The resources whose outputs the value is built from, as `type name`; empty when it comes from
     * a provider call the plan could not make (the plan's notes name the call).
     */
    from: string[];
}

/** What the offline plan read from a component's args. */
export interface InspectedArgs {
    /** Every argument whose value is unknown offline. */
    unknown: UnknownArgument[];
    /** Every string the program marks secret, wherever it appears in the args. */
    secrets: string[];
    /**
     * The args, every value plain, without each top-level list item that holds an unknown value;
     * undefined when an unknown value lies outside such an item, so that it shapes the whole role.
     */
    known: Record<string, unknown> | undefined;
}

/** The parts of Pulumi's Output this reads: stable since 3.0, as the SDK's own `isSecret` uses them. */
interface OutputParts {
    isKnown: Promise<boolean>;
    isSecret: Promise<boolean>;
    allResources(): Promise<Set<{ __pulumiType?: string; __name?: string }>>;
    promise(): Promise<unknown>;
}

const isOutputValue = (value: unknown): value is OutputParts =>
    (value as { __pulumiOutput?: unknown } | null | undefined)?.__pulumiOutput === true;

/** The value a preview gives for what it cannot know (a plain invoke's answer). */
const isUnknownValue = (value: unknown) =>
    (value as { __pulumiUnknown?: unknown } | null | undefined)?.__pulumiUnknown === true;

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
    typeof (value as { then?: unknown } | null | undefined)?.then === "function";

const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" &&
    value !== null &&
    [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);

/** A value as far as it is known, and whether an unknown value lies anywhere in it. */
interface Read {
    value: unknown;
    unknown: boolean;
    /** For a list, each item as read: which of them hold an unknown value. */
    items?: Read[];
}

class Reader {
    readonly unknown: UnknownArgument[] = [];
    readonly secrets = new Set<string>();

    async read(value: unknown, path: string, secret: boolean): Promise<Read> {
        if (isUnknownValue(value)) {
            this.unknown.push({ argument: path, from: [] });
            return { value: undefined, unknown: true };
        }
        if (isOutputValue(value)) {
            const [known, isSecret] = await Promise.all([value.isKnown, value.isSecret]);
            if (!known) {
                const resources = [...(await value.allResources())];
                const from = resources
                    .filter((resource) => resource.__pulumiType && resource.__name)
                    .map((resource) => `${resource.__pulumiType} ${resource.__name}`);
                this.unknown.push({ argument: path, from: [...new Set(from)].sort() });
                return { value: undefined, unknown: true };
            }
            return this.read(await value.promise(), path, secret || isSecret);
        }
        if (isThenable(value)) {
            return this.read(await value, path, secret);
        }
        if (Array.isArray(value)) {
            const items = await Promise.all(value.map((item, i) => this.read(item, `${path}[${i}]`, secret)));
            return {
                value: items.map((item) => item.value),
                unknown: items.some((item) => item.unknown),
                items,
            };
        }
        if (isRecord(value)) {
            const entries = await Promise.all(
                Object.entries(value).map(
                    async ([key, field]) =>
                        [key, await this.read(field, path ? `${path}.${key}` : key, secret)] as const,
                ),
            );
            return {
                value: Object.fromEntries(entries.map(([key, field]) => [key, field.value])),
                unknown: entries.some(([, field]) => field.unknown),
            };
        }
        if (secret && typeof value === "string" && value !== "") {
            this.secrets.add(value);
        }
        return { value, unknown: false };
    }
}

/**
 * Reads a component's args as the offline plan sees them: resolves every Output and promise,
 * notes each value that is unknown (with the resources it comes from) and each secret string.
 */
export async function inspectArgs(args: unknown): Promise<InspectedArgs> {
    const reader = new Reader();
    const known: Record<string, unknown> = {};
    let shaped = true;
    for (const [key, field] of isRecord(args) ? Object.entries(args) : []) {
        const read = await reader.read(field, key, false);
        // A list keeps its known items; any other unknown value shapes the whole role.
        if (read.unknown && read.items) {
            known[key] = read.items.filter((item) => !item.unknown).map((item) => item.value);
        } else {
            shaped &&= !read.unknown;
            known[key] = read.value;
        }
    }
    return {
        unknown: reader.unknown,
        secrets: [...reader.secrets].sort(),
        known: shaped ? known : undefined,
    };
}
