// The requests the callers of a runtime and of a gateway make, as AWS presents them: each call of
// a runtime is authorized on the runtime and on the endpoint it reaches, so every action appears
// twice. Written from AWS's pages and the fixtures' names (tests/support/agentCoreFixtures.ts:
// runtime support_agent, gateway support-gateway, memory support_memory), never from the package's statements; joined into
// tests/support/awsRequests.ts's table.
import { allowed, AwsRequest, Citation, neighbour, RowSpec, AGENTCORE_GUIDE } from "./requestRows";
import { ACCOUNT, OTHER_ACCOUNT } from "../iamEvaluation";

const PAGES = {
    resourcePolicies: `${AGENTCORE_GUIDE}/resource-based-policies.html`,
    actions:
        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrockagentcore.html",
    globalKeys: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html",
    gatewayInbound: `${AGENTCORE_GUIDE}/gateway-inbound-auth.html#gateway-inbound-auth-iam`,
    memoryNamespaces: `${AGENTCORE_GUIDE}/memory-organization.html`,
    selfManaged: `${AGENTCORE_GUIDE}/memory-self-managed-strategies.html`,
    createEvent: "https://docs.aws.amazon.com/bedrock-agentcore/latest/APIReference/API_CreateEvent.html",
};

const agentCoreArn = (resource: string, account = ACCOUNT) =>
    `arn:aws:bedrock-agentcore:us-east-1:${account}:${resource}`;
/** The runtime the callers call: support_agent, as AgentCore names its id; and its endpoints. */
export const CALLED_RUNTIME = agentCoreArn("runtime/support_agent-AbCdE12345");
const endpoint = (name: string, runtime = CALLED_RUNTIME) => `${runtime}/runtime-endpoint/${name}`;

const BOTH: Citation = {
    url: PAGES.resourcePolicies,
    shows: "hierarchical authorization: an operation on an agent runtime is authorized on the runtime and on the endpoint it is invoked through (DEFAULT without a qualifier); identity policies must allow both ARNs",
};
const ACTION = (action: string): Citation => ({
    url: PAGES.actions,
    shows: `${action}: resource types runtime* and runtime-endpoint*, no condition key of its own`,
});
/** The VPC an AgentCore interface endpoint's calls come from, as the global keys carry it. */
export const CALLERS_VPC = { "aws:SourceVpce": "vpce-0a1b2c3d4e5f60718", "aws:SourceVpc": "vpc-1a2b3c4d" };
const THROUGH_VPC: Citation = {
    url: PAGES.globalKeys,
    shows: "aws:SourceVpce (the VPC endpoint's id) and aws:SourceVpc (the VPC's id) are present when a request comes through a VPC endpoint; the resource-based-policies page's VPC examples condition AgentCore calls on aws:SourceVpc",
};

/** A caller's call of `action` on the runtime and on `endpointName`: the two requests AWS makes of it. */
function call(
    at: string,
    action: string,
    endpointName: string,
    row: (spec: RowSpec) => AwsRequest = allowed,
    runtime = CALLED_RUNTIME,
): AwsRequest[] {
    const spec = (where: string, resource: string): RowSpec => ({
        at: `${at}.${where}`,
        principal: "caller",
        action: `bedrock-agentcore:${action}`,
        resource,
        source: where === "runtime" ? BOTH : ACTION(action),
    });
    return [row(spec("runtime", runtime)), row(spec("endpoint", endpoint(endpointName, runtime)))];
}

/**
 * The callers' requests: through the prod endpoint, by HTTP and WebSocket, stopping sessions and
 * reading the agent card; their neighbours: the DEFAULT endpoint not named, the command and
 * user-id actions not asked, a runtime whose name extends ours, another account's runtime.
 */
export const RUNTIME_CALLER_REQUESTS: AwsRequest[] = [
    ...call("agentcore.runtimeCallers.invoke", "InvokeAgentRuntime", "prod"),
    ...call("agentcore.runtimeCallers.webSocket", "InvokeAgentRuntimeWithWebSocketStream", "prod"),
    ...call("agentcore.runtimeCallers.stopSessions", "StopRuntimeSession", "prod"),
    ...call("agentcore.runtimeCallers.agentCard", "GetAgentCard", "prod"),
    ...call("agentcore.runtimeCallers.throughVpc", "InvokeAgentRuntime", "prod").map((row) => ({
        ...row,
        context: CALLERS_VPC,
        source: THROUGH_VPC,
    })),
    neighbour({
        at: "agentcore.runtimeCallers.defaultEndpoint",
        principal: "caller",
        action: "bedrock-agentcore:InvokeAgentRuntime",
        resource: endpoint("DEFAULT"),
        source: BOTH,
    }),
    ...call("agentcore.runtimeCallers.commands", "InvokeAgentRuntimeCommand", "prod", neighbour),
    ...call("agentcore.runtimeCallers.commandShell", "InvokeAgentRuntimeCommandShell", "prod", neighbour),
    ...call("agentcore.runtimeCallers.forUser", "InvokeAgentRuntimeForUser", "prod", neighbour),
    ...call(
        "agentcore.runtimeCallers.longerName",
        "InvokeAgentRuntime",
        "prod",
        neighbour,
        agentCoreArn("runtime/support_agent_v2-AbCdE12345"),
    ),
    ...call(
        "agentcore.runtimeCallers.otherAccount",
        "InvokeAgentRuntime",
        "prod",
        neighbour,
        agentCoreArn("runtime/support_agent-AbCdE12345", OTHER_ACCOUNT),
    ),
];

