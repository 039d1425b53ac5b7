import { ArgumentError } from "../../iam/argumentError";
import { optionalBoolean } from "../../iam/argumentTypes";
import { noGrants } from "../../grants/grant";
import { ModelAccessArgs, modelAccess } from "../../grants/modelAccess";
import type { AgentCoreCapability } from "./agentCoreCapability";

/**
 * Models, when the runtime (or the memory's overriding strategies) invokes any: unlike an agent,
 * a runtime or memory may call no Bedrock model at all, so it grants none unless models are named,
 * and an empty list is told to be left out.
 * @internal
 */
export const runtimeModels: AgentCoreCapability<ModelAccessArgs> = {
    grant(args, context) {
        if (Array.isArray(args.foundationModels) && args.foundationModels.length === 0) {
            throw new ArgumentError(
                "foundationModels",
                `is empty, but a ${context.kind} needs no model: leave foundationModels out, or name the models it invokes`,
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
