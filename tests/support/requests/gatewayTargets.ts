// The requests an AgentCore gateway makes with its role to the targets it signs for: an API
// Gateway stage, another runtime's endpoint, another gateway, a Lambda function URL; and the
// user-bound workload token of an authorization-code target. Gateway `support-gateway` (id
// support-gateway-abcdefghij), as in agentCoreFixtures.ts; each row cites the AWS page that shows
// its form.
import { AwsRequest, Citation, requestRow, AGENTCORE_GUIDE } from "./requestRows";
import { agentCoreArn } from "../agentCoreFixtures";
import { ACCOUNT } from "../iamEvaluation";

const PAGES = {
    apiGatewayTarget: `${AGENTCORE_GUIDE}/gateway-target-api-gateway.html`,
    apiExecutionArns:
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-iam-policy-examples-for-api-execution.html",
    executeApiActions:
        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonapigateway.html",
    runtimeForGateway: `${AGENTCORE_GUIDE}/runtime-oauth.html#runtime-restrict-iam-gateway`,
    hierarchicalAuthorization: `${AGENTCORE_GUIDE}/resource-based-policies.html`,
    mcpServerTarget: `${AGENTCORE_GUIDE}/gateway-target-MCPservers.html`,
    functionUrls: "https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html",
    agentCoreActions:
        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrockagentcore.html",
};

/** A request of the role, named `<at>.<Action>`, `.neighbour` after a neighbour's. */
const row = (
    at: string,
    action: string,
    resource: string,
    source: Citation,
    expected: AwsRequest["expected"] = "Allowed",
    context: AwsRequest["context"] = {},
): AwsRequest => requestRow({ at, principal: "role", action, resource, source, context }, expected);

const execution = (path: string, api = "a1b2c3d4e5") =>
    `arn:aws:execute-api:us-east-1:${ACCOUNT}:${api}/${path}`;
const API_GATEWAY: Citation = {
    url: PAGES.apiGatewayTarget,
    shows: `with the gateway's role as outbound authorization the role needs execute-api:Invoke on arn:aws:execute-api:region:account:rest-api-id/stage/*/*; execution ARNs are <apiId>/<stage>/<METHOD>/<resource path> (${PAGES.apiExecutionArns}: …:a123456789/test/POST/my-demo-resource-path/*, …:api-id/*/GET/pets)`,
    unconfirmed:
        "that a request to /pets/42 is evaluated as …/GET/pets/42 (the path as requested, not as defined with {petId}) is API Gateway's standard behaviour, not re-read this round",
};
const API_NEIGHBOUR: Citation = {
    ...API_GATEWAY,
    shows: `${API_GATEWAY.shows}; the target exposes GET /pets/{petId} and POST /pets of stage prod only`,
};

const RUNTIME = agentCoreArn("runtime/orders_mcp-AbCdE12345");
const RUNTIME_TARGET: Citation = {
    url: PAGES.runtimeForGateway,
    shows: `"the gateway assumes its service role to sign requests to the runtime, so the gateway role is the principal that invokes the runtime": bedrock-agentcore:InvokeAgentRuntime, authorized on the runtime and the endpoint invoked, DEFAULT when no qualifier is given (${PAGES.hierarchicalAuthorization}; ${PAGES.agentCoreActions}: runtime and runtime-endpoint both required)`,
};
const RUNTIME_NEIGHBOUR: Citation = {
    ...RUNTIME_TARGET,
    shows: `${RUNTIME_TARGET.shows}; the target invokes endpoint DEFAULT of runtime orders_mcp only (runtime ids are <name>-<ten characters>)`,
};

const GATEWAY_TARGET: Citation = {
    url: PAGES.mcpServerTarget,
    shows: `an MCP server target signed with the gateway's role must sit behind a service that verifies SigV4, AgentCore Gateway among them (iamCredentialProvider service bedrock-agentcore); InvokeGateway is authorized on gateway/<GatewayId> (${PAGES.agentCoreActions})`,
};

const FUNCTION = (name: string) => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`;
const FUNCTION_URL: Citation = {
    url: PAGES.functionUrls,
    shows: `"Starting in October 2025, new function URLs will require both lambda:InvokeFunctionUrl and lambda:InvokeFunction permissions"; the page's AWS_IAM policies condition InvokeFunctionUrl on "lambda:FunctionUrlAuthType": "AWS_IAM" and InvokeFunction on "lambda:InvokedViaFunctionUrl": "true"; function URLs are an MCP server target the gateway signs with its role (${PAGES.mcpServerTarget})`,
    unconfirmed:
        "that both keys are in the request context of an identity-policy evaluation of the invoke rests on the page's resource-policy examples; the SAR lists FunctionUrlAuthType among InvokeFunctionUrl's keys and InvokedViaFunctionUrl among InvokeFunction's",
};
const URL_CONTEXT = { "lambda:FunctionUrlAuthType": "AWS_IAM" };
const VIA_URL = { "lambda:InvokedViaFunctionUrl": "true" };

const DIRECTORY = agentCoreArn("workload-identity-directory/default");
const USER_TOKENS: Citation = {
    url: PAGES.mcpServerTarget,
    shows: `authorization-code (3LO) targets get a token bound to the user; GetWorkloadAccessTokenForJWT is authorized on the workload-identity directory and the workload identity (${PAGES.agentCoreActions})`,
    unconfirmed:
        "that the gateway's role, not AgentCore itself, calls GetWorkloadAccessTokenForJWT for a gateway with a JWT authorizer is not documented (AWS support, aws/bedrock-agentcore-sdk-typescript#37: \"the gateway generates the workload access token\"); the workload identity's name is the gateway's id (a field record of a live gateway)",
};

