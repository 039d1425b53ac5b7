import type * as pulumi from "@pulumi/pulumi";
import { agentFunction } from "./agentFunction";

/** The Lambda function that orchestrates the agent, instead of Bedrock's orchestration. */
export interface OrchestrationFunctionArgs {
    /** Name or ARN of the orchestration function. */
    lambdaFunction: pulumi.Input<string>;
}

/** Arguments of an agent's custom orchestration. */
export interface CustomOrchestrationArgs {
    /** A Lambda function that orchestrates the agent: it gets a permission like an action group's. */
    customOrchestration?: OrchestrationFunctionArgs;
}

/** The key of the orchestration function's permissions (see {@link agentFunction}). @internal */
export const ORCHESTRATION_KEY = "custom--orchestration";

/**
 * Custom orchestration: a Lambda permission letting Bedrock invoke the orchestration function for
 * the admitted agents, with its own statement id.
 * @internal
 */
export const customOrchestration = agentFunction<CustomOrchestrationArgs>(
    "customOrchestration",
    ORCHESTRATION_KEY,
    '{ lambdaFunction: "orchestrator" }',
);
