import type * as pulumi from "@pulumi/pulumi";
import { agentFunction } from "./agentFunction";

/** The Lambda function that parses the model's output where the agent's prompts override parsing. */
export interface ParserFunctionArgs {
    /** Name or ARN of the parser function. */
    lambdaFunction: pulumi.Input<string>;
}

/** Arguments of an agent's prompt-override parser. */
export interface PromptOverrideParserArgs {
    /**
     * The parser Lambda function of the agent's advanced prompts, as
     * `aws.bedrock.AgentAgent.promptOverrideConfigurations[].overrideLambda` names it (one function
     * serves every prompt whose `parserMode` is `OVERRIDDEN`): it gets a permission like an action
     * group's, with its own statement id.
     */
    promptOverrideParser?: ParserFunctionArgs;
}

/** The key of the parser function's permissions (see {@link agentFunction}). @internal */
export const PARSER_KEY = "prompt--parser";

/**
 * A prompt-override parser: a Lambda permission letting Bedrock invoke the parser function for
 * the admitted agents, as AWS's advanced-prompts page asks of it.
 * @internal
 */
export const promptOverrideParser = agentFunction<PromptOverrideParserArgs>(
    "promptOverrideParser",
    PARSER_KEY,
    '{ lambdaFunction: "parse-output" }',
);
