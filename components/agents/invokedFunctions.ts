import type { Capability, GrantContext } from "../grants/grant";
import type { AgentPlanned } from "./lateArguments";

/** A Lambda function an agent invokes, as given in the args. @internal */
export interface InvokedFunction {
    /** Names the function's permissions: unique among the component's functions. */
    key: string;
    /** Path of the argument holding the function, for errors. */
    argument: string;
    /** The function's name or ARN, as given: any value, checked once it resolves. */
    value: unknown;
}

/**
 * One thing an agent can be granted: a capability that reads its args without their late values,
 * and may make Lambda functions invocable by the agent.
 * @internal
 */
export interface AgentCapability<Args> extends Capability<Args, GrantContext, AgentPlanned<Args>> {
    /** The Lambda functions it makes invocable, read from the args as given (before they resolve). */
    invokedFunctions?(args: Args): InvokedFunction[];
}
