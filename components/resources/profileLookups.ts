import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../iam/argumentError";
import type { Lookup, LookupAnswer, LookupAnswers } from "../grants/grant";

/**
 * Answers the capabilities' lookups by asking the provider of `parent` (GetInferenceProfile and
 * GetFoundationModel, in the agent's region): AWS in a deployment, the mocked AWS in the offline plan.
 * @throws ArgumentError naming the argument whose profile the provider could not tell
 * @internal
 */
export async function answerLookups(lookups: Lookup[], parent: pulumi.Resource): Promise<LookupAnswers> {
    const answers = await Promise.all(
        lookups.map(async (lookup): Promise<[string, LookupAnswer]> => {
            try {
                if (lookup.kind === "foundation-model") {
                    const model = await aws.bedrockfoundation.getModel(
                        { modelId: lookup.identifier, region: lookup.region },
                        { parent },
                    );
                    return [lookup.key, { values: model.inferenceTypesSupporteds ?? [] }];
                }
                const profile = await aws.bedrock.getInferenceProfile(
                    { inferenceProfileId: lookup.identifier, region: lookup.region },
                    { parent },
                );
                return [lookup.key, { values: (profile.models ?? []).map((model) => model.modelArn) }];
            } catch (error) {
                const reason = (error as Error)?.message ?? String(error);
                throw lookup.kind === "foundation-model"
                    ? new ArgumentError(
                          lookup.argument,
                          `AWS knows no foundation model "${lookup.identifier}" in ${lookup.region} (GetFoundationModel: ${reason})`,
                          `a model offered in ${lookup.region}, or an inference profile id that serves it`,
                          parent,
                      )
                    : new ArgumentError(
                          lookup.argument,
                          `AWS could not tell the destinations of inference profile "${lookup.identifier}" in ` +
                              `${lookup.region} (GetInferenceProfile: ${reason})`,
                          `a profile that exists in ${lookup.region}, or its destinations in inferenceProfileDestinations`,
                          parent,
                      );
            }
        }),
    );
    return { from: "provider", answers: Object.fromEntries(answers) };
}
