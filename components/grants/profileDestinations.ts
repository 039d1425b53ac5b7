import { ArgumentError } from "../iam/argumentError";
import { arnFor } from "../iam/arn";
import { ArnScope } from "../iam/awsEnvironment";
import { FOUNDATION_MODEL, ModelReference, modelReference } from "./modelReferences";

/** Where a cross-Region profile's destinations came from. */
export type DestinationSource = "provider" | "table" | "override";

/** A cross-Region profile the role may use: the models it routes to, and who said so. */
export interface CrossRegionProfile {
    /** The argument that names the profile, for example `foundationModels[0]`. */
    argument: string;
    /** The profile's ARN. */
    profileArn: string;
    /** The foundation-model ARNs it routes to, each granted only through the profile. */
    destinations: string[];
    /**
     * `provider`: the component asked AWS (GetInferenceProfile); `override`: the args gave them;
     * `table`: the package's table of geographies, where AWS could not be asked.
     */
    source: DestinationSource;
}

/**
 * Destination regions of the geographic cross-Region inference profiles, per geography: every
 * region AWS names as a source or a destination of that geography's profiles, so a superset of
 * any one profile's destinations (each grant stays reachable only through the profile). AWS
 * publishes destinations per model and per source region; the provider's answer is that, and is
 * used whenever the provider can be asked. Compiled from
 * https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-support.html and
 * https://docs.aws.amazon.com/bedrock/latest/userguide/geographic-cross-region-inference.html,
 * retrieved 2026-11-28. Global profiles route to every commercial region: they are granted the
 * source region's model and the region-less model ARN instead
 * (https://docs.aws.amazon.com/bedrock/latest/userguide/global-cross-region-inference.html).
 * @internal
 */
export const GEOGRAPHY_REGIONS: Record<string, readonly string[]> = {
    us: ["ca-central-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2"],
    eu: [
        "eu-central-1",
        "eu-central-2",
        "eu-north-1",
        "eu-south-1",
        "eu-south-2",
        "eu-west-1",
        "eu-west-2",
        "eu-west-3",
        "il-central-1",
    ],
    apac: [
        "ap-northeast-1",
        "ap-northeast-2",
        "ap-northeast-3",
        "ap-south-1",
        "ap-south-2",
        "ap-southeast-1",
        "ap-southeast-2",
        "ap-southeast-3",
        "ap-southeast-4",
        "ap-southeast-5",
        "ap-southeast-7",
    ],
    jp: ["ap-northeast-1", "ap-northeast-3"],
    au: ["ap-southeast-2", "ap-southeast-4"],
    ca: ["ca-central-1", "ca-west-1"],
    "us-gov": ["us-gov-east-1", "us-gov-west-1"],
};

/** A model a profile routes to: its ARN, and its region (empty for a global profile's region-less model). */
export interface Destination {
    /** The model's region; empty for the region-less model ARN of a global profile. */
    region: string;
    /** The foundation model's ARN. */
    arn: string;
}

/**
 * The foundation model `modelId` in `region` (empty: region-less), as a profile's destination.
 * @internal
 */
export const destinationIn = (scope: ArnScope, region: string, modelId: string): Destination => ({
    region,
    arn: arnFor(FOUNDATION_MODEL, { ...scope, environment: { ...scope.environment, region } }, modelId),
});

/**
 * What a global profile needs besides any list: the model in the source region, and region-less.
 * @internal
 */
export function globalModels(reference: ModelReference, scope: ArnScope): Destination[] {
    return reference.kind === "system-profile" && reference.geography === "global"
        ? [
              destinationIn(scope, scope.environment.region, reference.modelId),
              destinationIn(scope, "", reference.modelId),
          ]
        : [];
}

/**
 * The regions of a geography, from the table, when it knows the geography and the source region
 * belongs to it (a profile is called from its own geography); otherwise why the table cannot tell.
 * Inference profiles and guardrail profiles share it.
 * @internal
 */
export function geographyRegions(
    geography: string,
    sourceRegion: string,
): { regions: readonly string[] } | { why: string } {
    const regions = GEOGRAPHY_REGIONS[geography];
    if (regions && regions.includes(sourceRegion)) {
        return { regions };
    }
    const known = regions
        ? `${geography} profiles are called from ${regions.join(", ")}`
        : `the table knows no geography "${geography}"`;
    return { why: `${known}, not ${sourceRegion}` };
}

/**
 * A profile's destinations from the table of geographies.
 * @throws ArgumentError when the table cannot tell: an application profile, an unknown geography,
 *   or a source region outside the geography
 * @internal
 */
export function tableDestinations(reference: ModelReference, scope: ArnScope): Destination[] {
    const override = "inferenceProfileDestinations";
    if (reference.kind === "application-profile") {
        throw new ArgumentError(
            reference.argument,
            "is an application inference profile, whose destinations only AWS can tell (GetInferenceProfile), and " +
                `AWS could not be asked here; give them in ${override}`,
            `{ "${reference.given}": ["${destinationIn(scope, scope.environment.region, FOUNDATION_MODEL.exampleResource).arn}"] }`,
        );
    }
    if (reference.kind !== "system-profile") {
        return [];
    }
    if (reference.geography === "global") {
        return globalModels(reference, scope);
    }
    const regions = geographyRegions(reference.geography, scope.environment.region);
    if ("why" in regions) {
        throw new ArgumentError(
            reference.argument,
            `has destinations the package's table cannot tell (${regions.why}), and AWS could not be asked here; give them in ${override}`,
            `{ "${reference.given}": ["us-east-1", "us-east-2", "us-west-2"] }`,
        );
    }
    return regions.regions.map((region) => destinationIn(scope, region, reference.modelId));
}

/**
 * The models a system inference profile routes to, from the table of geographies: what AWS's
 * GetInferenceProfile answers, where no AWS can be asked (the offline plan's mocked provider).
 * @param identifier the profile's id or ARN, as asked
 * @param scope the partition and account of the caller, and the region asked
 * @throws ArgumentError when the table cannot tell (an application profile, an unknown geography)
 * @internal
 */
export function tableProfileModels(identifier: string, scope: ArnScope): string[] {
    const reference = modelReference("inferenceProfileId", identifier, scope);
    return tableDestinations(reference, scope).map((d) => d.arn);
}
