// Roles peers generate for models and AgentCore: the starter toolkit's, CDK's synthesized ones and
// Terraform's, each as its source writes it, templates resolved to partition aws, region
// us-east-1, account 123456789012 (see agentGrants.ts); a Fn::GetAtt of a resource the same
// template creates, to an ARN of that resource's form (`runtime/integ_test_runtime-AbCdE12345`,
// `agent-alias/COLLAB1234/ALIAS12345`).
import type { PeerDocument } from "./agentGrants";
import { STARTER_TOOLKIT_GATEWAY } from "./kms";

const TOOLKIT = "aws/bedrock-agentcore-starter-toolkit@4f90432b402da9fcb1870a7acdf431588e659459";
const CDK_AGENTCORE =
    "aws/aws-cdk@b4635ce0ba7a4bef6996d651ab8e0311af91d606 packages/@aws-cdk-testing/framework-integ/test/aws-bedrockagentcore/test/agentcore/runtime/integ.runtime.js.snapshot/aws-cdk-bedrock-agentcore-runtime.template.json";
const CDK_PROFILES =
    "aws/aws-cdk@b4635ce0ba7a4bef6996d651ab8e0311af91d606 packages/@aws-cdk/aws-bedrock-alpha/test/bedrock/inference-profiles/integ.inference-profiles.js.snapshot/aws-cdk-bedrock-inference-profiles-integ.template.json";
const CDK_AGENT =
    "aws/aws-cdk@8634c7ef914e5b43875c5505ab14e65746dc8bfe packages/@aws-cdk/aws-bedrock-alpha/test/bedrock/agents/integ.agent.js.snapshot/aws-cdk-bedrock-agent-1.template.json";
const TERRAFORM = "aws-ia/terraform-aws-agentcore@dbb87aecdcfcd4d57679b49b5043d5b46b2a6c03 iam.tf";

const arn = (service: string, resource: string, region = "us-east-1", account = "123456789012") =>
    `arn:aws:${service}:${region}:${account}:${resource}`;

/**
 * The toolkit's generated runtime execution role: templates/execution_role_policy.json.j2 rendered
 * for a container runtime with no repository given (`repository/*`), no memory, not A2A, agent
 * `my_agent`; its trust from execution_role_trust_policy.json.j2.
 */
