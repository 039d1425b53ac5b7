import { ArgumentError } from "../../iam/argumentError";
import { optionalBoolean } from "../../iam/argumentTypes";
import { noGrants } from "../../grants/grant";
import { ModelAccessArgs, modelAccess } from "../../grants/modelAccess";
import type { AgentCoreCapability } from "./agentCoreCapability";

/**
 * Models, when the role's user invokes any: unlike an agent, an AgentCore resource may call no
 * Bedrock model at all, so it grants none unless models are named, and an empty list is told to
 * be left out.
 * @param needsNone why no model is needed, as the error says it: `a runtime needs no model`
 * @internal
 */
export function optionalModels(needsNone: string): AgentCoreCapability<ModelAccessArgs> {
    return {
        grant(args, context) {
            if (Array.isArray(args.foundationModels) && args.foundationModels.length === 0) {
                throw new ArgumentError(
                    "foundationModels",
                    `is empty, but ${needsNone}: leave foundationModels out, or name the models it invokes`,
                    '["us.anthropic.claude-sonnet-4-20250514-v1:0"]',
                );
            }
            if (args.foundationModels === undefined && args.inferenceProfileDestinations === undefined) {
                // Checked all the same: a misspelt value grants nothing now, but would once models are named.
                optionalBoolean("streaming", args.streaming);
                return noGrants();
            }
            return modelAccess.grant(args, context);
        },
    };
}

/** A runtime's models. @internal */
export const runtimeModels = optionalModels("a runtime needs no model");

/** A harness's models. @internal */
export const harnessModels = optionalModels("a harness needs no model");

/** The models a memory's built-in strategies are overridden with. @internal */
export const memoryModels = optionalModels("a memory needs no model");

/**
 * The judge models of an online evaluation's LLM-as-a-judge evaluators: built-in evaluators run
 * on AgentCore's own inference, so only custom evaluators' models are granted. @internal
 */
export const judgeModels = optionalModels("an evaluation with built-in evaluators only needs no model");
