import { ArgumentError } from "../iam/argumentError";
import { describeValue } from "../iam/argumentTypes";
import { parseArn } from "../iam/arn";
import { ArnScope, isRegion, partitionOfRegion } from "../iam/awsEnvironment";
import { FOUNDATION_MODEL, ModelReference } from "./modelReferences";
import { Destination, destinationIn, GEOGRAPHY_REGIONS, globalModels } from "./profileDestinations";

/** Destinations without repeats, ordered by ARN. */
function uniqueDestinations(destinations: Destination[]): Destination[] {
    return [...new Map(destinations.map((d) => [d.arn, d])).values()].sort((a, b) =>
        a.arn < b.arn ? -1 : 1,
    );
}

/**
 * Refuses a destination outside the profile's reach: a region of another partition than the
 * agent's, a region outside a geographic profile's geography (where the table knows it), or a
 * region-less model, which only a global profile routes to.
 * @throws ArgumentError naming `argument`
 * @internal
 */
export function checkGeography(
    argument: string,
    reference: ModelReference,
    destination: Destination,
    scope: ArnScope,
): void {
    const geography = reference.kind === "system-profile" ? reference.geography : undefined;
    const regions = geography ? GEOGRAPHY_REGIONS[geography] : undefined;
    const problem =
        destination.region === ""
            ? geography === undefined || geography === "global"
                ? undefined
                : "is a region-less model, which only a global profile routes to"
            : partitionOfRegion(destination.region) !== scope.environment.partition
              ? `is in ${destination.region}, a region of another partition than the role's ${scope.environment.partition}`
              : regions && !regions.includes(destination.region)
                ? `is in ${destination.region}, outside the ${geography} geography (${regions.join(", ")})`
                : undefined;
    if (problem) {
        throw new ArgumentError(
            argument,
            `"${destination.arn}" ${problem}`,
            regions?.[0] ?? scope.environment.region,
        );
    }
}

/**
 * Checks each destination a provider or the args gave: a foundation-model ARN of the agent's
 * partition (a region name stands for the profile's model there), without account or wildcard,
 * and, for a system profile, of the profile's own model.
 * @throws ArgumentError naming `argument`
 * @internal
 */
export function checkedDestinations(
    argument: string,
    reference: ModelReference,
    values: unknown[],
    scope: ArnScope,
): Destination[] {
    if (values.length === 0) {
        throw new ArgumentError(
            argument,
            "lists no destination, so the profile could reach no model",
            '["us-east-1"]',
        );
    }
    const checked = values.map((value, i) => {
        const where = `${argument}[${i}]`;
        if (typeof value === "string" && !value.startsWith("arn:") && reference.kind === "system-profile") {
            if (!isRegion(value)) {
                throw new ArgumentError(
                    where,
                    `"${value}" is neither a region nor a foundation-model ARN`,
                    "us-east-1",
                );
            }
            return destinationIn(scope, value, reference.modelId);
        }
        const arn = typeof value === "string" ? parseArn(value) : undefined;
        const id = arn?.resource.startsWith(FOUNDATION_MODEL.resourcePrefix)
            ? arn.resource.slice(FOUNDATION_MODEL.resourcePrefix.length)
            : "";
        const valid =
            arn &&
            arn.service === "bedrock" &&
            arn.partition === scope.environment.partition &&
            arn.account === "" &&
            (arn.region === "" || isRegion(arn.region)) &&
            FOUNDATION_MODEL.resource.test(id) &&
            (reference.kind !== "system-profile" || id === reference.modelId);
        if (!valid) {
            throw new ArgumentError(
                where,
                `${describeValue(value)} is not a foundation-model ARN of ${reference.kind === "system-profile" ? reference.modelId : "a model"} in partition ${scope.environment.partition}`,
                destinationIn(
                    scope,
                    scope.environment.region,
                    reference.kind === "system-profile"
                        ? reference.modelId
                        : FOUNDATION_MODEL.exampleResource,
                ).arn,
            );
        }
        return { region: arn.region, arn: value as string };
    });
    checked.forEach((d, i) => checkGeography(`${argument}[${i}]`, reference, d, scope));
    return uniqueDestinations([...checked, ...globalModels(reference, scope)]);
}
