import { ArgumentError } from "../iam/argumentError";
import { describeValue, optionalList, optionalStrings } from "../iam/argumentTypes";
import { GrantContext } from "./grant";
import { FOUNDATION_MODEL, ModelReference, modelReference } from "./modelReferences";

/** The destinations the args give one profile: the argument that gives them, and its values. @internal */
export interface DestinationOverride {
    /** The argument, for example `inferenceProfileDestinations["us.…"]`. */
    argument: string;
    /** The destinations as given, checked later with the profile's other destinations. */
    values: unknown[];
}

const OVERRIDES = "inferenceProfileDestinations";

/**
 * The models `foundationModels` names, each resolved to what it is.
 * @throws ArgumentError when the list is empty or a model is none the role can invoke
 * @internal
 */
export function namedModels(foundationModels: unknown, context: GrantContext): ModelReference[] {
    const models = optionalStrings("foundationModels", foundationModels, FOUNDATION_MODEL.exampleResource);
    if (models.length === 0) {
        throw new ArgumentError(
            "foundationModels",
            `is empty, but ${context.subject} cannot run without a model to invoke`,
            `["${FOUNDATION_MODEL.exampleResource}"]`,
        );
    }
    return models.map((model, i) => modelReference(`foundationModels[${i}]`, model, context));
}

const isProfile = (r: ModelReference) => r.kind === "system-profile" || r.kind === "application-profile";

/**
 * The destinations `inferenceProfileDestinations` gives (`given`), by profile ARN; each key must
 * name a profile of foundationModels, once.
 * @throws ArgumentError naming the key that names no such profile, or one named twice
 * @internal
 */
export function destinationOverrides(
    given: unknown,
    refs: ModelReference[],
): Map<string, DestinationOverride> {
    const found = new Map<string, DestinationOverride>();
    if (given === undefined) {
        return found;
    }
    if (typeof given !== "object" || given === null || Array.isArray(given)) {
        throw new ArgumentError(
            OVERRIDES,
            `must be a map of profiles to destinations, not ${describeValue(given)}`,
            '{ "us.anthropic.claude-sonnet-4-20250514-v1:0": ["us-east-1", "us-west-2"] }',
        );
    }
    for (const [key, values] of Object.entries(given)) {
        const argument = `${OVERRIDES}["${key}"]`;
        const profile = refs.find(
            (r) => isProfile(r) && "given" in r && (r.given === key || r.profileArn === key),
        );
        if (!profile || !("profileArn" in profile)) {
            throw new ArgumentError(
                argument,
                "names no inference profile of foundationModels",
                "a profile listed in foundationModels",
            );
        }
        const earlier = found.get(profile.profileArn);
        if (earlier) {
            throw new ArgumentError(
                argument,
                `names the same profile as ${earlier.argument}, in another form; give its destinations once`,
                `{ "${profile.given}": ["us-east-1"] }`,
            );
        }
        found.set(profile.profileArn, { argument, values: optionalList(argument, values, '["us-east-1"]') });
    }
    return found;
}