const GATEWAY_CALLER: Citation = {
    url: PAGES.gatewayInbound,
    shows: "IAM-based inbound authorization: the caller's identity policy allows bedrock-agentcore:InvokeGateway on \"arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/my-gateway-12345\", the gateway's id",
};
const gatewayCall = (at: string, gatewayId: string, row = allowed, account = ACCOUNT): AwsRequest =>
    row({
        at,
        principal: "caller",
        action: "bedrock-agentcore:InvokeGateway",
        resource: agentCoreArn(`gateway/${gatewayId}`, account),
        source: GATEWAY_CALLER,
    });

/**
 * The gateway callers' requests: InvokeGateway on the gateway support-gateway's id, directly and
 * through a VPC endpoint; their neighbours: a gateway whose name extends ours (names may hold
 * `-`), another account's gateway of the name.
 */
export const GATEWAY_CALLER_REQUESTS: AwsRequest[] = [
    gatewayCall("agentcore.gatewayCallers.invoke", "support-gateway-abcdefghij"),
    {
        ...gatewayCall("agentcore.gatewayCallers.throughVpc", "support-gateway-abcdefghij"),
        context: CALLERS_VPC,
    },
    gatewayCall("agentcore.gatewayCallers.longerName", "support-gateway-2-abcdefghij", neighbour),
    gatewayCall(
        "agentcore.gatewayCallers.otherAccount",
        "support-gateway-abcdefghij",
        neighbour,
        OTHER_ACCOUNT,
    ),
];

const MEMORY = agentCoreArn("memory/support_memory-AbCdE12345");
/** The actor, session and namespace the memory's callers are narrowed to in the tests. */
export const MEMORY_CALLER = { actorId: "user-1", sessionId: "session-1", namespace: "/users/user-1/" };
const EVENT_KEYS: Citation = {
    url: PAGES.actions,
    shows: "CreateEvent, GetEvent, ListEvents, DeleteEvent: resource type memory*, condition keys bedrock-agentcore:actorId and bedrock-agentcore:sessionId; ListSessions: bedrock-agentcore:actorId",
};
const EVENT_FORMS: Citation = {
    url: PAGES.createEvent,
    shows: "actorId ([a-zA-Z0-9][a-zA-Z0-9-_/]*(?::[a-zA-Z0-9-_/]+)*[a-zA-Z0-9-_/]*, may hold / and :) and sessionId ([a-zA-Z0-9][a-zA-Z0-9-_]*) of each event: actor user-10 is another actor, not a prefix of user-1's",
};
const RECORD_KEYS: Citation = {
    url: PAGES.memoryNamespaces,
    shows: 'restrict access with IAM: RetrieveMemoryRecords with "StringEquals": { "bedrock-agentcore:namespace": "summaries/agent1/" }; use a trailing "/" so that one namespace is no prefix of another',
};
const memoryCall = (
    at: string,
    action: string,
    context: Record<string, string>,
    source: Citation,
    row = allowed,
    resource = MEMORY,
): AwsRequest =>
    row({ at, principal: "caller", action: `bedrock-agentcore:${action}`, resource, context, source });
const actor = { "bedrock-agentcore:actorId": MEMORY_CALLER.actorId };
const event = { ...actor, "bedrock-agentcore:sessionId": MEMORY_CALLER.sessionId };
const namespace = { "bedrock-agentcore:namespace": MEMORY_CALLER.namespace };

/**
 * The memory callers' requests, narrowed to actor user-1, session session-1 and namespace
 * /users/user-1/: its events, sessions and records, and the self-managed pipeline's writes and
 * payload reads; their neighbours: actor user-10, another session, namespace /users/user-10/,
 * a memory whose name extends ours.
 */