export const TOOLKIT_RUNTIME_ROLE: PeerDocument = {
    source: `${TOOLKIT} src/bedrock_agentcore_starter_toolkit/utils/runtime/templates/execution_role_policy.json.j2`,
    policy: {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "ECRImageAccess",
                Effect: "Allow",
                Action: ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
                Resource: [arn("ecr", "repository/*")],
            },
            {
                Effect: "Allow",
                Action: ["logs:DescribeLogStreams", "logs:CreateLogGroup"],
                Resource: [arn("logs", "log-group:/aws/bedrock-agentcore/runtimes/*")],
            },
            { Effect: "Allow", Action: ["logs:DescribeLogGroups"], Resource: [arn("logs", "log-group:*")] },
            {
                Effect: "Allow",
                Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                Resource: [arn("logs", "log-group:/aws/bedrock-agentcore/runtimes/*:log-stream:*")],
            },
            { Sid: "ECRTokenAccess", Effect: "Allow", Action: ["ecr:GetAuthorizationToken"], Resource: "*" },
            {
                Effect: "Allow",
                Action: [
                    "xray:PutTraceSegments",
                    "xray:PutTelemetryRecords",
                    "xray:GetSamplingRules",
                    "xray:GetSamplingTargets",
                ],
                Resource: ["*"],
            },
            {
                Effect: "Allow",
                Resource: "*",
                Action: "cloudwatch:PutMetricData",
                Condition: { StringEquals: { "cloudwatch:namespace": "bedrock-agentcore" } },
            },
            {
                Effect: "Allow",
                Action: [
                    "logs:CreateLogGroup",
                    "logs:PutDeliverySource",
                    "logs:PutDeliveryDestination",
                    "logs:CreateDelivery",
                    "logs:GetDeliverySource",
                    "logs:DeleteDeliverySource",
                    "logs:DeleteDeliveryDestination",
                ],
                Resource: "*",
            },
            {
                Sid: "BedrockAgentCoreIdentityGetResourceApiKey",
                Effect: "Allow",
                Action: ["bedrock-agentcore:GetResourceApiKey"],
                Resource: [
                    arn("bedrock-agentcore", "token-vault/default"),
                    arn("bedrock-agentcore", "token-vault/default/apikeycredentialprovider/*"),
                    arn("bedrock-agentcore", "workload-identity-directory/default"),
                    arn("bedrock-agentcore", "workload-identity-directory/default/workload-identity/*"),
                ],
            },
            {
                Sid: "BedrockAgentCoreIdentityGetCredentialProviderClientSecret",
                Effect: "Allow",
                Action: ["secretsmanager:GetSecretValue"],
                Resource: [
                    arn("secretsmanager", "secret:bedrock-agentcore-identity!default/oauth2/*"),
                    arn("secretsmanager", "secret:bedrock-agentcore-identity!default/apikey/*"),
                ],
            },
            {
                Sid: "BedrockAgentCoreIdentityGetResourceOauth2Token",
                Effect: "Allow",
                Action: ["bedrock-agentcore:GetResourceOauth2Token"],
                Resource: [
                    arn("bedrock-agentcore", "token-vault/default"),
                    arn("bedrock-agentcore", "token-vault/default/oauth2credentialprovider/*"),
                    arn("bedrock-agentcore", "workload-identity-directory/default"),
                    arn(
                        "bedrock-agentcore",
                        "workload-identity-directory/default/workload-identity/my_agent-*",
                    ),
                ],
            },
            {
                Sid: "BedrockModelInvocation",
                Effect: "Allow",
                Action: [
                    "bedrock:InvokeModel",
                    "bedrock:InvokeModelWithResponseStream",
                    "bedrock:ApplyGuardrail",
                ],
                Resource: [
                    "arn:aws:bedrock:*::foundation-model/*",
                    "arn:aws:bedrock:*:*:inference-profile/*",
                    arn("bedrock", "*"),
                ],
            },
            {
                Sid: "MarketplaceSubscribeOnFirstCall",
                Effect: "Allow",
                Action: ["aws-marketplace:ViewSubscriptions", "aws-marketplace:Subscribe"],
                Resource: "*",
                Condition: { StringEquals: { "aws:CalledViaLast": "bedrock.amazonaws.com" } },
            },
            {
                Sid: "BedrockAgentCoreCodeInterpreter",
                Effect: "Allow",
                Action: [
                    "bedrock-agentcore:StartCodeInterpreterSession",
                    "bedrock-agentcore:InvokeCodeInterpreter",
                    "bedrock-agentcore:StopCodeInterpreterSession",
                    "bedrock-agentcore:GetCodeInterpreter",
                    "bedrock-agentcore:GetCodeInterpreterSession",
                    "bedrock-agentcore:ListCodeInterpreterSessions",
                ],
                Resource: [
                    arn("bedrock-agentcore", "code-interpreter/aws.codeinterpreter.v1", "us-east-1", "aws"),
                ],
            },
            {
                Sid: "BedrockAgentCoreIdentity",
                Effect: "Allow",
                Action: [
                    "bedrock-agentcore:CreateWorkloadIdentity",
                    "bedrock-agentcore:GetWorkloadAccessTokenForUserId",
                ],
                Resource: [
                    arn("bedrock-agentcore", "workload-identity-directory/default"),
                    arn("bedrock-agentcore", "workload-identity-directory/default/workload-identity/*"),
                ],
            },
            { Sid: "AwsJwtFederation", Effect: "Allow", Action: "sts:GetWebIdentityToken", Resource: "*" },
        ],
    },
    trust: {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "AssumeRolePolicy",
                Effect: "Allow",
                Principal: { Service: "bedrock-agentcore.amazonaws.com" },
                Action: "sts:AssumeRole",
                Condition: {
                    StringEquals: { "aws:SourceAccount": "123456789012" },
                    ArnLike: { "aws:SourceArn": arn("bedrock-agentcore", "*") },
                },
            },
        ],
    },
};

