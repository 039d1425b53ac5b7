import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../iam/argumentError";
import { mapArgument, optionalList, optionalString, stringArgument } from "../iam/argumentTypes";
import { arnFor, ArnRule, idOrArn } from "../iam/arn";
import { isRegion, partitionOfRegion } from "../iam/awsEnvironment";
import { optionalKmsKey } from "./keys";
import { IdentityStatement, sortedUnique, statement } from "../iam/policyDocument";
import { keyStatements } from "./keyStatements";
import { Capability, GrantContext, noGrants } from "./grant";
import { CrossRegionProfile, GEOGRAPHY_REGIONS, geographyRegions } from "./profileDestinations";

/** A guardrail the agent applies. */
export interface GuardrailArgs {
    /** Id or ARN of the guardrail. Its ARN carries no version, whatever version the agent uses. */
    guardrail: pulumi.Input<string>;
    /** The guardrail profile of its cross-Region inference, for example `us.guardrail.v1:0`. */
    crossRegionProfile?: pulumi.Input<string>;
    /**
     * The regions the guardrail profile routes to. Default: every region of the profile's
     * geography, from the package's table.
     */
    crossRegionDestinations?: pulumi.Input<pulumi.Input<string>[]>;
    /** Id or ARN of the customer-managed KMS key that encrypts the guardrail. */
    kmsKey?: pulumi.Input<string>;
}

/** Arguments of the guardrails an agent applies. */
export interface GuardrailsArgs {
    /** The guardrails the agent applies, with their cross-Region profiles and keys. */
    guardrails?: GuardrailArgs[];
}

/** A guardrail, whose ARN carries no version. @internal */
export const GUARDRAIL: ArnRule = {
    service: "bedrock",
    resourcePrefix: "guardrail/",
    resource: /^[a-z0-9]{12}$/,
    scope: "regional",
    exampleResource: "gr1234abcd56",
};

const GUARDRAIL_PROFILE = /^([a-z]{2,8}(?:-[a-z]{2,8})?)\.guardrail\.v\d+:\d+$/;
const FIELDS = ["guardrail", "crossRegionProfile", "crossRegionDestinations", "kmsKey"];
const EXAMPLE = `{ guardrail: "${GUARDRAIL.exampleResource}", crossRegionProfile: "us.guardrail.v1:0" }`;

function guardrailArn(argument: string, value: string, context: GrantContext): string {
    if (/^arn:.*:guardrail\/[^:]+:.+$/.test(value) || /^[a-z0-9]{12}:.+$/.test(value)) {
        throw new ArgumentError(
            argument,
            `"${value}" names a guardrail version; a guardrail's ARN carries none`,
            arnFor(GUARDRAIL, context, GUARDRAIL.exampleResource),
        );
    }
    return idOrArn(argument, value, GUARDRAIL, context);
}

