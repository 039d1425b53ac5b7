// The requests a harness's execution role makes, and AgentCore's request to assume it, as AWS's
// harness-security page shows them, for harness `support_harness` (id support_harness-AbCdE12345)
// on its runtime harness_support_harness-AbCdE12345. Written from AWS's pages, never from the
// package's statements (see ../awsRequests.ts). Models and tools: the rows of the model table and
// ./toolSessions.ts.
import { AwsRequest, Citation, requestRow, THE_ROLE } from "./requestRows";
import { agentCoreArn, API_KEY_SECRET } from "../agentCoreFixtures";
import { ACCOUNT } from "../iamEvaluation";

const HARNESS_SECURITY =
    "https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/harness-security.html";
const HARNESS_SUMMARY =
    "https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_HarnessSummary.html";
const AGENTCORE_ACTIONS =
    "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrockagentcore.html";

export const HARNESS = agentCoreArn("harness/support_harness-AbCdE12345");
/** The runtime AgentCore runs the harness on. */
export const HARNESS_RUNTIME_ID = "harness_support_harness-AbCdE12345";
const DIRECTORY = agentCoreArn("workload-identity-directory/default");
const WORKLOAD = `${DIRECTORY}/workload-identity/${HARNESS_RUNTIME_ID}`;
const LOG_GROUP = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/bedrock-agentcore/runtimes/${HARNESS_RUNTIME_ID}-DEFAULT`;
const MEMORY = agentCoreArn("memory/support_memory-AbCdE12345");

const RUNTIME_NAME =
    "that the harness's runtime is named harness_<name> rests on the page's workload identities (workload-identity/harness_<agentName>-*), the harness name's 40-character limit (a runtime's is 48: harness_ and 40) and a field note (agentcore-iam-facts-23.md §3)";
const page = (shows: string, unconfirmed?: string): Citation => ({
    url: HARNESS_SECURITY,
    shows,
    ...(unconfirmed ? { unconfirmed } : {}),
});

/** A row: where it sits, the request, and what it rests on. */
const row = (
    at: string,
    spec: Omit<AwsRequest, "name" | "expected" | "context"> & { context?: AwsRequest["context"] },
    expected: AwsRequest["expected"] = "Allowed",
): AwsRequest => requestRow({ at, ...spec }, expected);
const byRole = (at: string, action: string, resource: string, source: Citation) =>
    row(at, { principal: "role", action, resource, source });

const TRUST = {
    shows: "the trust policy names the principal bedrock-agentcore.amazonaws.com and sts:AssumeRole, with no condition",
    unconfirmed:
        "the ARN AgentCore presents as aws:SourceArn when a harness assumes its role is not documented: the harness's own, or its runtime's",
};

/** Every request of the harness's role, and the neighbours' that must be denied. */
export const HARNESS_REQUESTS: AwsRequest[] = [
    row("agentcore.harness.trust", {
        principal: "bedrock-agentcore.amazonaws.com",
        action: "sts:AssumeRole",
        resource: THE_ROLE,
        context: { "aws:SourceAccount": ACCOUNT, "aws:SourceArn": HARNESS },
        source: page(TRUST.shows, `${TRUST.unconfirmed}; the harness's id form in ${HARNESS_SUMMARY}`),
    }),
    row("agentcore.harness.trust.runtime", {
        principal: "bedrock-agentcore.amazonaws.com",
        action: "sts:AssumeRole",
        resource: THE_ROLE,
        context: {
            "aws:SourceAccount": ACCOUNT,
            "aws:SourceArn": agentCoreArn(`runtime/${HARNESS_RUNTIME_ID}`),
        },
        source: page(TRUST.shows, `${TRUST.unconfirmed}; ${RUNTIME_NAME}`),
    }),
    row("agentcore.harness.trust.runtimeEndpoint", {
        principal: "bedrock-agentcore.amazonaws.com",
        action: "sts:AssumeRole",
        resource: THE_ROLE,
        context: {
            "aws:SourceAccount": ACCOUNT,
            "aws:SourceArn": agentCoreArn(`runtime/${HARNESS_RUNTIME_ID}/runtime-endpoint/DEFAULT`),
        },
        source: page(
            TRUST.shows,
            `${TRUST.unconfirmed}, or its runtime's DEFAULT endpoint (a runtime's endpoint ARN form, runtime/<id>/runtime-endpoint/<name>); ${RUNTIME_NAME}`,
        ),
    }),
    row(
        "agentcore.harness.trust",
        {
            principal: "bedrock-agentcore.amazonaws.com",
            action: "sts:AssumeRole",
            resource: THE_ROLE,
            context: {
                "aws:SourceAccount": ACCOUNT,
                "aws:SourceArn": agentCoreArn("harness/support_harness_admin-AbCdE12345"),
            },
            source: page(`a harness whose name extends support_harness: ${TRUST.shows}`, TRUST.unconfirmed),
        },
        "ImplicitlyDenied",
    ),
    ...["ecr-public:GetAuthorizationToken", "sts:GetServiceBearerToken"].map((action) =>
        byRole(
            "agentcore.harness.publicImage",
            action,
            "*",
            page(
                'EcrPublicTokenAccess and StsForEcrPublicPull on "*": a harness on the public network pulls its managed container image from Amazon ECR Public',
            ),
        ),
    ),
    ...["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"].map((action) =>
        byRole(
            "agentcore.harness.vpcImage",
            action,
            "arn:aws:ecr:us-east-1:999999999999:repository/harness-us-east-1",
            page(
                'in VPC mode the harness "pulls its managed application container from a private Amazon ECR repository in the harness Region (named harness-<region>)"; the page grants arn:aws:ecr:<region>:*:repository/harness-*',
                "the repository's account is AWS's and not named on the page: 999999999999 stands for it",
            ),
        ),
    ),
    // Only with containerRepository: not under the image areas every harness is asked.
    byRole(
        "agentcore.harness.customImage",
        "ecr:BatchGetImage",
        `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/support-harness`,
        {
            url: "https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/runtime-permissions.html",
            shows: 'a custom container is pulled as a runtime\'s image is: ECRImageAccess, ecr:BatchGetImage on "arn:aws:ecr:<region>:<account>:repository/<repository>"',
            unconfirmed:
                "that a harness given its own container pulls it with its execution role, as a runtime does",
        },
    ),
    // Only with allowRoleSwitching: what the page advises denying otherwise.
    byRole(
        "agentcore.harness.roleSwitching",
        "sts:AssumeRole",
        `arn:aws:iam::${ACCOUNT}:role/billing-admin`,
        page(
            'additionalParams can make the runtime try sts:AssumeRole (LiteLLM aws_role_name): "Denying sts:AssumeRole on the execution role if role switching is not required"; STS authorizes AssumeRole on the target role\'s ARN',
        ),
    ),
    byRole(
        "agentcore.harness.vpcImage",
        "ecr:GetAuthorizationToken",
        "*",
        page('VPC mode: ecr:GetAuthorizationToken on "*"'),
    ),
    ...["logs:CreateLogGroup", "logs:DescribeLogStreams"].map((action) =>
        byRole(
            "agentcore.harness.logs",
            action,
            LOG_GROUP,
            page(
                'logs:CreateLogGroup, logs:DescribeLogStreams on "...:log-group:/aws/bedrock-agentcore/runtimes/*"',
                `the group is the harness runtime's, /aws/bedrock-agentcore/runtimes/<runtime id>-<endpoint> as a runtime's; ${RUNTIME_NAME}`,
            ),
        ),
    ),
    ...["logs:CreateLogStream", "logs:PutLogEvents"].map((action) =>
        byRole(
            "agentcore.harness.logs",
            action,
            `${LOG_GROUP}:log-stream:2026/12/03/[runtime-logs]0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`,
            page(
                'logs:CreateLogStream, logs:PutLogEvents on "...:log-group:/aws/bedrock-agentcore/runtimes/*:log-stream:*"',
                `the stream's name is a runtime's (<date>/[runtime-logs]<UUID>); ${RUNTIME_NAME}`,
            ),
        ),
    ),
    ...[
        "xray:PutTraceSegments",
        "xray:PutTelemetryRecords",
        "xray:GetSamplingRules",
        "xray:GetSamplingTargets",
    ].map((action) => byRole("agentcore.harness.traces", action, "*", page('the four X-Ray actions on "*"'))),
    row("agentcore.harness.metrics", {
        principal: "role",
        action: "cloudwatch:PutMetricData",
        resource: "*",
        context: { "cloudwatch:namespace": "bedrock-agentcore" },
        source: page('cloudwatch:PutMetricData on "*" with "cloudwatch:namespace": "bedrock-agentcore"'),
    }),
    ...["bedrock-agentcore:GetWorkloadAccessToken", "bedrock-agentcore:GetWorkloadAccessTokenForJWT"].flatMap(
        (action) =>
            [
                ["directory", DIRECTORY],
                ["workloadIdentity", WORKLOAD],
            ].map(([what, resource]) =>
                byRole(
                    `agentcore.harness.tokens.${what}`,
                    action,
                    resource,
                    page(
                        "GetWorkloadAccessToken and GetWorkloadAccessTokenForJWT on workload-identity-directory/default and .../workload-identity/harness_<agentName>-*",
                        what === "workloadIdentity" ? RUNTIME_NAME : undefined,
                    ),
                ),
            ),
    ),
    row(
        "agentcore.harness.tokens.workloadIdentity",
        {
            principal: "role",
            action: "bedrock-agentcore:GetWorkloadAccessToken",
            resource: `${DIRECTORY}/workload-identity/harness_support_harness_admin-AbCdE12345`,
            source: page(
                "the workload identities of a harness whose name extends support_harness: workload-identity/harness_<agentName>-*",
                RUNTIME_NAME,
            ),
        },
        "ImplicitlyDenied",
    ),
    ...[
        "bedrock-agentcore:CreateEvent",
        "bedrock-agentcore:GetEvent",
        "bedrock-agentcore:ListEvents",
        "bedrock-agentcore:RetrieveMemoryRecords",
    ].map((action) =>
        byRole(
            "agentcore.harness.memory",
            action,
            MEMORY,
            page(
                "optional statement for your own memory: CreateEvent, DeleteEvent, GetEvent, ListEvents, RetrieveMemoryRecords on memory/<memoryId>",
            ),
        ),
    ),
    byRole(
        "agentcore.harness.gateway",
        "bedrock-agentcore:InvokeGateway",
        agentCoreArn("gateway/support-gateway-abcdefghij"),
        page("optional statement for a gateway with IAM authorization: InvokeGateway on gateway/<gatewayId>"),
    ),
    ...[
        agentCoreArn("token-vault/default/apikeycredentialprovider/weather"),
        agentCoreArn("token-vault/default"),
        DIRECTORY,
        WORKLOAD,
    ].map((resource, i) =>
        row(`agentcore.harness.apiKey.${["provider", "tokenVault", "directory", "workloadIdentity"][i]}`, {
            principal: "role",
            action: "bedrock-agentcore:GetResourceApiKey",
            resource,
            source: {
                ...page(
                    "optional statement for an API-key provider: GetResourceApiKey on token-vault/default, the directory, workload-identity/harness_<agentName>-* and token-vault/default/apikeycredentialprovider/<name>",
                ),
                ...(i === 3 ? { unconfirmed: RUNTIME_NAME } : {}),
            },
        }),
    ),
    byRole(
        "agentcore.harness.apiKey.secret",
        "secretsmanager:GetSecretValue",
        API_KEY_SECRET,
        page(
            "optional statement for an API-key provider: secretsmanager:GetSecretValue on secret:bedrock-agentcore-identity!default/apikey/<name>-*",
            `Secrets Manager's six-character suffix (the fixture's XyZ789) as in the runtime's rows; ${AGENTCORE_ACTIONS} lists GetResourceApiKey's four resources`,
        ),
    ),
];
