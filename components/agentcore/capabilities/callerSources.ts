// Where callers call from: a callers' policy may hold only for calls through named VPC endpoints or
// from named VPCs, which AWS's global condition keys carry (aws:SourceVpce, aws:SourceVpc).
import type * as pulumi from "@pulumi/pulumi";
import { matchingStrings } from "../../iam/argumentTypes";
import type { Conditions } from "../../iam/policyDocument";

/** Where the callers call from; anywhere when neither is given. */
export interface CallerSourcesArgs {
    /** Only through these VPC endpoints (`aws:SourceVpce`), as ids (`vpce-0a1b2c3d4e5f60718`). */
    sourceVpcEndpoints?: pulumi.Input<pulumi.Input<string>[]>;
    /** Only from these VPCs (`aws:SourceVpc`), as ids (`vpc-1a2b3c4d`). */
    sourceVpcs?: pulumi.Input<pulumi.Input<string>[]>;
}

/** The fields of {@link CallerSourcesArgs}. @internal */
export const CALLER_SOURCE_FIELDS: (keyof CallerSourcesArgs)[] = ["sourceVpcEndpoints", "sourceVpcs"];

const SOURCES = {
    sourceVpcEndpoints: {
        key: "aws:SourceVpce",
        pattern: /^vpce-[0-9a-f]{8,17}$/,
        example: "vpce-0a1b2c3d4e5f60718",
    },
    sourceVpcs: { key: "aws:SourceVpc", pattern: /^vpc-[0-9a-f]{8,17}$/, example: "vpc-1a2b3c4d" },
};

/**
 * The ids given for each source, by the condition key that carries it (`aws:SourceVpce`), for the
 * sources named only.
 * @param argument the argument holding the fields (`callers`), for errors
 * @throws ArgumentError naming a field or an id that is not one
 * @internal
 */
export function callerSourceIds(given: Record<string, unknown>, argument: string): Record<string, string[]> {
    const keys: Record<string, string[]> = {};
    for (const field of CALLER_SOURCE_FIELDS) {
        const { key, pattern, example } = SOURCES[field];
        const ids = matchingStrings(`${argument}.${field}`, given[field], pattern, "an id", example);
        if (ids.length > 0) {
            keys[key] = ids;
        }
    }
    return keys;
}

/**
 * The condition every caller statement carries for the sources named: each key the ids given;
 * undefined when none is.
 * @param argument the argument holding the fields (`callers`), for errors
 * @throws ArgumentError naming a field or an id that is not one
 * @internal
 */
export function callerSourceCondition(
    given: Record<string, unknown>,
    argument: string,
): Conditions | undefined {
    const keys = callerSourceIds(given, argument);
    return Object.keys(keys).length > 0 ? { StringEquals: keys } : undefined;
}