/** The toolkit's gateway execution role: the two policies it creates (operations/gateway/constants.py). */
export const TOOLKIT_GATEWAY_POLICIES: PeerDocument[] = [
    {
        source: `${TOOLKIT} src/bedrock_agentcore_starter_toolkit/operations/gateway/constants.py AGENTCORE_FULL_ACCESS`,
        policy: STARTER_TOOLKIT_GATEWAY.agentCoreFullAccess,
    },
    {
        source: `${TOOLKIT} src/bedrock_agentcore_starter_toolkit/operations/gateway/constants.py KMS_FULL_ACCESS`,
        policy: STARTER_TOOLKIT_GATEWAY.kmsFullAccess,
    },
];

/** CDK's runtime execution role (TestRuntimeExecutionRole and its DefaultPolicy). */
export const CDK_RUNTIME_ROLE: PeerDocument = {
    source: `${CDK_AGENTCORE} TestRuntimeExecutionRoleDefaultPolicyC7A978D3`,
    policy: {
        Statement: [
            {
                Action: ["logs:CreateLogGroup", "logs:DescribeLogStreams"],
                Effect: "Allow",
                Resource: arn("logs", "log-group:/aws/bedrock-agentcore/runtimes/*"),
                Sid: "LogGroupAccess",
            },
            {
                Action: "logs:DescribeLogGroups",
                Effect: "Allow",
                Resource: arn("logs", "log-group:*"),
                Sid: "DescribeLogGroups",
            },
            {
                Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                Effect: "Allow",
                Resource: arn("logs", "log-group:/aws/bedrock-agentcore/runtimes/*:log-stream:*"),
                Sid: "LogStreamAccess",
            },
            {
                Action: [
                    "xray:GetSamplingRules",
                    "xray:GetSamplingTargets",
                    "xray:PutTelemetryRecords",
                    "xray:PutTraceSegments",
                ],
                Effect: "Allow",
                Resource: "*",
                Sid: "XRayAccess",
            },
            {
                Action: "cloudwatch:PutMetricData",
                Condition: { StringEquals: { "cloudwatch:namespace": "bedrock-agentcore" } },
                Effect: "Allow",
                Resource: "*",
                Sid: "CloudWatchMetrics",
            },
            {
                Action: [
                    "bedrock-agentcore:GetWorkloadAccessToken",
                    "bedrock-agentcore:GetWorkloadAccessTokenForJWT",
                    "bedrock-agentcore:GetWorkloadAccessTokenForUserId",
                ],
                Effect: "Allow",
                Resource: [
                    arn("bedrock-agentcore", "workload-identity-directory/default"),
                    arn("bedrock-agentcore", "workload-identity-directory/default/workload-identity/*"),
                ],
                Sid: "GetAgentAccessToken",
            },
            {
                Action: [
                    "ecr:BatchCheckLayerAvailability",
                    "ecr:BatchGetImage",
                    "ecr:GetDownloadUrlForLayer",
                ],
                Effect: "Allow",
                Resource: arn("ecr", "repository/cdk-hnb659fds-container-assets-123456789012-us-east-1"),
            },
            { Action: "ecr:GetAuthorizationToken", Effect: "Allow", Resource: "*" },
        ],
        Version: "2012-10-17",
    },
    trust: {
        Statement: [
            {
                Action: "sts:AssumeRole",
                Condition: {
                    StringEquals: { "aws:SourceAccount": "123456789012" },
                    ArnLike: { "aws:SourceArn": arn("bedrock-agentcore", "runtime/integ_test_runtime*") },
                },
                Effect: "Allow",
                Principal: { Service: "bedrock-agentcore.amazonaws.com" },
            },
        ],
        Version: "2012-10-17",
    },
};

/** CDK's runtime.grantInvoke(fn): the invoking function's DefaultPolicy, on the runtime and `runtime/<id>/*`. */
export const CDK_RUNTIME_INVOKER: PeerDocument = {
    source: `${CDK_AGENTCORE} TestInvokerFunctionServiceRoleDefaultPolicyC6DC62B6`,
    policy: {
        Statement: [
            {
                Action: [
                    "bedrock-agentcore:InvokeAgentRuntime",
                    "bedrock-agentcore:InvokeAgentRuntimeForUser",
                ],
                Effect: "Allow",
                Resource: [
                    arn("bedrock-agentcore", "runtime/integ_test_runtime-AbCdE12345"),
                    `${arn("bedrock-agentcore", "runtime/integ_test_runtime-AbCdE12345")}/*`,
                ],
            },
        ],
        Version: "2012-10-17",
    },
};