/** Every request of the gateway's targets, allowed and neighbours. */
export const GATEWAY_TARGET_REQUESTS: readonly AwsRequest[] = [
    row(
        "agentcore.gateway.apiGateway.parameter",
        "execute-api:Invoke",
        execution("prod/GET/pets/42"),
        API_GATEWAY,
    ),
    row(
        "agentcore.gateway.apiGateway.literal",
        "execute-api:Invoke",
        execution("prod/POST/pets"),
        API_GATEWAY,
    ),
    row(
        "agentcore.gateway.apiGateway.method",
        "execute-api:Invoke",
        execution("prod/DELETE/pets/42"),
        API_NEIGHBOUR,
        "ImplicitlyDenied",
    ),
    row(
        "agentcore.gateway.apiGateway.stage",
        "execute-api:Invoke",
        execution("test/GET/pets/42"),
        API_NEIGHBOUR,
        "ImplicitlyDenied",
    ),
    row(
        "agentcore.gateway.apiGateway.path",
        "execute-api:Invoke",
        execution("prod/GET/owners/7"),
        API_NEIGHBOUR,
        "ImplicitlyDenied",
    ),
    row(
        "agentcore.gateway.apiGateway.api",
        "execute-api:Invoke",
        execution("prod/GET/pets/42", "f6g7h8i9j0"),
        API_NEIGHBOUR,
        "ImplicitlyDenied",
    ),
    row("agentcore.gateway.runtime.runtime", "bedrock-agentcore:InvokeAgentRuntime", RUNTIME, RUNTIME_TARGET),
    row(
        "agentcore.gateway.runtime.endpoint",
        "bedrock-agentcore:InvokeAgentRuntime",
        `${RUNTIME}/runtime-endpoint/DEFAULT`,
        RUNTIME_TARGET,
    ),
    row(
        "agentcore.gateway.runtime.endpoint",
        "bedrock-agentcore:InvokeAgentRuntime",
        `${RUNTIME}/runtime-endpoint/live`,
        RUNTIME_NEIGHBOUR,
        "ImplicitlyDenied",
    ),
    row(
        "agentcore.gateway.runtime.runtime",
        "bedrock-agentcore:InvokeAgentRuntime",
        agentCoreArn("runtime/orders_mcp_admin-AbCdE12345"),
        RUNTIME_NEIGHBOUR,
        "ImplicitlyDenied",
    ),
    row(
        "agentcore.gateway.gatewayTarget",
        "bedrock-agentcore:InvokeGateway",
        agentCoreArn("gateway/orders-gateway-abcdefghij"),
        GATEWAY_TARGET,
    ),
    row(
        "agentcore.gateway.gatewayTarget",
        "bedrock-agentcore:InvokeGateway",
        agentCoreArn("gateway/orders-gateway-admin-abcdefghij"),
        GATEWAY_TARGET,
        "ImplicitlyDenied",
    ),
    row(
        "agentcore.gateway.functionUrl",
        "lambda:InvokeFunctionUrl",
        FUNCTION("orders-mcp"),
        FUNCTION_URL,
        "Allowed",
        URL_CONTEXT,
    ),
    row(
        "agentcore.gateway.functionUrl",
        "lambda:InvokeFunction",
        FUNCTION("orders-mcp"),
        FUNCTION_URL,
        "Allowed",
        VIA_URL,
    ),
    row(
        "agentcore.gateway.functionUrl",
        "lambda:InvokeFunctionUrl",
        FUNCTION("orders-mcp-admin"),
        FUNCTION_URL,
        "ImplicitlyDenied",
        URL_CONTEXT,
    ),
    row(
        "agentcore.gateway.functionUrl",
        "lambda:InvokeFunction",
        FUNCTION("orders-mcp-admin"),
        FUNCTION_URL,
        "ImplicitlyDenied",
        VIA_URL,
    ),
    row(
        "agentcore.gateway.userTokens.directory",
        "bedrock-agentcore:GetWorkloadAccessTokenForJWT",
        DIRECTORY,
        USER_TOKENS,
    ),
    row(
        "agentcore.gateway.userTokens.workloadIdentity",
        "bedrock-agentcore:GetWorkloadAccessTokenForJWT",
        `${DIRECTORY}/workload-identity/support-gateway-abcdefghij`,
        USER_TOKENS,
    ),
    row(
        "agentcore.gateway.userTokens.workloadIdentity",
        "bedrock-agentcore:GetWorkloadAccessTokenForJWT",
        `${DIRECTORY}/workload-identity/support-gateway-admin-abcdefghij`,
        USER_TOKENS,
        "ImplicitlyDenied",
    ),
    // Only when workloadAccessTokensForUserId asks for them: apart from the gateway's own rows.
    ...(
        [
            ["directory", DIRECTORY],
            ["workloadIdentity", `${DIRECTORY}/workload-identity/support-gateway-abcdefghij`],
        ] as const
    ).map(([at, resource]) =>
        row(
            `agentcore.gatewayWhenAsked.userIdTokens.${at}`,
            "bedrock-agentcore:GetWorkloadAccessTokenForUserId",
            resource,
            {
                ...USER_TOKENS,
                shows: `a token bound to a user id the caller names; GetWorkloadAccessTokenForUserId is authorized on the workload-identity directory and the workload identity (${PAGES.agentCoreActions})`,
            },
        ),
    ),
];
