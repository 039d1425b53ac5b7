import { GrantContext, LookupAnswers } from "./grant";
import { ModelReference } from "./modelReferences";
import type { DestinationOverride } from "./namedModels";
import { checkedDestinations } from "./profileDestinationChecks";
import { CrossRegionProfile, Destination, tableDestinations } from "./profileDestinations";

/** A profile the role may use, with the regions of its destinations. @internal */
export interface ResolvedProfile {
    /** What the plan reports of the profile. */
    profile: CrossRegionProfile;
    /** Its destinations, each with its region. */
    destinations: Destination[];
}

/**
 * A profile's destinations: those the args give, else the provider's answer (none when it has not
 * answered yet), else the table's where AWS cannot be asked.
 * @throws ArgumentError naming the argument whose destinations are refused
 * @internal
 */
export function resolveProfile(
    ref: ModelReference & { profileArn: string },
    given: DestinationOverride | undefined,
    lookups: LookupAnswers,
    context: GrantContext,
): ResolvedProfile | undefined {
    const entry = (destinations: Destination[], source: CrossRegionProfile["source"]) => ({
        profile: {
            argument: ref.argument,
            profileArn: ref.profileArn,
            destinations: destinations.map((d) => d.arn),
            source,
        },
        destinations,
    });
    if (given) {
        return entry(checkedDestinations(given.argument, ref, given.values, context), "override");
    }
    if (lookups.from === "provider") {
        const answer = lookups.answers[ref.profileArn];
        return answer
            ? entry(checkedDestinations(ref.argument, ref, answer.values, context), "provider")
            : undefined;
    }
    return entry(tableDestinations(ref, context), "table");
}
