import type * as pulumi from "@pulumi/pulumi";
import { optionalStrings } from "../../iam/argumentTypes";
import { sortedUnique, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { INVOKE_FUNCTION, LAMBDA_FUNCTION, lambdaFunctionTarget } from "../../grants/lambdaFunctions";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The Lambda function URLs the gateway signs its requests to with its role. */
export interface FunctionUrlTargetsArgs {
    /**
     * Functions whose `AWS_IAM` function URLs are MCP server targets with the gateway's role as
     * outbound authorization, by name or ARN (a qualified ARN for an alias's URL).
     */
    functionUrlTargets?: pulumi.Input<pulumi.Input<string>[]>;
}

/**
 * Function URL targets: `lambda:InvokeFunctionUrl` on each function, for `AWS_IAM` URLs only
 * (`lambda:FunctionUrlAuthType`), and `lambda:InvokeFunction`, which function URLs created since
 * October 2025 also require, only through a function URL (`lambda:InvokedViaFunctionUrl`): the
 * role cannot invoke these functions directly.
 * @internal
 */
export const functionUrlTargets: AgentCoreCapability<FunctionUrlTargetsArgs> = {
    grant(args, context) {
        const functions = optionalStrings(
            "functionUrlTargets",
            args.functionUrlTargets,
            LAMBDA_FUNCTION.exampleResource,
        ).map((fn, i) => lambdaFunctionTarget(`functionUrlTargets[${i}]`, fn, context).functionArn);
        if (functions.length === 0) {
            return noGrants();
        }
        const resources = sortedUnique(functions);
        return {
            identity: [
                statement({
                    Sid: "InvokeFunctionUrlTargets",
                    Effect: "Allow",
                    Action: ["lambda:InvokeFunctionUrl"],
                    Resource: resources,
                    Condition: { StringEquals: { "lambda:FunctionUrlAuthType": ["AWS_IAM"] } },
                }),
                statement({
                    Sid: "InvokeFunctionsThroughUrls",
                    Effect: "Allow",
                    Action: [INVOKE_FUNCTION],
                    Resource: resources,
                    Condition: { Bool: { "lambda:InvokedViaFunctionUrl": ["true"] } },
                }),
            ],
            keyPolicy: [],
        };
    },
};
