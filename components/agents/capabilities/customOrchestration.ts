import type * as pulumi from "@pulumi/pulumi";
import { mapArgument } from "../../iam/argumentTypes";
import { noGrants } from "../../grants/grant";
import type { AgentCapability, InvokedFunction } from "../invokedFunctions";

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

/**
 * The key of the orchestration function's permissions: two hyphens, which no action group name
 * may hold, so the two never share a permission's name.
 * @internal
 */
export const ORCHESTRATION_KEY = "custom--orchestration";

/**
 * Custom orchestration: a Lambda permission letting Bedrock invoke the orchestration function for
 * the admitted agents, with its own statement id.
 * @internal
 */
export const customOrchestration: AgentCapability<CustomOrchestrationArgs> = {
    invokedFunctions(args): InvokedFunction[] {
        if (args.customOrchestration === undefined) {
            return [];
        }
        const given = mapArgument(
            "customOrchestration",
            args.customOrchestration,
            ["lambdaFunction"],
            '{ lambdaFunction: "orchestrator" }',
        );
        return [
            {
                key: ORCHESTRATION_KEY,
                argument: "customOrchestration.lambdaFunction",
                value: given.lambdaFunction,
            },
        ];
    },
    grant: () => noGrants(),
};
