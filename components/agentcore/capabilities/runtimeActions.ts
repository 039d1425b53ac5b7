// Which of a runtime's actions a principal is given, whether by the callers' policy or by the
// runtime's resource-based policy: each is a separate action of the Service Authorization
// Reference, and the command actions run with the runtime role's credentials
// (resource-based-policies page: "Execute a shell command in an active runtime session").
import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../../iam/argumentError";
import { optionalBoolean } from "../../iam/argumentTypes";

/** Beyond `InvokeAgentRuntime`, which of a runtime's actions are given. */
export interface RuntimeActionArgs {
    /** Whether WebSocket streams may also be opened (`InvokeAgentRuntimeWithWebSocketStream`). Default false. */
    webSocket?: pulumi.Input<boolean>;
    /**
     * Whether the runtime may be invoked as a user id the caller sends (`InvokeAgentRuntimeForUser`,
     * and its WebSocket form with `webSocket`). Default false. IAM has no condition on the user id:
     * it lets the caller act as any user of the runtime, so give it only to a trusted front end.
     */
    anyUserId?: pulumi.Input<boolean>;
    /** Whether sessions may be stopped (`StopRuntimeSession`). Default false. */
    stopSessions?: pulumi.Input<boolean>;
    /** Whether the agent card of an A2A runtime may be read (`GetAgentCard`). Default false. */
    agentCard?: pulumi.Input<boolean>;
    /**
     * Whether shell commands may be run inside a session's container (`InvokeAgentRuntimeCommand`,
     * `InvokeAgentRuntimeCommandShell`), which run with the runtime role's credentials: the caller
     * gets all the runtime role may do. Requires `allowCommandEscalation`. Default false.
     */
    commands?: pulumi.Input<boolean>;
    /** The opt-in `commands` requires: that the caller may act with the runtime role's permissions. */
    allowCommandEscalation?: pulumi.Input<boolean>;
}

/** The fields of {@link RuntimeActionArgs}. @internal */
export const RUNTIME_ACTION_FIELDS: (keyof RuntimeActionArgs)[] = [
    "webSocket",
    "anyUserId",
    "stopSessions",
    "agentCard",
    "commands",
    "allowCommandEscalation",
];

/**
 * Every action AgentCore authorizes on a runtime and its endpoint (the Service Authorization
 * Reference's runtime actions; the resource-based-policies page lists the same as what a runtime's
 * policy may name): what a VPC restriction denies.
 * @internal
 */
export const RUNTIME_ACTIONS = [
    "InvokeAgentRuntime",
    "InvokeAgentRuntimeForUser",
    "InvokeAgentRuntimeWithWebSocketStream",
    "InvokeAgentRuntimeWithWebSocketStreamForUser",
    "InvokeAgentRuntimeCommand",
    "InvokeAgentRuntimeCommandShell",
    "StopRuntimeSession",
    "GetAgentCard",
].map((action) => `bedrock-agentcore:${action}`);

/** A group of a runtime's actions given together: the Sid a callers' policy writes it under. */
export interface RuntimeActionGroup {
    sid: string;
    actions: string[];
}

/** The actions asked, in groups, and the warnings the risky ones deserve. */
export interface RuntimeActions {
    groups: RuntimeActionGroup[];
    warnings: string[];
}

/**
 * The runtime actions the fields ask for: `InvokeAgentRuntime` always, the rest when asked.
 * @param argument the argument holding the fields (`callers`), for errors and warnings
 * @param who whom the actions are given to, for warnings (`the callers`)
 * @throws ArgumentError for a field that is not a boolean, or `commands` without the opt-in
 * @internal
 */
export function runtimeActions(
    given: Record<string, unknown>,
    argument: string,
    who: string,
): RuntimeActions {
    const flag = (field: keyof RuntimeActionArgs) =>
        optionalBoolean(`${argument}.${field}`, given[field]) === true;
    const escalation = flag("allowCommandEscalation");
    if (flag("commands") && !escalation) {
        throw new ArgumentError(
            `${argument}.commands`,
            `runs shell commands in a session's container with the runtime role's credentials: set allowCommandEscalation: true too, to give ${who} what the runtime role may do`,
            "{ commands: true, allowCommandEscalation: true }",
        );
    }
    const webSocket = flag("webSocket");
    const named = (...actions: string[]) => actions.map((action) => `bedrock-agentcore:${action}`);
    const groups: RuntimeActionGroup[] = [
        {
            sid: "InvokeRuntime",
            actions: named(
                "InvokeAgentRuntime",
                ...(webSocket ? ["InvokeAgentRuntimeWithWebSocketStream"] : []),
            ),
        },
    ];
    const warnings: string[] = [];
    if (flag("anyUserId")) {
        groups.push({
            sid: "InvokeRuntimeForAnyUser",
            actions: named(
                "InvokeAgentRuntimeForUser",
                ...(webSocket ? ["InvokeAgentRuntimeWithWebSocketStreamForUser"] : []),
            ),
        });
        warnings.push(
            `${argument}.anyUserId lets ${who} invoke the runtime as any user id they send (IAM has no condition on it): the runtime acts for whichever user they name`,
        );
    }
    if (flag("stopSessions")) {
        groups.push({ sid: "StopRuntimeSessions", actions: named("StopRuntimeSession") });
    }
    if (flag("agentCard")) {
        groups.push({ sid: "GetAgentCard", actions: named("GetAgentCard") });
    }
    if (flag("commands")) {
        groups.push({
            sid: "RunCommandsInRuntimeSessions",
            actions: named("InvokeAgentRuntimeCommand", "InvokeAgentRuntimeCommandShell"),
        });
        warnings.push(
            `${argument}.commands lets ${who} run shell commands in the runtime's sessions, with the runtime role's credentials`,
        );
    }
    return { groups, warnings };
}
