import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../argumentError";
import { optionalBoolean, optionalStrings } from "../argumentTypes";
import { ArnRule, idOrArn } from "../iam/arn";
import { sortedUnique, statement } from "../iam/policyDocument";
import { Capability } from "./capability";

/** Arguments of the models an agent may invoke. */
export interface ModelAccessArgs {
    /**
     * Foundation models the agent may invoke on demand, as model ids
     * (`anthropic.claude-3-5-sonnet-20240620-v1:0`) or foundation-model ARNs in the agent's region.
     */
    foundationModels?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Whether the agent may stream model responses (`bedrock:InvokeModelWithResponseStream`).
     * Defaults to true: agents that stream fail without it.
     */
    streaming?: pulumi.Input<boolean>;
}

/** A foundation model, invoked on demand: its ARN has a region but no account. @internal */
export const FOUNDATION_MODEL: ArnRule = {
    service: "bedrock",
    resourcePrefix: "foundation-model/",
    resource: /^[a-z0-9-]+\.[a-zA-Z0-9][a-zA-Z0-9.:_-]{0,139}$/,
    scope: "region-only",
    exampleResource: "anthropic.claude-3-5-sonnet-20240620-v1:0",
};

/** Model ids that start with a geography are inference profiles, which need more than a model ARN. */
const INFERENCE_PROFILE_ID = /^(us|eu|apac|us-gov|global|jp|au|ca)\.[a-z0-9-]+\./;

/**
 * Invoking models: `bedrock:InvokeModel`, and `InvokeModelWithResponseStream` unless streaming is
 * off, on exactly the models named. An agent cannot run without one, so at least one is required.
 * @internal
 */
export const modelAccess: Capability<ModelAccessArgs> = {
    argumentNames: ["foundationModels", "streaming"],
    grant(args, context) {
        const models = optionalStrings(
            "foundationModels",
            args.foundationModels,
            FOUNDATION_MODEL.exampleResource,
        );
        if (models.length === 0) {
            throw new ArgumentError(
                "foundationModels",
                "is empty, but an agent cannot run without a model to invoke",
                `["${FOUNDATION_MODEL.exampleResource}"]`,
            );
        }
        const arns = models.map((model, i) => {
            const argument = `foundationModels[${i}]`;
            if (INFERENCE_PROFILE_ID.test(model) || /inference-profile\//.test(model)) {
                throw new ArgumentError(
                    argument,
                    `"${model}" is an inference profile, which this version does not grant yet; give the id of a ` +
                        "foundation model invoked on demand",
                    FOUNDATION_MODEL.exampleResource,
                );
            }
            return idOrArn(argument, model, FOUNDATION_MODEL, context);
        });
        const streaming = optionalBoolean("streaming", args.streaming) ?? true;
        return {
            identity: [
                statement({
                    Sid: "InvokeFoundationModels",
                    Effect: "Allow",
                    Action: streaming
                        ? ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"]
                        : ["bedrock:InvokeModel"],
                    Resource: sortedUnique(arns),
                }),
            ],
            keyPolicy: [],
        };
    },
};
