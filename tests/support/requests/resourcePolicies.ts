// The requests a runtime's and a gateway's resource-based policies decide, as AWS presents them:
// calls by a role of another account, by OAuth callers AgentCore authenticates by token, and calls
// from outside the VPCs named. Written from AWS's pages and the fixtures' names (runtime
// support_agent, endpoint prod; gateway support-gateway), never from the package's statements.
import {
    allowed,
    ANONYMOUS,
    AwsRequest,
    Citation,
    denied,
    neighbour,
    RowSpec,
    AGENTCORE_GUIDE,
} from "./requestRows";
import { CALLED_RUNTIME, CALLERS_VPC } from "./callers";
import { ACCOUNT } from "../iamEvaluation";

const PAGES = {
    resourcePolicies: `${AGENTCORE_GUIDE}/resource-based-policies.html`,
    actions:
        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrockagentcore.html",
    globalKeys: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html",
};

/** The account the invoking principal is in, and the principal: a role of another account. */
export const INVOKING_ACCOUNT = "210987654321";
export const INVOKER = `arn:aws:iam::${INVOKING_ACCOUNT}:role/support-app` as const;
/** The gateway the resource policy is attached to: support-gateway's id. */
export const POLICY_GATEWAY = `arn:aws:bedrock-agentcore:us-east-1:${ACCOUNT}:gateway/support-gateway-abcdefghij`;
/** The endpoint of the runtime the callers call, whose policy is the runtime's too. */
export const POLICY_ENDPOINT = `${CALLED_RUNTIME}/runtime-endpoint/prod`;

const CROSS_ACCOUNT: Citation = {
    url: PAGES.resourcePolicies,
    shows: 'cross-account access: Principal {"AWS": "arn:aws:iam::123456789012:role/CrossAccountRole"} allowed bedrock-agentcore:InvokeAgentRuntime, with Resource the ARN of the runtime (and, on the endpoint\'s own policy, the endpoint\'s); cross-account callers need both policies',
};
const OAUTH: Citation = {
    url: PAGES.resourcePolicies,
    shows: 'OAuth-authenticated resources: Principal "*" is required, the JWT is validated before the policy; Sid AllowOAuthFromVPC narrows it with StringEquals aws:SourceVpc',
    unconfirmed:
        'AWS does not say as which principal the policy sees an OAuth caller: asked as an unsigned caller, whom only Principal "*" admits',
};
const VPC_DENY: Citation = {
    url: PAGES.resourcePolicies,
    shows: 'explicit deny for critical controls: Sid DenyAllExceptVPC, Principal "*", Deny, StringNotEquals aws:SourceVpc and Bool aws:ViaAWSService false; the page lists every runtime action a policy may name (InvokeAgentRuntime, ...ForUser, ...Command, ...CommandShell, ...WithWebSocketStream[ForUser], StopRuntimeSession, GetAgentCard)',
};
const GLOBAL_KEYS: Citation = {
    url: PAGES.globalKeys,
    shows: "aws:PrincipalAccount (the calling principal's account) and aws:ViaAWSService (false for a principal's own call) are in every request; aws:SourceVpc only through a VPC endpoint",
};

/** What AWS sends of a direct call by `principal`'s own credentials, from `vpc` when given. */
const direct = (account: string | undefined, vpc?: string): Record<string, string> => ({
    ...(account ? { "aws:PrincipalAccount": account } : {}),
    "aws:ViaAWSService": "false",
    ...(vpc ? { "aws:SourceVpc": vpc } : {}),
});

/** A call of `action` on the runtime and on its prod endpoint: each resource holds the same policy. */
function runtimeCall(
    at: string,
    principal: RowSpec["principal"],
    action: string,
    context: Record<string, string>,
    row: (spec: RowSpec) => AwsRequest,
    source: Citation,
): AwsRequest[] {
    return [
        ["runtime", CALLED_RUNTIME],
        ["endpoint", POLICY_ENDPOINT],
    ].map(([where, resource]) =>
        row({
            at: `${at}.${where}`,
            principal,
            action: `bedrock-agentcore:${action}`,
            resource,
            context,
            source,
        }),
    );
}

const RUNTIME_ACTIONS = [
    "InvokeAgentRuntime",
    "InvokeAgentRuntimeForUser",
    "InvokeAgentRuntimeWithWebSocketStream",
    "InvokeAgentRuntimeWithWebSocketStreamForUser",
    "InvokeAgentRuntimeCommand",
    "InvokeAgentRuntimeCommandShell",
    "StopRuntimeSession",
    "GetAgentCard",
];

/**
 * A runtime's resource-based policy: the other account's role invokes it from the VPC named; a role
 * of another account, or of another name, is not admitted; OAuth callers from the VPC named only;
 * every runtime action from outside the VPC is denied, to anyone.
 */
