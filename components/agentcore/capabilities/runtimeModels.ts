import { ArgumentError } from "../../iam/argumentError";
import { noGrants } from "../../grants/grant";
import { ModelAccessArgs, modelAccess } from "../../grants/modelAccess";
import type { AgentCoreCapability } from "./agentCoreCapability";

/**
 * Models, when the runtime invokes any: unlike an agent, a runtime may call no Bedrock model at
 * all, so it grants none unless models are named, and an empty list is told to be left out.
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
        return args.foundationModels === undefined && args.inferenceProfileDestinations === undefined
            ? noGrants()
            : modelAccess.grant(args, context);
    },
};