/** CDK alpha's agent with a cross-region profile: the model in every region, no profile condition. */
export const CDK_AGENT_CROSS_REGION: PeerDocument = {
    source: `${CDK_PROFILES} AgentWithCrossRegionRoleDefaultPolicyC1384BE8`,
    policy: {
        Statement: [
            {
                Action: ["bedrock:GetFoundationModel", "bedrock:InvokeModel*"],
                Effect: "Allow",
                Resource: "arn:aws:bedrock:*::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0",
            },
            {
                Action: ["bedrock:GetInferenceProfile", "bedrock:InvokeModel*"],
                Effect: "Allow",
                Resource: arn("bedrock", "inference-profile/us.anthropic.claude-3-5-sonnet-20240620-v1:0"),
            },
        ],
        Version: "2012-10-17",
    },
};

/** CDK alpha's agent with a model on demand: the one model, in the stack's region. */
export const CDK_AGENT_ON_DEMAND: PeerDocument = {
    source: `${CDK_AGENT} MyAgentRoleDefaultPolicy30DBC7AC`,
    policy: {
        Statement: [
            {
                Action: ["bedrock:GetAgentAlias", "bedrock:InvokeAgent"],
                Effect: "Allow",
                Resource: arn("bedrock", "agent-alias/COLLAB1234/ALIAS12345"),
            },
            {
                Action: ["bedrock:GetFoundationModel", "bedrock:InvokeModel*"],
                Effect: "Allow",
                Resource:
                    "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0",
            },
        ],
        Version: "2012-10-17",
    },
};

/**
 * Terraform aws-ia/agentcore's runtime role: data.aws_iam_policy_document.runtime_policy for a
 * CONTAINER runtime, written as the JSON it renders (its `statement` blocks in order), in a role
 * whose trust (runtime_assume_role) names bedrock-agentcore.amazonaws.com without conditions.
 */
export const TERRAFORM_RUNTIME_ROLE: PeerDocument = {
    source: `${TERRAFORM} data.aws_iam_policy_document.runtime_policy, runtime_assume_role`,
    policy: {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "AllowCloudWatchLogs",
                Effect: "Allow",
                Action: ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                Resource: "arn:aws:logs:*:*:log-group:/aws/bedrock/agentcore/*",
            },
            {
                Sid: "AllowXRayTracing",
                Effect: "Allow",
                Action: ["xray:PutTraceSegments", "xray:PutTelemetryRecords"],
                Resource: "*",
            },
            {
                Sid: "AllowCloudWatchMetrics",
                Effect: "Allow",
                Action: "cloudwatch:PutMetricData",
                Resource: "*",
                Condition: { StringEquals: { "cloudwatch:namespace": "AWS/Bedrock/AgentCore" } },
            },
            {
                Sid: "AllowBedrockModelInvocation",
                Effect: "Allow",
                Action: ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
                Resource: "*",
            },
            {
                Sid: "AllowWorkloadIdentityTokenManagement",
                Effect: "Allow",
                Action: [
                    "bedrock-agentcore:GetWorkloadIdentityToken",
                    "bedrock-agentcore:RefreshWorkloadIdentityToken",
                ],
                Resource: "*",
            },
            {
                Sid: "AllowECRPull",
                Effect: "Allow",
                Action: [
                    "ecr:GetAuthorizationToken",
                    "ecr:BatchCheckLayerAvailability",
                    "ecr:GetDownloadUrlForLayer",
                    "ecr:BatchGetImage",
                ],
                Resource: "*",
            },
        ],
    },
    trust: {
        Version: "2012-10-17",
        Statement: [
            {
                Effect: "Allow",
                Action: "sts:AssumeRole",
                Principal: { Service: "bedrock-agentcore.amazonaws.com" },
            },
        ],
    },
};
