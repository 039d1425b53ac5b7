import type * as pulumi from "@pulumi/pulumi";
import { optionalBoolean } from "../iam/argumentTypes";
import { Capability } from "./grant";
import { ModelReference } from "./modelReferences";
import { modelStatements } from "./modelStatements";
import { destinationOverrides, namedModels } from "./namedModels";
import { onDemandProblem } from "./onDemandCheck";
import { resolveProfile } from "./profileResolution";

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
        const refs = namedModels(args.foundationModels, context);
        const given = destinationOverrides(args.inferenceProfileDestinations, refs);
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
                            ? resolveProfile(r, given.get(r.profileArn), answers, context)
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
