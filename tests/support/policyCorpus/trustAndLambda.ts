// Peer documents for the confused-deputy and Lambda-permission rules, each copied as its source
// publishes it (placeholders, CloudFormation intrinsics and data-source statements included), with
// its source: an AWS page, or a repository, path and commit. corpusResources.ts turns each into
// the stack resource a team writing it in Pulumi would hold.

/**
 * AWS, "IAM Permissions for AgentCore Runtime", section "AgentCore Runtime trust policy":
 * https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/runtime-permissions.html
 * (the same document on the guide's cross-service-confused-deputy-prevention page). Any AgentCore
 * resource of the account may assume the role.
 */
import { STARTER_TOOLKIT_GATEWAY } from "./kms";

export const AWS_AGENTCORE_RUNTIME_TRUST = {
    Version: "2012-10-17",
    Statement: [
        {
            Sid: "AssumeRolePolicy",
            Effect: "Allow",
            Principal: {
                Service: "bedrock-agentcore.amazonaws.com",
            },
            Action: "sts:AssumeRole",
            Condition: {
                StringEquals: {
                    "aws:SourceAccount": "123456789012",
                },
                ArnLike: {
                    "aws:SourceArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:*",
                },
            },
        },
    ],
};

/**
 * AWS, "AgentCore Gateway and Policy in AgentCore IAM Permissions", Gateway Execution Role, Trust
 * Policy: https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/policy-permissions.html
 */
export const AWS_AGENTCORE_GATEWAY_POLICY_TRUST = {
    Version: "2012-10-17",
    Statement: [
        {
            Sid: "AllowBedrockAgentCoreAssumeRole",
            Effect: "Allow",
            Principal: {
                Service: "bedrock-agentcore.amazonaws.com",
            },
            Action: "sts:AssumeRole",
            Condition: {
                StringEquals: {
                    "aws:SourceAccount": "123456789012",
                },
                ArnLike: {
                    "aws:SourceArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:*",
                },
            },
        },
    ],
};

/**
 * AWS, "Create a service role for Amazon Bedrock Agents", Trust relationship:
 * https://docs.aws.amazon.com/bedrock/latest/userguide/agents-permissions.html#agents-permissions-trust
 * (the page's example values, `us-east-1` and `123456789012`, as it renders them).
 */
export const AWS_AGENT_TRUST = {
    Version: "2012-10-17",
    Statement: [
        {
            Effect: "Allow",
            Principal: {
                Service: "bedrock.amazonaws.com",
            },
            Action: "sts:AssumeRole",
            Condition: {
                StringEquals: {
                    "aws:SourceAccount": "123456789012",
                },
                ArnLike: {
                    "AWS:SourceArn": "arn:aws:bedrock:us-east-1:123456789012:agent/*",
                },
            },
        },
    ],
};

/**
 * AWS, "Create a service role for Amazon Bedrock Knowledge Bases", Trust relationship:
 * https://docs.aws.amazon.com/bedrock/latest/userguide/kb-permissions.html (the page's example
 * values, as it renders them).
 */
export const AWS_KNOWLEDGE_BASE_TRUST = {
    Version: "2012-10-17",
    Statement: [
        {
            Effect: "Allow",
            Principal: {
                Service: "bedrock.amazonaws.com",
            },
            Action: "sts:AssumeRole",
            Condition: {
                StringEquals: {
                    "aws:SourceAccount": "123456789012",
                },
                ArnLike: {
                    "AWS:SourceArn": "arn:aws:bedrock:us-east-1:123456789012:knowledge-base/*",
                },
            },
        },
    ],
};

/**
 * The same page, Resource-based policy to allow Amazon Bedrock to invoke an action group Lambda
 * function (#agents-permissions-lambda), its `${agent-id}` a placeholder for the reader.
 */
export const AWS_AGENT_LAMBDA_POLICY = {
    Version: "2012-10-17",
    Statement: [
        {
            Sid: "AccessLambdaFunction",
            Effect: "Allow",
            Principal: {
                Service: "bedrock.amazonaws.com",
            },
            Action: "lambda:InvokeFunction",
            Resource: "arn:aws:lambda:us-east-1:123456789012:function:function-name",
            Condition: {
                StringEquals: {
                    "AWS:SourceAccount": "123456789012",
                },
                ArnLike: {
                    "AWS:SourceArn": "arn:aws:bedrock:us-east-1:123456789012:agent/${agent-id}",
                },
            },
        },
    ],
};

