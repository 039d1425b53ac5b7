import type * as pulumi from "@pulumi/pulumi";
import { optionalStrings } from "../../iam/argumentTypes";
import { sortedUnique, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { INVOKE_FUNCTION, LAMBDA_FUNCTION, lambdaFunctionTarget } from "../../grants/lambdaFunctions";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The Lambda functions the gateway invokes: its targets and its interceptors. */
export interface LambdaTargetsArgs {
    /** Lambda functions of the gateway's targets, by name or ARN (a qualified ARN grants that version or alias only). */
    lambdaTargets?: pulumi.Input<pulumi.Input<string>[]>;
    /** Lambda functions of the gateway's request and response interceptors, by name or ARN. */
    interceptors?: pulumi.Input<pulumi.Input<string>[]>;
}

/**
 * Lambda targets and interceptors: `lambda:InvokeFunction` on exactly those functions.
 * CreateGatewayTarget dry-runs the invoke, so the role must have it before a target is created.
 * @internal
 */
export const lambdaTargets: AgentCoreCapability<LambdaTargetsArgs> = {
    grant(args, context) {
        const functions = (["lambdaTargets", "interceptors"] as const).flatMap((argument) =>
            optionalStrings(argument, args[argument], LAMBDA_FUNCTION.exampleResource).map(
                (fn, i) => lambdaFunctionTarget(`${argument}[${i}]`, fn, context).functionArn,
            ),
        );
        if (functions.length === 0) {
            return noGrants();
        }
        return {
            identity: [
                statement({
                    Sid: "InvokeGatewayFunctions",
                    Effect: "Allow",
                    Action: [INVOKE_FUNCTION],
                    Resource: sortedUnique(functions),
                }),
            ],
            keyPolicy: [],
        };
    },
};
