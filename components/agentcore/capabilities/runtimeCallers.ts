// Who invokes the runtime: the callers' policy, for the principals that call it (an application's
// role, another runtime's). AgentCore authorizes each call on the runtime and on the endpoint
// called (resource-based-policies page: "hierarchical authorization"; a call without a qualifier
// calls DEFAULT), so each action is granted on both, for the endpoints named only. Actions: the
// Service Authorization Reference's runtime actions, each one of its own.
import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../../iam/argumentError";
import { mapArgument, matchingStrings } from "../../iam/argumentTypes";
import { statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { CALLER_SOURCE_FIELDS, callerSourceCondition, CallerSourcesArgs } from "./callerSources";
import { agentCoreArn } from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";
import { ENDPOINT_NAME, ENDPOINT_WORDS } from "./runtimeInvocation";
import { RUNTIME_ACTION_FIELDS, RuntimeActionArgs, runtimeActions } from "./runtimeActions";

/** How the callers invoke the runtime: what the component's `callerPolicy` grants them. */
export interface RuntimeCallerPolicyArgs extends RuntimeActionArgs, CallerSourcesArgs {
    /**
     * The runtime's endpoints the callers invoke, by name (`prod`), at least one: each call is
     * authorized on the runtime and on the endpoint, so only these endpoints can be called.
     * `DEFAULT`, the endpoint a call without a qualifier reaches, only when named.
     */
    endpoints: pulumi.Input<pulumi.Input<string>[]>;
}

/** The callers of the runtime. */
export interface RuntimeCallersArgs {
    /** Who invokes the runtime, and how: the component then outputs `callerPolicy`. */
    callers?: pulumi.Input<RuntimeCallerPolicyArgs>;
}

const FIELDS: (keyof RuntimeCallerPolicyArgs)[] = [
    "endpoints",
    ...RUNTIME_ACTION_FIELDS,
    ...CALLER_SOURCE_FIELDS,
];
const EXAMPLE = '{ endpoints: ["prod"] }';

/** The endpoints, checked: at least one, each a name AgentCore accepts. */
function endpoints(given: Record<string, unknown>): string[] {
    if (given.endpoints === undefined) {
        throw new ArgumentError(
            "callers.endpoints",
            "is required: name the endpoints the callers invoke (DEFAULT, what a call without a qualifier reaches, only if they call it)",
            '["prod"]',
        );
    }
    const names = matchingStrings(
        "callers.endpoints",
        given.endpoints,
        ENDPOINT_NAME,
        ENDPOINT_WORDS,
        "prod",
    );
    if (names.length === 0) {
        throw new ArgumentError("callers.endpoints", "is empty: name at least one endpoint", '["prod"]');
    }
    return names;
}

/**
 * The runtime's callers: `InvokeAgentRuntime` (and what else is asked) on the runtime's ids and
 * the endpoints named, in the callers' policy; nothing on the role.
 * @internal
 */
export const runtimeCallers: AgentCoreCapability<RuntimeCallersArgs> = {
    grant(args, context) {
        if (args.callers === undefined) {
            return noGrants();
        }
        const given = mapArgument("callers", args.callers, FIELDS, EXAMPLE);
        const named = endpoints(given);
        const { groups, warnings } = runtimeActions(given, "callers", "the callers");
        const runtime = agentCoreArn(context, `runtime/${context.resourceIds}`);
        const resources = [runtime, ...named.map((name) => `${runtime}/runtime-endpoint/${name}`)];
        const Condition = callerSourceCondition(given, "callers");
        const statements = groups.map(({ sid, actions }) =>
            statement({
                Sid: sid,
                Effect: "Allow",
                Action: actions,
                Resource: resources,
                ...(Condition ? { Condition } : {}),
            }),
        );
        return { identity: [], keyPolicy: [], callers: statements, warnings };
    },
};
