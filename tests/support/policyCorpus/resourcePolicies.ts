// AgentCore resource-based policies as AWS and Pulumi publish them, copied as published.
//
// AWS: https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/resource-based-policies.html,
// "Common use cases and examples" and "Security best practices" (the copy whose examples write
// "Resource": "*" as "simplified syntax"; the newer page refuses "*" and asks for the exact ARN).
// Pulumi: @pulumi/aws 7.48.0 bedrock/agentcoreResourcePolicy.d.ts, "Basic Usage" (its
// getPolicyDocument statement, rendered as the data source renders it, with the runtime's ARN).

/** AWS's "Allow traffic only from specific VPC": the Deny names InvokeAgentRuntime only. */
export const AWS_VPC_ONLY = {
    Version: "2012-10-17",
    Statement: [
        {
            Effect: "Allow",
            Principal: { AWS: "arn:aws:iam::123456789012:role/ApplicationRole" },
            Action: "bedrock-agentcore:InvokeAgentRuntime",
            Resource: "*",
        },
        {
            Effect: "Deny",
            Principal: { AWS: "arn:aws:iam::123456789012:role/ApplicationRole" },
            Action: "bedrock-agentcore:InvokeAgentRuntime",
            Resource: "*",
            Condition: { StringNotEquals: { "aws:SourceVpc": "vpc-1a2b3c4d" } },
        },
    ],
};

/** AWS's "OAuth authentication with VPC restriction". */
export const AWS_OAUTH_FROM_VPC = {
    Version: "2012-10-17",
    Statement: [
        {
            Sid: "AllowOAuthFromVPC",
            Effect: "Allow",
            Principal: "*",
            Action: "bedrock-agentcore:InvokeAgentRuntime",
            Resource: "*",
            Condition: { StringEquals: { "aws:SourceVpc": "vpc-1a2b3c4d" } },
        },
    ],
};

/** AWS's "Use explicit deny for critical controls". */
export const AWS_DENY_ALL_EXCEPT_VPC = {
    Version: "2012-10-17",
    Statement: [
        {
            Sid: "DenyAllExceptVPC",
            Effect: "Deny",
            Principal: "*",
            Action: "bedrock-agentcore:InvokeAgentRuntime",
            Resource: "*",
            Condition: {
                StringNotEquals: { "aws:SourceVpc": "vpc-12345678" },
                Bool: { "aws:ViaAWSService": "false" },
            },
        },
    ],
};

/** The runtime Pulumi's example attaches its policy to. */
export const PULUMI_RUNTIME = "arn:aws:bedrock-agentcore:us-west-2:123456789012:runtime/example-AbCdE12345";

/** Pulumi's AgentcoreResourcePolicy example: OAuth callers from one VPC, on the runtime's ARN. */
export const PULUMI_OAUTH_FROM_VPC = {
    Version: "2012-10-17",
    Statement: [
        {
            Sid: "AllowOAuthFromVPC",
            Effect: "Allow",
            Action: "bedrock-agentcore:InvokeAgentRuntime",
            Resource: PULUMI_RUNTIME,
            Principal: "*",
            Condition: { StringEquals: { "aws:SourceVpc": "vpc-1a2b3c4d" } },
        },
    ],
};
