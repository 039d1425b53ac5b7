/** The kind of value a stack config key holds: structures are written as YAML and read as JSON. @internal */
export type ConfigKind = "string" | "boolean" | "integer" | "strings" | "list" | "map";

/** What the package says of one argument besides its type: how the stack config sets it. @internal */
export interface ArgumentDeclaration {
    /** A valid value, as a stack's config would give it. */
    example: string;
    /**
     * The kind of the config key of the same name that sets the argument; absent when no key of
     * its name does (a structure with flat keys of its own, or an argument with no key).
     */
    config?: ConfigKind;
}

/**
 * Every argument of a component's args, declared once beside its interface: TypeScript requires
 * exactly its keys. It drives the refusal of any other name, the stack config's keys, and the
 * adversarial suite's bases.
 * @internal
 */
export type ArgumentTable<Args> = { readonly [K in keyof Required<Args>]: ArgumentDeclaration };

/** The names an argument table declares. @internal */
export const argumentNames = <Args>(table: ArgumentTable<Args>): readonly string[] => Object.keys(table);
