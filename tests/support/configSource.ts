// A stack's config as the program reads it through pulumi.Config: each value as text, structures
// as JSON, and nothing for a key the stack does not set.
import type { ConfigSource } from "../../program/configValues";

/** The config source of a stack setting `values` (plain values, as a stack file writes them). */
export const configSource = (values: Record<string, unknown>): ConfigSource => ({
    get: (key) =>
        Object.hasOwn(values, key)
            ? typeof values[key] === "string"
                ? (values[key] as string)
                : JSON.stringify(values[key])
            : undefined,
});
