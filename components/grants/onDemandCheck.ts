import { ArgumentError } from "../iam/argumentError";
import { GrantContext, LookupAnswers } from "./grant";
import { ModelReference } from "./modelReferences";
import { profilesServing, tableInferenceTypes } from "./onDemandModels";

/**
 * Refuses a model given on demand that AWS says it serves only through inference profiles, naming
 * the profiles that serve it; where AWS cannot be asked (the pure plan), the table's word is a
 * warning, since AWS may have changed since.
 * @returns the warning, when the table alone says so
 * @throws ArgumentError naming the model's argument when AWS says so
 * @internal
 */
export function onDemandProblem(
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
