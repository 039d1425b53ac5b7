import type * as pulumi from "@pulumi/pulumi";
import { optionalStrings } from "../../iam/argumentTypes";
import { sortedUnique, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { INVOKE_FUNCTION, LAMBDA_FUNCTION, lambdaFunctionTarget } from "../../grants/lambdaFunctions";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The Lambda functions of the code-based evaluators an online evaluation runs. */
export interface EvaluatorFunctionsArgs {
    /**
     * Lambda functions of the configuration's code-based evaluators (their
     * `evaluatorConfig.codeBased.lambdaConfig.lambdaArn`), by name or ARN, in the role's Region (a
     * qualified ARN grants that version or alias only).
     */
    evaluatorFunctions?: pulumi.Input<pulumi.Input<string>[]>;
}

/**
 * Code-based evaluators: `lambda:InvokeFunction` and `lambda:GetFunction` on exactly those
 * functions, the two actions AWS's code-based evaluator page gives the service execution role.
 * @internal
 */
export const evaluatorFunctions: AgentCoreCapability<EvaluatorFunctionsArgs> = {
    grant(args, context) {
        const functions = optionalStrings(
            "evaluatorFunctions",
            args.evaluatorFunctions,
            LAMBDA_FUNCTION.exampleResource,
        ).map((fn, i) => lambdaFunctionTarget(`evaluatorFunctions[${i}]`, fn, context).functionArn);
        if (functions.length === 0) {
            return noGrants();
        }
        return {
            identity: [
                statement({
                    Sid: "InvokeEvaluatorFunctions",
                    Effect: "Allow",
                    Action: ["lambda:GetFunction", INVOKE_FUNCTION],
                    Resource: sortedUnique(functions),
                }),
            ],
            keyPolicy: [],
        };
    },
};