/**
 * The 2023 page the project began from, /work/shared/reference/aws-doc-agent-permissions-2023.txt
 * (its trust relationship and Lambda resource-based policy; `region` and `account-id` are its
 * placeholders, `agent-id` too).
 */
export const AWS_2023_AGENT_TRUST = {
    Version: "2012-10-17",
    Statement: [
        {
            Effect: "Allow",
            Principal: { Service: "bedrock.amazonaws.com" },
            Action: "sts:AssumeRole",
            Condition: {
                StringEquals: { "aws:SourceAccount": "account-id" },
                ArnLike: { "AWS:SourceArn": "arn:aws:bedrock:region:account-id:agent/*" },
            },
        },
    ],
};

/** The 2023 page's Lambda resource-based policy (see AWS_2023_AGENT_TRUST). */
export const AWS_2023_AGENT_LAMBDA_POLICY = {
    Version: "2012-10-17",
    Statement: [
        {
            Sid: "Allow Amazon Bedrock to access action group Lambda function",
            Effect: "Allow",
            Principal: { Service: "bedrock.amazonaws.com" },
            Action: "lambda:InvokeFunction",
            Resource: "arn:aws:lambda:region:account-id:function:function-name",
            Condition: {
                StringEquals: { "AWS:SourceAccount": "account-id" },
                ArnLike: { "AWS:SourceArn": "arn:aws:bedrock:region:account-id:agent/agent-id" },
            },
        },
    ],
};

/**
 * CDK's synthesized agent with a Lambda action group, @aws-cdk/aws-bedrock-alpha: aws/aws-cdk
 * packages/@aws-cdk/aws-bedrock-alpha/test/bedrock/agents/integ.action-group.js.snapshot/aws-cdk-bedrock-action-group-1.template.json
 * at 9e51c536d5e959acbf2a0402ea1e7404234258a5: the agent's role, its default policy, and the
 * function's permission for Bedrock (SourceAccount, no SourceArn).
 */
export const CDK_AGENT_ACTION_GROUP = {
    ActionGroupFunctionLambdaInvocationPolicyc855117c0e9b7e1e08A69654: {
        Type: "AWS::Lambda::Permission",
        Properties: {
            Action: "lambda:InvokeFunction",
            FunctionName: {
                "Fn::GetAtt": ["ActionGroupFunctionFE14D1CB", "Arn"],
            },
            Principal: "bedrock.amazonaws.com",
            SourceAccount: {
                Ref: "AWS::AccountId",
            },
        },
    },
    MyAgentRoleE8318EBB: {
        Type: "AWS::IAM::Role",
        Properties: {
            AssumeRolePolicyDocument: {
                Statement: [
                    {
                        Action: "sts:AssumeRole",
                        Condition: {
                            StringEquals: {
                                "aws:SourceAccount": {
                                    Ref: "AWS::AccountId",
                                },
                            },
                            ArnLike: {
                                "aws:SourceArn": {
                                    "Fn::Join": [
                                        "",
                                        [
                                            "arn:",
                                            { Ref: "AWS::Partition" },
                                            ":bedrock:",
                                            { Ref: "AWS::Region" },
                                            ":",
                                            { Ref: "AWS::AccountId" },
                                            ":agent/*",
                                        ],
                                    ],
                                },
                            },
                        },
                        Effect: "Allow",
                        Principal: {
                            Service: "bedrock.amazonaws.com",
                        },
                    },
                ],
                Version: "2012-10-17",
            },
            RoleName: "agent-awscdkbedrockactiongroup1-myagent-319c695f-bedrockagent",
        },
    },
    MyAgentRoleDefaultPolicy30DBC7AC: {
        Type: "AWS::IAM::Policy",
        Properties: {
            PolicyDocument: {
                Statement: [
                    {
                        Action: "lambda:InvokeFunction",
                        Effect: "Allow",
                        Resource: [
                            { "Fn::GetAtt": ["ActionGroupFunctionFE14D1CB", "Arn"] },
                            {
                                "Fn::Join": [
                                    "",
                                    [{ "Fn::GetAtt": ["ActionGroupFunctionFE14D1CB", "Arn"] }, ":*"],
                                ],
                            },
                        ],
                    },
                    {
                        Action: ["bedrock:GetFoundationModel", "bedrock:InvokeModel*"],
                        Effect: "Allow",
                        Resource: {
                            "Fn::Join": [
                                "",
                                [
                                    "arn:",
                                    { Ref: "AWS::Partition" },
                                    ":bedrock:",
                                    { Ref: "AWS::Region" },
                                    "::foundation-model/anthropic.claude-3-5-sonnet-20241022-v2:0",
                                ],
                            ],
                        },
                    },
                ],
                Version: "2012-10-17",
            },
            PolicyName: "MyAgentRoleDefaultPolicy30DBC7AC",
            Roles: [{ Ref: "MyAgentRoleE8318EBB" }],
        },
    },
};

