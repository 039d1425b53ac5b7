import { mapArgument } from "../../iam/argumentTypes";
import { noGrants } from "../../grants/grant";
import type { AgentCapability, InvokedFunction } from "../invokedFunctions";

/**
 * A capability whose one argument names a Lambda function Bedrock invokes for the agent
 * (`{ lambdaFunction }`): the function gets a permission like an action group's, named by `key`,
 * and the role is granted nothing.
 * @param key names the function's permissions: two hyphens, which no action group name may hold,
 *   so that it never shares a permission's name with one
 * @internal
 */
export function agentFunction<Args>(
    argument: keyof Args & string,
    key: string,
    example: string,
): AgentCapability<Args> {
    return {
        invokedFunctions(args): InvokedFunction[] {
            const given = (args as Record<string, unknown>)[argument];
            if (given === undefined) {
                return [];
            }
            const { lambdaFunction } = mapArgument(argument, given, ["lambdaFunction"], example);
            return [{ key, argument: `${argument}.lambdaFunction`, value: lambdaFunction }];
        },
        grant: () => noGrants(),
    };
}
