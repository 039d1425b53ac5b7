import { shortHash } from "../iam/names";
import { IdentityStatement, sortedUnique, statement } from "../iam/policyDocument";
import { ModelReference } from "./modelReferences";
import type { ResolvedProfile } from "./profileResolution";

/**
 * The statements that let the role invoke `refs` with the actions `invoke`: each kind of model in
 * a statement of its own, and each profile's models only through that profile.
 * @internal
 */
export function modelStatements(
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