/**
 * CDK's synthesized AgentCore gateway with interceptors, @aws-cdk/aws-bedrock-agentcore-alpha:
 * aws/aws-cdk packages/@aws-cdk/aws-bedrock-agentcore-alpha/test/agentcore/gateway/integ.gateway-interceptor.js.snapshot/aws-cdk-bedrock-agentcore-gateway-interceptor.template.json
 * at 9ff1b444c5d562e1b49a86e86b23153900c6014f: an unconditioned trust statement beside the
 * conditioned one, and invoke on exactly its functions.
 */
export const CDK_ALPHA_GATEWAY = {
    GatewayServiceRole162DEA77: {
        Type: "AWS::IAM::Role",
        Properties: {
            AssumeRolePolicyDocument: {
                Statement: [
                    {
                        Action: "sts:AssumeRole",
                        Effect: "Allow",
                        Principal: {
                            Service: "bedrock-agentcore.amazonaws.com",
                        },
                    },
                    {
                        Action: "sts:AssumeRole",
                        Condition: {
                            StringEquals: {
                                "aws:SourceAccount": {
                                    Ref: "AWS::AccountId",
                                },
                            },
                            ArnLike: {
                                "aws:SourceArn": {
                                    "Fn::Join": [
                                        "",
                                        [
                                            "arn:",
                                            { Ref: "AWS::Partition" },
                                            ":bedrock-agentcore:",
                                            { Ref: "AWS::Region" },
                                            ":",
                                            { Ref: "AWS::AccountId" },
                                            ":gateway/integ-gateway-interceptor*",
                                        ],
                                    ],
                                },
                            },
                        },
                        Effect: "Allow",
                        Principal: {
                            Service: "bedrock-agentcore.amazonaws.com",
                        },
                    },
                ],
                Version: "2012-10-17",
            },
            Description: "Service role for Bedrock AgentCore Gateway integ-gateway-interceptor",
        },
    },
    GatewayServiceRoleDefaultPolicy5A851A93: {
        Type: "AWS::IAM::Policy",
        Properties: {
            PolicyDocument: {
                Statement: [
                    {
                        Action: "lambda:InvokeFunction",
                        Effect: "Allow",
                        Resource: [
                            { "Fn::GetAtt": ["RequestInterceptorBE1C44C8", "Arn"] },
                            { "Fn::GetAtt": ["ResponseInterceptor986DF12E", "Arn"] },
                            { "Fn::GetAtt": ["TargetFunctionBA89AD45", "Arn"] },
                            {
                                "Fn::Join": [
                                    "",
                                    [{ "Fn::GetAtt": ["RequestInterceptorBE1C44C8", "Arn"] }, ":*"],
                                ],
                            },
                            {
                                "Fn::Join": [
                                    "",
                                    [{ "Fn::GetAtt": ["ResponseInterceptor986DF12E", "Arn"] }, ":*"],
                                ],
                            },
                            { "Fn::Join": ["", [{ "Fn::GetAtt": ["TargetFunctionBA89AD45", "Arn"] }, ":*"]] },
                        ],
                    },
                ],
                Version: "2012-10-17",
            },
            PolicyName: "GatewayServiceRoleDefaultPolicy5A851A93",
            Roles: [{ Ref: "GatewayServiceRole162DEA77" }],
        },
    },
};

/**
 * CDK's synthesized AgentCore runtime role, @aws-cdk/aws-bedrock-agentcore-alpha: aws/aws-cdk
 * packages/@aws-cdk/aws-bedrock-agentcore-alpha/test/agentcore/runtime/integ.runtime.js.snapshot/aws-cdk-bedrock-agentcore-runtime.template.json
 * at 04a4b03730ab29ab4089cadd7ae266f795f1abc4: trust with no condition.
 */
