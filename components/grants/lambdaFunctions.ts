import { ArgumentError } from "../iam/argumentError";
import { ArnRule, idOrArn } from "../iam/arn";
import type { ArnScope } from "../iam/awsEnvironment";

/** A Lambda function, optionally qualified by a version or alias. @internal */
export const LAMBDA_FUNCTION: ArnRule = {
    service: "lambda",
    resourcePrefix: "function:",
    resource: /^[a-zA-Z0-9_-]{1,64}(:(\$LATEST|[a-zA-Z0-9_-]{1,128}))?$/,
    scope: "regional",
    exampleResource: "support-agent-actions",
};

/** The action that invokes a function. @internal */
export const INVOKE_FUNCTION = "lambda:InvokeFunction";

/** A function checked against the role's environment. */
export interface LambdaFunctionTarget {
    /** The function, as given (name or ARN): what `aws.lambda.Permission` receives. */
    function: string;
    /** The function's ARN. */
    functionArn: string;
}

/**
 * Checks a function given by name or ARN against the role's environment.
 * @throws ArgumentError naming `argument`
 * @internal
 */
export function lambdaFunctionTarget(
    argument: string,
    value: unknown,
    scope: ArnScope,
): LambdaFunctionTarget {
    if (typeof value !== "string") {
        throw new ArgumentError(
            argument,
            "must be the name or ARN of a Lambda function",
            LAMBDA_FUNCTION.exampleResource,
        );
    }
    return { function: value, functionArn: idOrArn(argument, value, LAMBDA_FUNCTION, scope) };
}
