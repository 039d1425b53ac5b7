import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../iam/argumentError";
import { describeValue, optionalBoolean, optionalList, optionalStrings } from "../iam/argumentTypes";
import { IdentityStatement, sortedUnique, statement } from "../iam/policyDocument";
import { shortHash } from "../iam/names";
import { Capability, GrantContext, LookupAnswers, PlannedArgs } from "./grant";
import { FOUNDATION_MODEL, ModelReference, modelReference } from "./modelReferences";
import { profilesServing, tableInferenceTypes } from "./onDemandModels";
import { checkedDestinations } from "./profileDestinationChecks";
import { CrossRegionProfile, Destination, tableDestinations } from "./profileDestinations";

/** Arguments of the models an agent may invoke. */
export interface ModelAccessArgs {
    /**
     * The models the agent invokes, each as `aws.bedrock.AgentAgent.foundationModel` takes it: a
     * model id (`anthropic.claude-3-5-sonnet-20240620-v1:0`) or foundation-model ARN, invoked on
     * demand; a system inference profile id or ARN (`us.anthropic.claude-sonnet-4-20250514-v1:0`,
     * `global.…`), or an application inference profile ARN, granted with every model it routes to;
     * or the ARN of a provisioned model, an imported model or a custom model deployment.
     */
    foundationModels?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Whether the agent may stream model responses (`bedrock:InvokeModelWithResponseStream`).
     * Defaults to true: agents that stream fail without it.
     */
    streaming?: pulumi.Input<boolean>;
    /**
     * The destinations of inference profiles, by the profile as written in `foundationModels`:
     * regions (for a system profile) or foundation-model ARNs. Overrides what the provider says
     * (GetInferenceProfile), for example where the deployment may not call it.
     */
    inferenceProfileDestinations?: pulumi.Input<{ [profile: string]: pulumi.Input<pulumi.Input<string>[]> }>;
}

const OVERRIDES = "inferenceProfileDestinations";