export const RUNTIME_RESOURCE_POLICY_REQUESTS: AwsRequest[] = [
    ...runtimeCall(
        "agentcore.runtimeResourcePolicy.otherAccount",
        INVOKER,
        "InvokeAgentRuntime",
        direct(INVOKING_ACCOUNT, CALLERS_VPC["aws:SourceVpc"]),
        allowed,
        CROSS_ACCOUNT,
    ),
    ...runtimeCall(
        "agentcore.runtimeResourcePolicy.thirdAccount",
        "arn:aws:iam::210987654320:role/support-app",
        "InvokeAgentRuntime",
        direct("210987654320", CALLERS_VPC["aws:SourceVpc"]),
        neighbour,
        CROSS_ACCOUNT,
    ),
    ...runtimeCall(
        "agentcore.runtimeResourcePolicy.otherRole",
        `arn:aws:iam::${INVOKING_ACCOUNT}:role/support-app-admin`,
        "InvokeAgentRuntime",
        direct(INVOKING_ACCOUNT, CALLERS_VPC["aws:SourceVpc"]),
        neighbour,
        CROSS_ACCOUNT,
    ),
    ...runtimeCall(
        "agentcore.runtimeResourcePolicy.oauth",
        ANONYMOUS,
        "InvokeAgentRuntime",
        direct(undefined, CALLERS_VPC["aws:SourceVpc"]),
        allowed,
        OAUTH,
    ),
    ...runtimeCall(
        "agentcore.runtimeResourcePolicy.oauthOutside",
        ANONYMOUS,
        "InvokeAgentRuntime",
        direct(undefined, "vpc-99999999"),
        denied,
        VPC_DENY,
    ),
    ...RUNTIME_ACTIONS.flatMap((action) => [
        ...runtimeCall(
            `agentcore.runtimeResourcePolicy.outsideVpc`,
            INVOKER,
            action,
            direct(INVOKING_ACCOUNT),
            denied,
            VPC_DENY,
        ),
        ...runtimeCall(
            `agentcore.runtimeResourcePolicy.otherVpc`,
            INVOKER,
            action,
            direct(INVOKING_ACCOUNT, "vpc-99999999"),
            denied,
            GLOBAL_KEYS,
        ),
    ]),
];

const SUPPORTED_ACTIONS: Citation = {
    url: PAGES.resourcePolicies,
    shows: "the runtime actions a runtime's policy may name: InvokeAgentRuntimeWithWebSocketStream, StopRuntimeSession, GetAgentCard, InvokeAgentRuntimeCommand (execute a shell command in an active runtime session), InvokeAgentRuntimeCommandShell; each authorized on the runtime and on the endpoint (hierarchical authorization)",
};

/**
 * The other account's role, from the VPC named, calling the runtime's further actions: what a
 * runtime's resourcePolicy gives it only when asked (webSocket, stopSessions, agentCard, commands).
 */
export const ASKED_RUNTIME_RESOURCE_POLICY_REQUESTS: AwsRequest[] = [
    "InvokeAgentRuntimeWithWebSocketStream",
    "StopRuntimeSession",
    "GetAgentCard",
    "InvokeAgentRuntimeCommand",
    "InvokeAgentRuntimeCommandShell",
].flatMap((action) =>
    runtimeCall(
        "agentcore.runtimeResourcePolicyAsked",
        INVOKER,
        action,
        direct(INVOKING_ACCOUNT, CALLERS_VPC["aws:SourceVpc"]),
        allowed,
        SUPPORTED_ACTIONS,
    ),
);

const gatewayCall = (
    at: string,
    principal: RowSpec["principal"],
    context: Record<string, string>,
    row: (spec: RowSpec) => AwsRequest,
    source: Citation,
    resource = POLICY_GATEWAY,
): AwsRequest => row({ at, principal, action: "bedrock-agentcore:InvokeGateway", resource, context, source });

/**
 * A gateway's resource-based policy: the other account's role and OAuth callers invoke it from the
 * VPC named; a third account's role is not admitted; calls from elsewhere are denied to anyone.
 */
export const GATEWAY_RESOURCE_POLICY_REQUESTS: AwsRequest[] = [
    gatewayCall(
        "agentcore.gatewayResourcePolicy.otherAccount",
        INVOKER,
        direct(INVOKING_ACCOUNT, CALLERS_VPC["aws:SourceVpc"]),
        allowed,
        CROSS_ACCOUNT,
    ),
    gatewayCall(
        "agentcore.gatewayResourcePolicy.oauth",
        ANONYMOUS,
        direct(undefined, CALLERS_VPC["aws:SourceVpc"]),
        allowed,
        OAUTH,
    ),
    gatewayCall(
        "agentcore.gatewayResourcePolicy.thirdAccount",
        "arn:aws:iam::210987654320:role/support-app",
        direct("210987654320", CALLERS_VPC["aws:SourceVpc"]),
        neighbour,
        CROSS_ACCOUNT,
    ),
    gatewayCall(
        "agentcore.gatewayResourcePolicy.outsideVpc",
        INVOKER,
        direct(INVOKING_ACCOUNT),
        denied,
        VPC_DENY,
    ),
    gatewayCall(
        "agentcore.gatewayResourcePolicy.oauthOutside",
        ANONYMOUS,
        direct(undefined, "vpc-99999999"),
        denied,
        VPC_DENY,
    ),
];
