// Models granted beyond those named. Invoking a model is bedrock:InvokeModel (and
// ...WithResponseStream) on the model's ARN in its region; a profile's destinations are granted
// only through the profile when the model statement carries bedrock:InferenceProfileArn, since
// without it every destination can be called directly (inference-profiles-prereq). AWS's examples
// grant `foundation-model/*` in every region and every profile; `bedrock:*` grants the whole
// service beside them.
import { INFERENCE_PROFILE } from "../../components/grants/modelReferences";
import type { AgentIamRule, RuleFinding } from "../agentIamRule";
import type { InspectedDocument, InspectedStatement } from "../inspectedDocuments";
import {
    arnOf,
    hasConditionKey,
    IDENTITY_TYPES,
    isWild,
    patternsFor,
    reachesService,
    startsWild,
} from "../statementMatching";

const PAGE = "https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-prereq.html";
const INVOKE = ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"];
const PROFILE_KEY = "bedrock:InferenceProfileArn";
const NAMED_MODELS =
    "name each model in its region (this package's foundationModels), and a profile's destination regions (inferenceProfileDestinations), granted with bedrock:InferenceProfileArn";

/** The statement's patterns that grant invoking a model; none for a Deny. */
const invokePatterns = (s: InspectedStatement) =>
    s.effect === "Allow" ? [...new Set(INVOKE.flatMap((action) => patternsFor(s, action)))] : [];

/** What a resource pattern reaches beyond a named model or profile, or undefined when it names one. */
function breadth(resource: string): string | undefined {
    const arn = arnOf(resource, "bedrock");
    if (arn === undefined) {
        return undefined;
    }
    const anyRegion = isWild(arn.region) ? " in every region" : "";
    const [type, ...id] = arn.resource.split("/");
    if (startsWild(arn.resource) || isWild(type)) {
        return `every model, inference profile, provisioned and imported model${anyRegion}`;
    }
    const kind = type === "foundation-model" ? "foundation model" : type.replace(/-/g, " ");
    if (startsWild(id.join("/"))) {
        return `every ${kind}${anyRegion}`;
    }
    if (isWild(id.join("/"))) {
        return `every ${kind} whose id starts with ${id.join("/").split(/[*?]/)[0]}${anyRegion}`;
    }
    return anyRegion && /^(foundation-model|inference-profile)$/.test(type)
        ? `${kind} ${id.join("/")}${anyRegion}`
        : undefined;
}

/** The whole service: `bedrock:*` grants agents, knowledge bases, guardrails and jobs beside models. */
function wholeService(s: InspectedStatement): RuleFinding[] {
    const patterns = s.effect === "Allow" && reachesService(s, "bedrock") ? patternsFor(s, "bedrock:*") : [];
    return patterns.length === 0
        ? []
        : [
              {
                  statement: s.index,
                  message: `${patterns.join(", ")} grants every Amazon Bedrock action, not only invoking models (creating and deleting agents, knowledge bases, guardrails, jobs): grant ${INVOKE.join(" and ")} only, and ${NAMED_MODELS}`,
              },
          ];
}

/** Model and profile patterns wider than a named model. */
function wideModels(s: InspectedStatement): RuleFinding[] {
    const patterns = invokePatterns(s);
    const wide =
        patterns.length === 0
            ? []
            : s.resources.flatMap((r) => {
                  const reach = breadth(r);
                  return reach ? [`${r} (${reach})`] : [];
              });
    return wide.length === 0
        ? []
        : [
              {
                  statement: s.index,
                  message: `${patterns.join(", ")} on ${wide.join(", ")} grants models no one named: ${NAMED_MODELS}`,
              },
          ];
}

/** A model id of an exact foundation-model ARN, or of a system inference profile's. */
function modelId(resource: string, type: "foundation-model" | "inference-profile"): string | undefined {
    const arn = arnOf(resource, "bedrock");
    const prefix = `${type}/`;
    if (!arn || isWild(arn.resource) || !arn.resource.startsWith(prefix)) {
        return undefined;
    }
    const id = arn.resource.slice(prefix.length);
    return type === "foundation-model" ? id : INFERENCE_PROFILE.resource.exec(id)?.[2];
}

/**
 * The profiles of the document by the model each routes to: its system profiles' own, and the
 * models its statements grant only through a profile (bedrock:InferenceProfileArn).
 */
function profilesByModel(document: InspectedDocument): Map<string, Set<string>> {
    const profiles = new Map<string, Set<string>>();
    const add = (model: string | undefined, profile: string) =>
        model && profiles.set(model, (profiles.get(model) ?? new Set()).add(profile));
    for (const s of document.statements.filter((st) => invokePatterns(st).length > 0)) {
        s.resources.forEach((r) => add(modelId(r, "inference-profile"), r));
        const through = Object.values(s.conditions).flatMap((keys) =>
            Object.entries(keys)
                .filter(([key]) => key.toLowerCase() === PROFILE_KEY.toLowerCase())
                .flatMap(([, values]) => values),
        );
        through.forEach((profile) =>
            s.resources.forEach((r) => add(modelId(r, "foundation-model"), profile)),
        );
    }
    return profiles;
}

/**
 * A model granted on demand beside a profile that routes to it, the profile condition missing, in
 * a region other than the profile's own: a destination callable directly. (The model on demand in
 * the profile's own region is a model named on demand there too.)
 */
function onDemandBesideProfile(document: InspectedDocument): RuleFinding[] {
    const profiles = profilesByModel(document);
    return document.statements
        .filter((s) => invokePatterns(s).length > 0 && !hasConditionKey(s, PROFILE_KEY))
        .flatMap((s) => {
            const direct = s.resources.flatMap((r) => {
                const region = arnOf(r, "bedrock")?.region;
                const routed = [...(profiles.get(modelId(r, "foundation-model") ?? "") ?? [])].filter(
                    (profile) => arnOf(profile, "bedrock")?.region !== region,
                );
                return routed.length > 0 ? [`${r} (beside ${routed.sort().join(", ")})`] : [];
            });
            return direct.length === 0
                ? []
                : [
                      {
                          statement: s.index,
                          message: `${direct.join(", ")} is granted on demand beside an inference profile that routes to it, without ${PROFILE_KEY}: the profile's destinations are then callable directly, bypassing the profile. Grant them in a statement conditioned on ${PROFILE_KEY} = the profile's ARN, as this package does for a profile in foundationModels (its regions in inferenceProfileDestinations)`,
                      },
                  ];
        });
}

function findings(document: InspectedDocument): RuleFinding[] {
    return [
        ...document.statements.flatMap((s) => [...wholeService(s), ...wideModels(s)]),
        ...onDemandBesideProfile(document),
    ]
        .sort((a, b) => (a.statement ?? 0) - (b.statement ?? 0))
        .map((finding) => ({ input: document.input, ...finding }));
}

/** Models granted beyond those named: every model, every region, the profile bypassed, `bedrock:*`. */
export const MODEL_SCOPE: AgentIamRule = {
    id: "agent-iam-model-scope",
    description:
        "Models are invoked by name, in their regions, a profile's destinations only through the profile; no bedrock:*",
    severity: "mandatory",
    page: PAGE,
    resourceTypes: IDENTITY_TYPES,
    check: (_resource, documents) => documents.filter((d) => d.kind === "identity").flatMap(findings),
};