function references(args: PlannedArgs<ModelAccessArgs>, context: GrantContext): ModelReference[] {
    const models = optionalStrings(
        "foundationModels",
        args.foundationModels,
        FOUNDATION_MODEL.exampleResource,
    );
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

/** The destinations the args give, by profile ARN; each key must name a profile of foundationModels. */
function overrides(
    args: PlannedArgs<ModelAccessArgs>,
    refs: ModelReference[],
): Map<string, { argument: string; values: unknown[] }> {
    const given = args.inferenceProfileDestinations as unknown;
    const found = new Map<string, { argument: string; values: unknown[] }>();
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

/**
 * Refuses a model given on demand that AWS says it serves only through inference profiles, naming
 * the profiles that serve it; where AWS cannot be asked (the pure plan), the table's word is a
 * warning, since AWS may have changed since.
 * @returns the warning, when the table alone says so
 * @throws ArgumentError naming the model's argument when AWS says so
 */
function onDemandProblem(
    ref: ModelReference & { kind: "foundation-model" },
    answers: LookupAnswers,
    context: GrantContext,
): string[] {
    const { region, partition } = context.environment;
    const types =
        answers.from === "provider" ? answers.answers[ref.arn]?.values : tableInferenceTypes(ref.modelId);
    if (!types || types.includes("ON_DEMAND")) {
        return [];
    }
    const profiles = profilesServing(ref.modelId, region, partition);
    const problem =
        `"${ref.modelId}" is served only through an inference profile in ${region}, not on demand ` +
        `(its inference types: ${types.join(", ")}), so ${context.subject} would fail at its first invocation`;
    if (answers.from === "provider") {
        throw new ArgumentError(ref.argument, problem, profiles.join(" or ") || "an inference profile id");
    }
    return [
        `${ref.argument}: ${problem}, by the package's table of such models; use ${profiles.join(" or ")}`,
    ];
}

/** A profile the role may use, with the regions of its destinations. */
interface ResolvedProfile {
    /** What the plan reports of the profile. */
    profile: CrossRegionProfile;
    /** Its destinations, each with its region. */
    destinations: Destination[];
}

function profileDestinations(
    ref: ModelReference & { profileArn: string },
    given: { argument: string; values: unknown[] } | undefined,
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

function modelStatements(
    refs: ModelReference[],
    resolved: ResolvedProfile[],
    invoke: string[],
): IdentityStatement[] {
    const profiles = resolved.map((r) => r.profile);
    const arnsOf = (kind: ModelReference["kind"]) =>
        sortedUnique(refs.flatMap((r) => (r.kind === kind && "arn" in r ? [r.arn] : [])));
    const grant = (
        Sid: string,
        Action: string[],
        Resource: string[],
        Condition?: IdentityStatement["Condition"],
    ) =>
        Resource.length === 0
            ? []
            : [
                  statement<IdentityStatement>({
                      Sid,
                      Effect: "Allow",
                      Action,
                      Resource,
                      ...(Condition ? { Condition } : {}),
                  }),
              ];
    const profileArns = sortedUnique(refs.flatMap((r) => ("profileArn" in r ? [r.profileArn] : [])));
    return [
        ...grant("InvokeFoundationModels", invoke, arnsOf("foundation-model")),
        ...grant("InvokeInferenceProfiles", [...invoke, "bedrock:GetInferenceProfile"], profileArns),
        // One statement per profile: its models are reachable only through that profile.
        ...[...profiles]
            .sort((a, b) => (a.profileArn < b.profileArn ? -1 : 1))
            .flatMap((p) =>
                grant(`InvokeModelsThroughProfile${shortHash(p.profileArn)}`, invoke, p.destinations, {
                    ArnEquals: { "bedrock:InferenceProfileArn": [p.profileArn] },
                }),
            ),
        // CreateAgent and UpdateAgent read the models behind a profile, never through it.
        ...grant(
            "GetFoundationModelsOfInferenceProfiles",
            ["bedrock:GetFoundationModel"],
            sortedUnique(
                resolved.flatMap((r) => r.destinations.filter((d) => d.region !== "").map((d) => d.arn)),
            ),
        ),
        ...grant(
            "InvokeProvisionedModels",
            [...invoke, "bedrock:GetProvisionedModelThroughput"],
            arnsOf("provisioned-model"),
        ),
        ...grant("InvokeImportedModels", invoke, arnsOf("imported-model")),
        ...grant("InvokeCustomModelDeployments", invoke, arnsOf("custom-model-deployment")),
    ];
}

/**
 * Model access: `bedrock:InvokeModel`, and `InvokeModelWithResponseStream` unless streaming is
 * off, on exactly the models named. Inference profiles are granted with `GetInferenceProfile`,
 * and each model they route to only through them (`bedrock:InferenceProfileArn`), with
 * `GetFoundationModel`; provisioned models with `GetProvisionedModelThroughput`. An agent cannot
 * run without a model, so at least one is required.
 * @internal
 */
export const modelAccess: Capability<ModelAccessArgs> = {
    grant(args, context) {
        const refs = references(args, context);
        const given = overrides(args, refs);
        const streaming = optionalBoolean("streaming", args.streaming) ?? true;
        const invoke = streaming
            ? ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]
            : ["bedrock:InvokeModel"];
        const asked = refs.filter(
            (r): r is ModelReference & { profileArn: string; given: string } =>
                "profileArn" in r && !given.has(r.profileArn),
        );
        const onDemand = refs.filter(
            (r): r is ModelReference & { kind: "foundation-model" } => r.kind === "foundation-model",
        );
        return {
            lookups: [
                ...asked.map((r) => ({
                    kind: "inference-profile" as const,
                    key: r.profileArn,
                    argument: r.argument,
                    identifier: r.given,
                    region: context.environment.region,
                })),
                ...[...new Map(onDemand.map((r) => [r.arn, r])).values()].map((r) => ({
                    kind: "foundation-model" as const,
                    key: r.arn,
                    argument: r.argument,
                    identifier: r.modelId,
                    region: context.environment.region,
                })),
            ],
            grant(answers) {
                const warnings = onDemand.flatMap((r) => onDemandProblem(r, answers, context));
                const profiles = refs.flatMap((r) => {
                    const resolved =
                        "profileArn" in r
                            ? profileDestinations(r, given.get(r.profileArn), answers, context)
                            : undefined;
                    return resolved ? [resolved] : [];
                });
                return {
                    identity: modelStatements(refs, profiles, invoke),
                    keyPolicy: [],
                    crossRegionProfiles: profiles.map((p) => p.profile),
                    warnings,
                };
            },
        };
    },
};