export const CDK_ALPHA_RUNTIME_ROLE = {
    Type: "AWS::IAM::Role",
    Properties: {
        AssumeRolePolicyDocument: {
            Statement: [
                {
                    Action: "sts:AssumeRole",
                    Effect: "Allow",
                    Principal: {
                        Service: "bedrock-agentcore.amazonaws.com",
                    },
                },
            ],
            Version: "2012-10-17",
        },
        Description: "Execution role for Bedrock Agent Core Runtime",
        MaxSessionDuration: 28800,
    },
};

/**
 * CDK's synthesized AgentCore runtime role, aws-cdk-lib aws-bedrockagentcore (stable): aws/aws-cdk
 * packages/@aws-cdk-testing/framework-integ/test/aws-bedrockagentcore/test/agentcore/runtime/integ.runtime.js.snapshot/aws-cdk-bedrock-agentcore-runtime.template.json
 * at 101ebae8b4f1634bc870500a62297259c135eae9: SourceAccount and runtime/<name>*.
 */
export const CDK_STABLE_RUNTIME_ROLE = {
    Type: "AWS::IAM::Role",
    Properties: {
        AssumeRolePolicyDocument: {
            Statement: [
                {
                    Action: "sts:AssumeRole",
                    Condition: {
                        StringEquals: {
                            "aws:SourceAccount": {
                                Ref: "AWS::AccountId",
                            },
                        },
                        ArnLike: {
                            "aws:SourceArn": {
                                "Fn::Join": [
                                    "",
                                    [
                                        "arn:",
                                        { Ref: "AWS::Partition" },
                                        ":bedrock-agentcore:",
                                        { Ref: "AWS::Region" },
                                        ":",
                                        { Ref: "AWS::AccountId" },
                                        ":runtime/integ_test_runtime*",
                                    ],
                                ],
                            },
                        },
                    },
                    Effect: "Allow",
                    Principal: {
                        Service: "bedrock-agentcore.amazonaws.com",
                    },
                },
            ],
            Version: "2012-10-17",
        },
        Description: "Execution role for Bedrock Agent Core Runtime",
        MaxSessionDuration: 28800,
    },
};

/**
 * The starter toolkit's execution-role trust template (Jinja placeholders):
 * aws/bedrock-agentcore-starter-toolkit src/bedrock_agentcore_starter_toolkit/utils/runtime/templates/execution_role_trust_policy.json.j2
 * at 4f90432b (rendered for the runtime and, by operations/gateway/create_role.py, the gateway).
 */
export const TOOLKIT_TRUST_TEMPLATE = {
    Version: "2012-10-17",
    Statement: [
        {
            Sid: "AssumeRolePolicy",
            Effect: "Allow",
            Principal: {
                Service: "bedrock-agentcore.amazonaws.com",
            },
            Action: "sts:AssumeRole",
            Condition: {
                StringEquals: {
                    "aws:SourceAccount": "{{ account_id }}",
                },
                ArnLike: {
                    "aws:SourceArn": "arn:{{ partition }}:bedrock-agentcore:{{ region }}:{{ account_id }}:*",
                },
            },
        },
    ],
};

/**
 * The starter toolkit's gateway policy `BedrockAgentCoreGatewayStarterFullAccess`:
 * aws/bedrock-agentcore-starter-toolkit src/bedrock_agentcore_starter_toolkit/operations/gateway/constants.py
 * AGENTCORE_FULL_ACCESS at 4f90432b, a managed policy attached to the gateway role.
 */
export const TOOLKIT_GATEWAY_FULL_ACCESS = STARTER_TOOLKIT_GATEWAY.agentCoreFullAccess;

/**
 * The starter toolkit's imported-agent gateway policy (`{account_id}` an f-string):
 * aws/bedrock-agentcore-starter-toolkit src/bedrock_agentcore_starter_toolkit/services/import_agent/scripts/base_bedrock_translate.py
 * _update_gateway_role_with_lambda_permission at 4f90432b.
 */
export const TOOLKIT_IMPORTED_GATEWAY_LAMBDA = {
    Version: "2012-10-17",
    Statement: [
        {
            Sid: "AmazonBedrockAgentCoreGatewayLambdaProd",
            Effect: "Allow",
            Action: ["lambda:InvokeFunction"],
            Resource: ["arn:aws:lambda:*:{account_id}:function:*:*"],
            Condition: { StringEquals: { "aws:ResourceAccount": "{account_id}" } },
        },
    ],
};

/**
 * The starter toolkit's Lambda permission for its gateway (operations/gateway/create_lambda.py at
 * 4f90432b): `add_permission(FunctionName=..., StatementId="AllowAgentCoreInvoke",
 * Action="lambda:InvokeFunction", Principal=gateway_role_arn)`, the role, not a service.
 */
