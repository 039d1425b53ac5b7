import type * as pulumi from "@pulumi/pulumi";
import type { ArnRule } from "../../iam/arn";
import { namedResources } from "../../grants/namedResources";
import type { AgentCapability } from "../invokedFunctions";

/** Arguments of the managed prompts an agent uses. */
export interface PromptsArgs {
    /**
     * The prompts, or prompt versions, the agent uses: ids (`PROMPT1234`, `PROMPT1234:2`) or ARNs
     * (often `aws.bedrock.AgentPrompt.arn`).
     */
    prompts?: pulumi.Input<pulumi.Input<string>[]>;
}

/** A prompt of Prompt management, or one of its versions. @internal */
export const PROMPT: ArnRule = {
    service: "bedrock",
    resourcePrefix: "prompt/",
    resource: /^[0-9a-zA-Z]{10}(:\d{1,5})?$/,
    scope: "regional",
    exampleResource: "PROMPT1234",
};

/**
 * Prompt management: `bedrock:GetPrompt` on exactly the prompts and prompt versions named.
 * @internal
 */
export const prompts: AgentCapability<PromptsArgs> = namedResources({
    argument: "prompts",
    rule: PROMPT,
    sid: "GetPrompts",
    actions: ["bedrock:GetPrompt"],
});
