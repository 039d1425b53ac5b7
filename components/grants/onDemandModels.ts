import { GEOGRAPHY_REGIONS } from "./profileDestinations";

/**
 * Foundation models AWS serves only through inference profiles, by id pattern: invoking them on
 * demand fails with an access error at the agent's first invocation. Compiled from
 * https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-support.html and
 * https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html, retrieved
 * 2026-11-29. AWS's own answer (GetFoundationModel's inference types) is used wherever the
 * provider can be asked; this table answers for it where it cannot.
 * @internal
 */
export const PROFILE_ONLY_MODELS: readonly RegExp[] = [
    /^anthropic\.claude-3-7-sonnet-/,
    /^anthropic\.claude-(sonnet|opus|haiku)-4/,
    /^meta\.llama3-[23]-/,
    /^meta\.llama4-/,
    /^amazon\.nova-premier-/,
    /^amazon\.nova-2-/,
    /^deepseek\.r1-/,
    /^mistral\.pixtral-large-/,
    /^writer\.palmyra-/,
];

/** The inference types the table says a model supports, as GetFoundationModel names them. @internal */
export function tableInferenceTypes(modelId: string): string[] {
    return PROFILE_ONLY_MODELS.some((pattern) => pattern.test(modelId))
        ? ["INFERENCE_PROFILE"]
        : ["ON_DEMAND"];
}

/**
 * The system inference profile ids that serve a model from `region`: each geography whose table
 * includes the region, and the global profile in the commercial partition.
 * @internal
 */
export function profilesServing(modelId: string, region: string, partition: string): string[] {
    const geographies = Object.entries(GEOGRAPHY_REGIONS)
        .filter(([, regions]) => regions.includes(region))
        .map(([geography]) => geography);
    return [...geographies, ...(partition === "aws" ? ["global"] : [])].map((g) => `${g}.${modelId}`);
}