export const TOOLKIT_GATEWAY_PERMISSION = {
    StatementId: "AllowAgentCoreInvoke",
    Action: "lambda:InvokeFunction",
    Principal: "{gateway_role_arn}",
};

/**
 * Terraform, aws-ia/terraform-aws-agentcore iam.tf at dbb87aecdcfcd4d57679b49b5043d5b46b2a6c03:
 * `data "aws_iam_policy_document" "gateway_assume_role"` (runtime, memory, browser and code
 * interpreter roles' alike): no condition.
 */
export const TERRAFORM_AGENTCORE_GATEWAY_TRUST = [
    {
        actions: ["sts:AssumeRole"],
        effect: "Allow",
        principals: [{ type: "Service", identifiers: ["bedrock-agentcore.amazonaws.com"] }],
    },
];

/**
 * Terraform, aws-ia/terraform-aws-bedrock data.tf at 4b74b7dd5110292cb34ca911448581153484f13f:
 * `data "aws_iam_policy_document" "agent_trust"` (`${local...}` interpolations).
 */
export const TERRAFORM_BEDROCK_AGENT_TRUST = [
    {
        actions: ["sts:AssumeRole"],
        principals: [{ identifiers: ["bedrock.amazonaws.com"], type: "Service" }],
        conditions: [
            { test: "StringEquals", values: ["${local.account_id}"], variable: "aws:SourceAccount" },
            {
                test: "ArnLike",
                values: ["arn:${local.partition}:bedrock:${local.region}:${local.account_id}:agent/*"],
                variable: "AWS:SourceArn",
            },
        ],
    },
];

/**
 * Terraform, aws-ia/terraform-aws-bedrock iam.tf at 4b74b7dd5110292cb34ca911448581153484f13f:
 * `resource "aws_lambda_permission" "allow_bedrock_agent"`, source_arn the agent's, no
 * source_account.
 */
export const TERRAFORM_BEDROCK_LAMBDA_PERMISSION = {
    action: "lambda:InvokeFunction",
    function_name: "local.action_group_names[count.index]",
    principal: "bedrock.amazonaws.com",
    source_arn: "awscc_bedrock_agent.bedrock_agent[0].agent_arn",
};

/**
 * Terraform, aws-ia/terraform-aws-bedrock iam.tf at 4b74b7dd: the knowledge base's role
 * (`aws_iam_role.bedrock_knowledge_base_role`, assume_role_policy = jsonencode(...)): no condition.
 */
export const TERRAFORM_BEDROCK_KNOWLEDGE_BASE_TRUST = {
    Version: "2012-10-17",
    Statement: [
        {
            Effect: "Allow",
            Principal: {
                Service: "bedrock.amazonaws.com",
            },
            Action: "sts:AssumeRole",
        },
    ],
};

/**
 * Pulumi's AWS provider, @pulumi/aws 7.48.0 bedrock/agentcoreAgentRuntime.d.ts, "Basic Usage" (the
 * registry page's example): `aws.iam.getPolicyDocument({ statements: [...] })` for the runtime's
 * role, no condition. The provider's gateway, memory, browser, code interpreter, harness and online
 * evaluation examples write the same statement.
 */
export const PULUMI_AGENTCORE_RUNTIME_ASSUME_ROLE = [
    {
        principals: [
            {
                type: "Service",
                identifiers: ["bedrock-agentcore.amazonaws.com"],
            },
        ],
        effect: "Allow",
        actions: ["sts:AssumeRole"],
    },
];

/**
 * Pulumi's AWS provider, @pulumi/aws 7.48.0 bedrock/agentAgent.d.ts, "Basic Usage":
 * `exampleAgentTrust` (template literals of getCallerIdentity, getPartition and getRegion).
 */
export const PULUMI_AGENT_TRUST = [
    {
        conditions: [
            {
                test: "StringEquals",
                values: ["${current.accountId}"],
                variable: "aws:SourceAccount",
            },
            {
                test: "ArnLike",
                values: [
                    "arn:${currentGetPartition.partition}:bedrock:${currentGetRegion.region}:${current.accountId}:agent/*",
                ],
                variable: "AWS:SourceArn",
            },
        ],
        principals: [
            {
                identifiers: ["bedrock.amazonaws.com"],
                type: "Service",
            },
        ],
        actions: ["sts:AssumeRole"],
    },
];