export const MEMORY_CALLER_REQUESTS: AwsRequest[] = [
    ...["CreateEvent", "GetEvent", "ListEvents"].map((action) =>
        memoryCall("agentcore.memoryCallers.events", action, event, EVENT_KEYS),
    ),
    memoryCall("agentcore.memoryCallers.sessions", "ListSessions", actor, EVENT_KEYS),
    ...["ListMemoryRecords", "RetrieveMemoryRecords"].map((action) =>
        memoryCall("agentcore.memoryCallers.records", action, namespace, RECORD_KEYS),
    ),
    memoryCall(
        "agentcore.memoryCallers.otherActor",
        "CreateEvent",
        { ...event, "bedrock-agentcore:actorId": "user-10" },
        EVENT_FORMS,
        neighbour,
    ),
    memoryCall(
        "agentcore.memoryCallers.otherSession",
        "GetEvent",
        { ...event, "bedrock-agentcore:sessionId": "session-10" },
        EVENT_FORMS,
        neighbour,
    ),
    memoryCall(
        "agentcore.memoryCallers.otherNamespace",
        "RetrieveMemoryRecords",
        { "bedrock-agentcore:namespace": "/users/user-10/" },
        RECORD_KEYS,
        neighbour,
    ),
    memoryCall(
        "agentcore.memoryCallers.longerName",
        "CreateEvent",
        event,
        EVENT_KEYS,
        neighbour,
        agentCoreArn("memory/support_memory_v2-AbCdE12345"),
    ),
];

const PIPELINE: Citation = {
    url: PAGES.selfManaged,
    shows: "the self-managed strategy's pipeline reads the payload AgentCore delivered to the bucket and writes the records it extracts with BatchCreateMemoryRecords, BatchUpdateMemoryRecords and BatchDeleteMemoryRecords, reading existing records to consolidate",
};

/** The self-managed pipeline's requests: its record writes on the memory, and a payload's read. */
export const MEMORY_PIPELINE_REQUESTS: AwsRequest[] = [
    ...["BatchCreateMemoryRecords", "BatchUpdateMemoryRecords"].map((action) =>
        memoryCall("agentcore.memoryPipeline.records", action, namespace, PIPELINE),
    ),
    ...["BatchDeleteMemoryRecords", "GetMemoryRecord"].map((action) =>
        memoryCall("agentcore.memoryPipeline.records", action, {}, PIPELINE),
    ),
    allowed({
        at: "agentcore.memoryPipeline.payloads",
        principal: "caller",
        action: "s3:GetObject",
        resource: "arn:aws:s3:::memory-payloads/extraction/2026/12/03/payload-0001.json",
        context: { "aws:ResourceAccount": ACCOUNT },
        source: {
            ...PIPELINE,
            unconfirmed:
                "the payloads' object keys are AgentCore's; the row uses a key of its own under the bucket",
        },
    }),
];

const CALLED = agentCoreArn("runtime/billing_agent-AbCdE12345");
const AGENT_CARD: Citation = {
    url: PAGES.actions,
    shows: "GetAgentCard: resource types runtime* and runtime-endpoint*, like InvokeAgentRuntime; AgentCore authorizes each on the runtime and the endpoint (resource-based-policies page)",
};
/** A runtime's code calling another runtime with its role: the two requests of each call. */
const roleCall = (
    at: string,
    action: string,
    runtime: string,
    endpointName: string,
    source: Citation,
    row = allowed,
) => [
    row({
        at: `${at}.runtime`,
        principal: "role",
        action: `bedrock-agentcore:${action}`,
        resource: runtime,
        source,
    }),
    row({
        at: `${at}.endpoint`,
        principal: "role",
        action: `bedrock-agentcore:${action}`,
        resource: endpoint(endpointName, runtime),
        source,
    }),
];

/**
 * A runtime's role calling runtime billing_agent through DEFAULT, and reading its agent card;
 * neighbours: its prod endpoint, not named, and a runtime whose name extends it.
 */
export const CALLED_RUNTIME_REQUESTS: AwsRequest[] = [
    ...roleCall("agentcore.calledRuntimes.invoke", "InvokeAgentRuntime", CALLED, "DEFAULT", BOTH),
    ...roleCall("agentcore.calledRuntimes.agentCard", "GetAgentCard", CALLED, "DEFAULT", AGENT_CARD),
    neighbour({
        at: "agentcore.calledRuntimes.otherEndpoint",
        principal: "role",
        action: "bedrock-agentcore:InvokeAgentRuntime",
        resource: endpoint("prod", CALLED),
        source: BOTH,
    }),
    ...roleCall(
        "agentcore.calledRuntimes.longerName",
        "InvokeAgentRuntime",
        agentCoreArn("runtime/billing_agent_v2-AbCdE12345"),
        "DEFAULT",
        BOTH,
        neighbour,
    ),
];