/** The guardrail profile in each destination region: the args' regions, or the geography's. */
function profile(
    argument: string,
    group: Record<string, unknown>,
    context: GrantContext,
): CrossRegionProfile | undefined {
    const id = optionalString(
        `${argument}.crossRegionProfile`,
        group.crossRegionProfile,
        "us.guardrail.v1:0",
    );
    const given = optionalList(
        `${argument}.crossRegionDestinations`,
        group.crossRegionDestinations,
        '["us-east-1", "us-west-2"]',
    );
    if (id === undefined) {
        if (given.length > 0) {
            throw new ArgumentError(
                `${argument}.crossRegionProfile`,
                "is missing, but crossRegionDestinations are given",
                EXAMPLE,
            );
        }
        return undefined;
    }
    const geography = GUARDRAIL_PROFILE.exec(id)?.[1];
    if (!geography) {
        throw new ArgumentError(
            `${argument}.crossRegionProfile`,
            `"${id}" is not a guardrail profile id`,
            "us.guardrail.v1:0",
        );
    }
    const reach = GEOGRAPHY_REGIONS[geography];
    const regions = given.map((region, i) => {
        const where = `${argument}.crossRegionDestinations[${i}]`;
        const name = stringArgument(where, region, "us-east-1");
        if (!isRegion(name)) {
            throw new ArgumentError(where, `"${name}" is not a region`, "us-east-1");
        }
        if (partitionOfRegion(name) !== context.environment.partition) {
            throw new ArgumentError(
                where,
                `"${name}" is a region of another partition than the role's ${context.environment.partition}`,
                context.environment.region,
            );
        }
        if (reach && !reach.includes(name)) {
            throw new ArgumentError(
                where,
                `"${name}" is outside the ${geography} geography of ${id} (${reach.join(", ")})`,
                reach[0],
            );
        }
        return name;
    });
    const table = regions.length > 0 ? { regions } : geographyRegions(geography, context.environment.region);
    if ("why" in table) {
        throw new ArgumentError(
            `${argument}.crossRegionDestinations`,
            `is needed: the package's table cannot tell the guardrail profile's destinations (${table.why})`,
            '["us-east-1", "us-west-2"]',
        );
    }
    const at = (region: string) =>
        arnFor(
            { ...GUARDRAIL, resourcePrefix: "guardrail-profile/" },
            { ...context, environment: { ...context.environment, region } },
            id,
        );
    return {
        argument: `${argument}.crossRegionProfile`,
        profileArn: at(context.environment.region),
        destinations: sortedUnique(table.regions.map(at)),
        source: regions.length > 0 ? "override" : "table",
    };
}

/**
 * Guardrails: `bedrock:ApplyGuardrail` on each guardrail and, for cross-Region inference, on its
 * guardrail profile in the agent's region and every destination region; `kms:Decrypt` on a guardrail's key, whose key
 * policy must name the role itself: that statement is handed to the key's owner.
 * @internal
 */
export const guardrails: Capability<GuardrailsArgs> = {
    grant(args, context) {
        const entries = optionalList("guardrails", args.guardrails, `[${EXAMPLE}]`).map((item, i) => ({
            argument: `guardrails[${i}]`,
            fields: mapArgument(`guardrails[${i}]`, item, FIELDS, EXAMPLE),
        }));
        if (entries.length === 0) {
            return noGrants();
        }
        const applied = entries.map(({ argument, fields }) =>
            guardrailArn(
                `${argument}.guardrail`,
                stringArgument(`${argument}.guardrail`, fields.guardrail, GUARDRAIL.exampleResource),
                context,
            ),
        );
        const profiles = entries.flatMap(({ argument, fields }) => profile(argument, fields, context) ?? []);
        const byArn = new Map(
            entries.flatMap(({ argument, fields }) => {
                const key = optionalKmsKey(`${argument}.kmsKey`, fields.kmsKey, context);
                return key === undefined ? [] : [[key.arn, key]];
            }),
        );
        const keys = [...byArn.values()].sort((a, b) => (a.arn < b.arn ? -1 : 1));
        const identity: IdentityStatement[] = [
            statement({
                Sid: "ApplyGuardrails",
                Effect: "Allow",
                Action: ["bedrock:ApplyGuardrail"],
                Resource: sortedUnique([
                    ...applied,
                    ...profiles.flatMap((p) => [p.profileArn, ...p.destinations]),
                ]),
            }),
            ...(keys.length > 0
                ? [
                      statement<IdentityStatement>({
                          Sid: "DecryptGuardrails",
                          Effect: "Allow",
                          Action: ["kms:Decrypt"],
                          Resource: keys.map((key) => key.arn),
                      }),
                  ]
                : []),
        ];
        // The key's policy must name the role itself, not the service (guardrails-permissions-kms).
        const keyPolicy = keys.flatMap(
            (key) =>
                keyStatements(
                    key,
                    [
                        {
                            sid: "DecryptGuardrails",
                            actions: ["kms:Decrypt"],
                            keyPolicy: { principal: "role", sid: "AllowAgentRoleToDecryptGuardrail" },
                        },
                    ],
                    context,
                ).keyPolicy,
        );
        return { identity, keyPolicy, crossRegionProfiles: profiles };
    },
};
