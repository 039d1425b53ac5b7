// Peers' identity documents for models and AgentCore, each copied as its source publishes it. Where
// a source is a template (the starter toolkit's Jinja, CDK's synthesized CloudFormation), its
// placeholders and intrinsics are resolved to partition aws, region us-east-1, account
// 123456789012, as IAM would receive the document; everything else is as published.
import type { InspectedResource } from "../../../policies/inspectedDocuments";

/** One peer document: where it comes from, its identity policy and, for a role, its trust policy. */
export interface PeerDocument {
    source: string;
    policy: { Version?: string; Statement: unknown[] };
    trust?: { Version?: string; Statement: unknown[] };
}

/**
 * AWS, inference-profiles-prereq: the policy "which allows a role to do inference profile-related
 * actions and run model inference using all foundation models and inference profiles".
 */
export const AWS_INFERENCE_PROFILE_PREREQ: PeerDocument = {
    source: "https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-prereq.html",
    policy: {
        Version: "2012-10-17",
        Statement: [
            {
                Effect: "Allow",
                Action: ["bedrock:InvokeModel*", "bedrock:CreateInferenceProfile"],
                Resource: [
                    "arn:aws:bedrock:*::foundation-model/*",
                    "arn:aws:bedrock:*:*:inference-profile/*",
                    "arn:aws:bedrock:*:*:application-inference-profile/*",
                ],
            },
            {
                Effect: "Allow",
                Action: [
                    "bedrock:GetInferenceProfile",
                    "bedrock:ListInferenceProfiles",
                    "bedrock:DeleteInferenceProfile",
                    "bedrock:TagResource",
                    "bedrock:UntagResource",
                    "bedrock:ListTagsForResource",
                ],
                Resource: [
                    "arn:aws:bedrock:*:*:inference-profile/*",
                    "arn:aws:bedrock:*:*:application-inference-profile/*",
                ],
            },
        ],
    },
};

/** AWS's managed policy for a memory's override models (agentcore-iam-facts.md, memory execution role). */
export const AWS_MEMORY_MODEL_INFERENCE: PeerDocument = {
    source: "https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonBedrockAgentCoreMemoryBedrockModelInferenceExecutionRolePolicy.html (v1)",
    policy: {
        Version: "2012-10-17",
        Statement: [
            {
                Effect: "Allow",
                Action: ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
                Resource: [
                    "arn:aws:bedrock:*::foundation-model/*",
                    "arn:aws:bedrock:*:*:inference-profile/*",
                ],
                Condition: { StringEquals: { "aws:ResourceAccount": "${aws:PrincipalAccount}" } },
            },
        ],
    },
};

/**
 * AWS's 2023 agents page (shared/reference/aws-doc-agent-permissions-2023.txt), its identity policy:
 * models named one by one. As published the JSON has a trailing comma after the last action list,
 * which is left out here so that it parses; its placeholders (`region`, `account-id`) as published.
 */
export const AWS_AGENTS_2023: PeerDocument = {
    source: "shared/reference/aws-doc-agent-permissions-2023.txt (AWS Bedrock agents-permissions page, 2023)",
    policy: {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "Allow model invocation for orchestration",
                Effect: "Allow",
                Action: ["bedrock:InvokeModel"],
                Resource: [
                    "arn:aws:bedrock:region::foundation-model/anthropic.claude-v2",
                    "arn:aws:bedrock:region::foundation-model/anthropic.claude-v2:1",
                    "arn:aws:bedrock:region::foundation-model/anthropic.claude-instant-v1",
                ],
            },
            {
                Sid: "Allow access to action group API schemas in S3",
                Effect: "Allow",
                Action: ["s3:GetObject"],
                Resource: ["arn:aws:s3:::bucket/path/to/schema"],
                Condition: { StringEquals: { "aws:ResourceAccount": "account-id" } },
            },
            {
                Sid: "Query associated knowledge bases",
                Effect: "Allow",
                Action: ["bedrock:Retrieve", "bedrock:RetrieveAndGenerate"],
                Resource: ["arn:aws:bedrock:region:account-id:knowledge-base/knowledge-base-id"],
            },
            {
                Sid: "Associate a third-party knowledge base with your agent",
                Effect: "Allow",
                Action: ["bedrock:AssociateThirdPartyKnowledgeBase"],
                Resource: "arn:aws:bedrock:region:account-id:knowledge-base/knowledge-base-id",
                Condition: {
                    StringEquals: {
                        "bedrock:ThirdPartyKnowledgeBaseCredentialsSecretArn":
                            "arn:aws:kms:region:account-id:key/key-id",
                    },
                },
            },
        ],
    },
};

const TOOLKIT = "aws/bedrock-agentcore-starter-toolkit@4f90432b402da9fcb1870a7acdf431588e659459";

/**
 * The starter toolkit's copy of AWS's runtime-permissions example (its runtime execution role's
 * permissions policy and trust policy, placeholders `region`, `accountId` as published).
 */
export const TOOLKIT_DOC_RUNTIME_ROLE: PeerDocument = {
    source: `${TOOLKIT} documentation/docs/user-guide/runtime/permissions.md, "Runtime Execution Role"`,
    policy: {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "ECRImageAccess",
                Effect: "Allow",
                Action: ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
                Resource: ["arn:aws:ecr:region:accountId:repository/*"],
            },
            {
                Effect: "Allow",
                Action: ["logs:DescribeLogStreams", "logs:CreateLogGroup"],
                Resource: ["arn:aws:logs:region:accountId:log-group:/aws/bedrock-agentcore/runtimes/*"],
            },
            {
                Effect: "Allow",
                Action: ["logs:DescribeLogGroups"],
                Resource: ["arn:aws:logs:region:accountId:log-group:*"],
            },
            {
                Effect: "Allow",
                Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                Resource: [
                    "arn:aws:logs:region:accountId:log-group:/aws/bedrock-agentcore/runtimes/*:log-stream:*",
                ],
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
                Sid: "BedrockModelInvocation",
                Effect: "Allow",
                Action: ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
                Resource: ["arn:aws:bedrock:*::foundation-model/*", "arn:aws:bedrock:region:accountId:*"],
            },
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
                    StringEquals: { "aws:SourceAccount": "accountId" },
                    ArnLike: { "aws:SourceArn": "arn:aws:bedrock-agentcore:region:accountId:*" },
                },
            },
        ],
    },
};

/** A peer document as a stack holds it: a role with its trust and inline policy, or a RolePolicy. */
export function peerResource(name: string, document: PeerDocument): InspectedResource {
    return document.trust
        ? {
              type: "aws:iam/role:Role",
              name,
              props: {
                  assumeRolePolicy: JSON.stringify(document.trust),
                  inlinePolicies: [{ name: "policy", policy: JSON.stringify(document.policy) }],
              },
          }
        : { type: "aws:iam/rolePolicy:RolePolicy", name, props: { policy: JSON.stringify(document.policy) } };
}
