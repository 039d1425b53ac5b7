// Who invokes the runtime: the callers' policy, for the principals that call it (an application's
// role, another runtime's). AgentCore authorizes each call on the runtime and on the endpoint
// called (resource-based-policies page: "hierarchical authorization"; a call without a qualifier
// calls DEFAULT), so each action is granted on both, for the endpoints named only. Actions: the
// Service Authorization Reference's runtime actions, each one of its own.
import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../../iam/argumentError";
import { mapArgument, matchingStrings, optionalBoolean } from "../../iam/argumentTypes";
import { IdentityStatement, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { CALLER_SOURCE_FIELDS, callerSourceCondition, CallerSourcesArgs } from "./callerSources";
import { agentCoreArn } from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";
import { ENDPOINT_NAME, ENDPOINT_WORDS } from "./runtimeInvocation";

/** How the callers invoke the runtime: what the component's `callerPolicy` grants them. */
export interface RuntimeCallerPolicyArgs extends CallerSourcesArgs {
    /**
     * The runtime's endpoints the callers invoke, by name (`prod`), at least one: each call is
     * authorized on the runtime and on the endpoint, so only these endpoints can be called.
     * `DEFAULT`, the endpoint a call without a qualifier reaches, only when named.
     */
    endpoints: pulumi.Input<pulumi.Input<string>[]>;
    /** Whether the callers may also open WebSocket streams (`InvokeAgentRuntimeWithWebSocketStream`). Default false. */
    webSocket?: pulumi.Input<boolean>;
    /**
     * Whether the callers may invoke as a user id they send (`InvokeAgentRuntimeForUser`, and its
     * WebSocket form with `webSocket`). Default false. IAM has no condition on the user id: it
     * lets the callers act as any user of the runtime, so give it only to a trusted front end.
     */
    anyUserId?: pulumi.Input<boolean>;
    /** Whether the callers may stop sessions (`StopRuntimeSession`). Default false. */
    stopSessions?: pulumi.Input<boolean>;
    /** Whether the callers may read the agent card of an A2A runtime (`GetAgentCard`). Default false. */
    agentCard?: pulumi.Input<boolean>;
    /**
     * Whether the callers may run shell commands inside a session's container
     * (`InvokeAgentRuntimeCommand`, `InvokeAgentRuntimeCommandShell`), which run with the runtime
     * role's credentials: a caller gets all the runtime role may do. Requires
     * `allowCommandEscalation`. Default false.
     */
    commands?: pulumi.Input<boolean>;
    /** The opt-in `commands` requires: that the callers may act with the runtime role's permissions. */
    allowCommandEscalation?: pulumi.Input<boolean>;
}

/** The callers of the runtime. */
export interface RuntimeCallersArgs {
    /** Who invokes the runtime, and how: the component then outputs `callerPolicy`. */
    callers?: pulumi.Input<RuntimeCallerPolicyArgs>;
}

const FIELDS: (keyof RuntimeCallerPolicyArgs)[] = [
    "endpoints",
    "webSocket",
    "anyUserId",
    "stopSessions",
    "agentCard",
    "commands",
    "allowCommandEscalation",
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
        const flag = (field: keyof RuntimeCallerPolicyArgs) =>
            optionalBoolean(`callers.${field}`, given[field]) === true;
        const escalation = flag("allowCommandEscalation");
        if (flag("commands") && !escalation) {
            throw new ArgumentError(
                "callers.commands",
                "runs shell commands in a session's container with the runtime role's credentials: set allowCommandEscalation: true too, to give the callers what the runtime role may do",
                "{ commands: true, allowCommandEscalation: true }",
            );
        }
        const runtime = agentCoreArn(context, `runtime/${context.resourceIds}`);
        const resources = [runtime, ...named.map((name) => `${runtime}/runtime-endpoint/${name}`)];
        const Condition = callerSourceCondition(given, "callers");
        const webSocket = flag("webSocket");
        const callers = (sid: string, actions: string[]): IdentityStatement =>
            statement({
                Sid: sid,
                Effect: "Allow",
                Action: actions.map((action) => `bedrock-agentcore:${action}`),
                Resource: resources,
                ...(Condition ? { Condition } : {}),
            });
        const statements = [
            callers("InvokeRuntime", [
                "InvokeAgentRuntime",
                ...(webSocket ? ["InvokeAgentRuntimeWithWebSocketStream"] : []),
            ]),
            ...(flag("anyUserId")
                ? [
                      callers("InvokeRuntimeForAnyUser", [
                          "InvokeAgentRuntimeForUser",
                          ...(webSocket ? ["InvokeAgentRuntimeWithWebSocketStreamForUser"] : []),
                      ]),
                  ]
                : []),
            ...(flag("stopSessions") ? [callers("StopRuntimeSessions", ["StopRuntimeSession"])] : []),
            ...(flag("agentCard") ? [callers("GetAgentCard", ["GetAgentCard"])] : []),
            ...(flag("commands")
                ? [
                      callers("RunCommandsInRuntimeSessions", [
                          "InvokeAgentRuntimeCommand",
                          "InvokeAgentRuntimeCommandShell",
                      ]),
                  ]
                : []),
        ];
        const warnings = [
            ...(flag("anyUserId")
                ? [
                      "callers.anyUserId lets the callers invoke the runtime as any user id they send (IAM has no condition on it): the runtime acts for whichever user they name",
                  ]
                : []),
            ...(flag("commands")
                ? [
                      "callers.commands lets the callers run shell commands in the runtime's sessions, with the runtime role's credentials",
                  ]
                : []),
        ];
        return { identity: [], keyPolicy: [], callers: statements, warnings };
    },
};
