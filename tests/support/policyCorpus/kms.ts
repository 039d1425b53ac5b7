// Peer documents on KMS keys of agents and gateways, each copied as its source publishes it. AWS's
// pages write placeholders (`{{us-east-1}}`, `${key-id}`) that the rendered page shows without the
// braces; they are kept as the page renders them.

/**
 * The starter toolkit's gateway role, its two customer-managed policies (`POLICIES_TO_CREATE`):
 * aws/bedrock-agentcore-starter-toolkit, src/bedrock_agentcore_starter_toolkit/operations/gateway/constants.py
 * at 30db94ac32d377321c76eb3e9837c49eb3094dd5 (AGENTCORE_FULL_ACCESS, KMS_FULL_ACCESS).
 */
export const STARTER_TOOLKIT_GATEWAY = {
    agentCoreFullAccess: {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "BedrockAgentCoreFullAccess",
                Effect: "Allow",
                Action: ["bedrock-agentcore:*"],
                Resource: "arn:aws:bedrock-agentcore:*:*:*",
            },
            {
                Sid: "GetSecretValue",
                Effect: "Allow",
                Action: ["secretsmanager:GetSecretValue"],
                Resource: "*",
            },
            {
                Sid: "LambdaInvokeAccess",
                Effect: "Allow",
                Action: ["lambda:InvokeFunction"],
                Resource: "arn:aws:lambda:*:*:function:*",
            },
        ],
    },
    kmsFullAccess: {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "KmsFullAccess",
                Effect: "Allow",
                Action: ["kms:*"],
                Resource: "arn:aws:kms:*:*:*",
            },
        ],
    },
};

/**
 * Bedrock, "Encryption of agent resources with customer managed keys (CMK)", agents created after
 * 2025-01-22: the callers' identity policy and the key policy.
 * https://docs.aws.amazon.com/bedrock/latest/userguide/cmk-agent-resources.html
 */
export const AWS_AGENT_KEY = {
    identity: {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "EncryptAgents",
                Effect: "Allow",
                Action: ["kms:GenerateDataKey", "kms:Decrypt"],
                Resource: "arn:aws:kms:us-east-1:123456789012:key/${key-id}",
                Condition: {
                    StringEquals: {
                        "kms:EncryptionContext:aws:bedrock:arn":
                            "arn:aws:bedrock:us-east-1:123456789012:agent/${agent-id}",
                    },
                },
            },
        ],
    },
    keyPolicy: {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "Allow account root to modify the KMS key, not used by Amazon Bedrock.",
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::111122223333:root" },
                Action: "kms:*",
                Resource: "arn:aws:kms:us-east-1:123456789012:key/${key-id}",
            },
            {
                Sid: "Allow Amazon Bedrock to encrypt and decrypt Agent resources on behalf of authorized users",
                Effect: "Allow",
                Principal: { Service: "bedrock.amazonaws.com" },
                Action: ["kms:GenerateDataKey", "kms:Decrypt"],
                Resource: "arn:aws:kms:us-east-1:123456789012:key/${key-id}",
                Condition: {
                    StringEquals: {
                        "kms:EncryptionContext:aws:bedrock:arn":
                            "arn:aws:bedrock:us-east-1:123456789012:agent/${agent-id}",
                    },
                },
            },
        ],
    },
};

/**
 * Bedrock, "Encryption of agent resources for agents created before January 22, 2025": the key
 * policy (the service role holds the key's use directly, and Bedrock makes grants).
 * https://docs.aws.amazon.com/bedrock/latest/userguide/encryption-agents.html
 */
export const AWS_LEGACY_AGENT_KEY_POLICY = {
    Version: "2012-10-17",
    Statement: [
        {
            Sid: "AllowRootModifyKMSKey",
            Effect: "Allow",
            Principal: { AWS: "arn:aws:iam::123456789012:root" },
            Action: "kms:*",
            Resource: "arn:aws:kms:us-east-1:123456789012:key/KeyId",
        },
        {
            Sid: "AllowBedrockEncryptAgent",
            Effect: "Allow",
            Principal: { Service: "bedrock.amazonaws.com" },
            Action: ["kms:GenerateDataKey", "kms:Decrypt"],
            Resource: "arn:aws:kms:us-east-1:123456789012:key/KeyId",
            Condition: {
                StringEquals: {
                    "kms:EncryptionContext:aws:bedrock:arn":
                        "arn:aws:bedrock:us-east-1:123456789012:agent/AgentId",
                },
            },
        },
        {
            Sid: "AllowRoleEncryptAgent",
            Effect: "Allow",
            Principal: { AWS: "arn:aws:iam::123456789012:role/Role" },
            Action: ["kms:GenerateDataKey*", "kms:Decrypt"],
            Resource: "arn:aws:kms:us-east-1:123456789012:key/KeyId",
        },
        {
            Sid: "AllowAttachmentPersistentResources",
            Effect: "Allow",
            Principal: { Service: "bedrock.amazonaws.com" },
            Action: ["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"],
            Resource: "*",
            Condition: { Bool: { "kms:GrantIsForAWSResource": "true" } },
        },
    ],
};

/**
 * Bedrock, "(Optional) Create a customer managed key for your guardrail for additional security":
 * the key policy for guardrails' creators and users.
 * https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-permissions-kms.html
 */
export const AWS_GUARDRAIL_KEY_POLICY = {
    Version: "2012-10-17",
    Id: "KMS key policy",
    Statement: [
        {
            Sid: "PermissionsForGuardrailsCreators",
            Effect: "Allow",
            Principal: { AWS: "arn:aws:iam::111122223333:user/role" },
            Action: ["kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey", "kms:CreateGrant"],
            Resource: "*",
        },
        {
            Sid: "PermissionsForGuardrailsUsers",
            Effect: "Allow",
            Principal: { AWS: "arn:aws:iam::111122223333:user/role" },
            Action: "kms:Decrypt",
            Resource: "*",
        },
    ],
};

/**
 * AgentCore, "Encrypt your AgentCore gateway with a customer-managed KMS key", its example key policy
 * (agentcore-iam-facts.md, gateway CMK).
 * https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/gateway-encryption.html
 */
export const AWS_GATEWAY_KEY_POLICY = {
    Version: "2012-10-17",
    Statement: [
        {
            Sid: "AllowServiceRoleDescribeKey",
            Effect: "Allow",
            Principal: { AWS: "arn:aws:iam::123456789012:role/GatewayServiceRole" },
            Action: ["kms:DescribeKey"],
            Resource: "*",
            Condition: { StringEquals: { "kms:ViaService": ["bedrock-agentcore.us-east-1.amazonaws.com"] } },
        },
        {
            Sid: "AllowServiceRoleDecryptKey",
            Effect: "Allow",
            Principal: { AWS: "arn:aws:iam::123456789012:role/GatewayServiceRole" },
            Action: ["kms:Decrypt", "kms:GenerateDataKey"],
            Resource: "*",
            Condition: {
                StringEquals: { "kms:ViaService": ["bedrock-agentcore.us-east-1.amazonaws.com"] },
                StringLike: {
                    "kms:EncryptionContext:aws:bedrock-agentcore-gateway:arn":
                        "arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/GatewayId",
                },
            },
        },
        {
            Sid: "AllowServiceRoleCreateGrant",
            Effect: "Allow",
            Principal: { AWS: "arn:aws:iam::123456789012:role/GatewayServiceRole" },
            Action: "kms:CreateGrant",
            Resource: "*",
            Condition: {
                StringEquals: {
                    "kms:ViaService": ["bedrock-agentcore.us-east-1.amazonaws.com"],
                    "kms:GrantConstraintType": "EncryptionContextSubset",
                },
                "ForAllValues:StringEquals": { "kms:GrantOperations": ["Decrypt", "GenerateDataKey"] },
                StringLike: {
                    "kms:EncryptionContext:aws:bedrock-agentcore-gateway:arn":
                        "arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/GatewayId",
                },
            },
        },
        {
            Sid: "AllowKMSDecryptionLogging",
            Effect: "Allow",
            Principal: { Service: "delivery.logs.amazonaws.com" },
            Action: ["kms:GenerateDataKey", "kms:Decrypt"],
            Resource: "*",
            Condition: {
                StringEquals: { "kms:EncryptionContext:SourceArn": "arn:aws:logs:us-east-1:123456789012:*" },
            },
        },
    ],
};

/**
 * AgentCore, "Encrypt your Amazon Bedrock AgentCore Memory": the policy of "the IAM user or role that
 * you are using to setup memory" (facts-24.md §4).
 * https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/storage-encryption.html
 */
export const AWS_MEMORY_DEPLOYER_POLICY = {
    Version: "2012-10-17",
    Statement: [
        {
            Sid: "AllowAgentCoreMemoryKMS",
            Effect: "Allow",
            Action: [
                "kms:CreateGrant",
                "kms:Decrypt",
                "kms:DescribeKey",
                "kms:GenerateDataKey",
                "kms:GenerateDataKeyWithoutPlaintext",
                "kms:ReEncrypt*",
            ],
            Resource: "arn:aws:kms:*:111122223333:key/*",
            Condition: { StringEquals: { "kms:ViaService": "bedrock-agentcore.us-east-1.amazonaws.com" } },
        },
    ],
};

/**
 * AgentCore Identity, "Set customer managed key policy", the token vault's key (facts-24.md §2): its
 * statements have no Principal, as published.
 * https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/kms-key-policy-configuration.html
 */
export const AWS_TOKEN_VAULT_KEY_POLICY = {
    Id: "identity-service-cmk-policy",
    Version: "2012-10-17",
    Statement: [
        {
            Sid: "BedrockAgentCoreIdentityKMSAccess",
            Effect: "Allow",
            Action: ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKeyWithoutPlaintext"],
            Resource: "*",
            Condition: {
                StringLike: { "kms:ViaService": "bedrock-agentcore-identity.*.amazonaws.com" },
                StringEquals: { "aws:ResourceAccount": "${aws:PrincipalAccount}" },
                ArnLike: {
                    "kms:EncryptionContext:aws-crypto-ec:aws:bedrock-agentcore-identity:token-vault-arn":
                        "arn:aws:bedrock-agentcore:*:*:token-vault/default",
                },
            },
        },
        {
            Sid: "BedrockAgentCoreIdentityDescribeKeyKMSAccess",
            Effect: "Allow",
            Action: ["kms:DescribeKey"],
            Resource: "*",
            Condition: {
                StringEquals: { "aws:ResourceAccount": "${aws:PrincipalAccount}" },
                StringLike: { "kms:ViaService": "bedrock-agentcore-identity.*.amazonaws.com" },
            },
        },
    ],
};

/**
 * CDK's memory with a key: the role's default policy as synthesized (`MemoryWithBuiltinStrategies`),
 * its resource a CloudFormation reference to the key's ARN.
 * aws/aws-cdk, packages/@aws-cdk/aws-bedrock-agentcore-alpha/test/agentcore/memory/integ.memory.js.snapshot/aws-cdk-bedrock-agentcore-memory-1.template.json
 * at 3f9217d68e01ff8cfa03c600fdf7777c9797ed4f (MemoryWithBuiltinStrategiesServiceRoleDefaultPolicy99037030).
 */
export const CDK_MEMORY_ROLE_POLICY = {
    Statement: [
        {
            Action: [
                "kms:CreateGrant",
                "kms:Decrypt",
                "kms:DescribeKey",
                "kms:GenerateDataKey",
                "kms:GenerateDataKeyWithoutPlaintext",
                "kms:ReEncrypt*",
            ],
            Effect: "Allow",
            Resource: { "Fn::GetAtt": ["MyEncryptionKeyD795679F", "Arn"] },
        },
    ],
    Version: "2012-10-17",
};

/** The same template's memory role trust policy (`MemoryWithBuiltinStrategiesServiceRole9D3D59C7`). */
export const CDK_MEMORY_ROLE_TRUST = {
    Statement: [
        {
            Action: "sts:AssumeRole",
            Effect: "Allow",
            Principal: { Service: "bedrock-agentcore.amazonaws.com" },
        },
    ],
    Version: "2012-10-17",
};

/**
 * Terraform, aws-ia/terraform-aws-bedrock iam.tf at 4b74b7dd5110292cb34ca911448581153484f13f:
 * `resource "aws_iam_policy" "bedrock_kb_s3_decryption_policy"` (AmazonBedrockS3KMSPolicyForKnowledgeBase),
 * attached to the knowledge base's role when the S3 data source has a key. Its `jsonencode`
 * document; the bare reference `var.kb_s3_data_source_kms_arn` is written in Terraform's
 * interpolation form, `${...}`, as the `${data...}` inside the condition is.
 */
export const TERRAFORM_BEDROCK_KB_S3_KEY_POLICY = {
    Version: "2012-10-17",
    Statement: [
        {
            Effect: "Allow",
            Action: "kms:Decrypt",
            Resource: "${var.kb_s3_data_source_kms_arn}",
            Condition: {
                StringEquals: {
                    "kms:ViaService": ["s3.${data.aws_region.current.region}.amazonaws.com"],
                },
            },
        },
    ],
};

/**
 * Terraform, aws-ia/terraform-aws-agentcore v0.0.4 (bcf21ccc2f3e4f98449ac69496a9d4a3948a11cf; the
 * same text from v0.0.3 to fc57f63ec0e6abd93d12178d866b3d7017af750f, the last commit before 1.0.0,
 * which writes no KMS grant): memory.tf, `resource "aws_iam_policy" "memory_kms_policy"`, attached
 * to the memory role, whose trust (`aws_iam_role.memory_role`) names AgentCore without conditions.
 * Both `jsonencode` documents; `var.memory_encryption_key_arn` in interpolation form. The policy
 * is AWS's storage-encryption statement (AWS_MEMORY_DEPLOYER_POLICY) with
 * `bedrock-agentcore.*.amazonaws.com` under StringEquals, where `*` is no wildcard.
 */
export const TERRAFORM_AGENTCORE_MEMORY_KEY = {
    policy: {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "AllowAgentCoreMemoryKMS",
                Effect: "Allow",
                Action: [
                    "kms:CreateGrant",
                    "kms:Decrypt",
                    "kms:DescribeKey",
                    "kms:GenerateDataKey",
                    "kms:GenerateDataKeyWithoutPlaintext",
                    "kms:ReEncrypt*",
                ],
                Resource: "${var.memory_encryption_key_arn}",
                Condition: {
                    StringEquals: {
                        "kms:ViaService": "bedrock-agentcore.*.amazonaws.com",
                    },
                },
            },
        ],
    },
    trust: {
        Version: "2012-10-17",
        Statement: [
            {
                Action: "sts:AssumeRole",
                Effect: "Allow",
                Principal: {
                    Service: "bedrock-agentcore.amazonaws.com",
                },
            },
        ],
    },
};

/**
 * The same module and version (from v0.0.2 to fc57f63): gateway.tf,
 * `resource "aws_iam_role_policy" "gateway_role_policy"`, its first statement, present when
 * `gateway_kms_key_arn` is set (the others grant the gateway's own read and manage actions and
 * outbound OAuth, no KMS); and the gateway role's trust (`aws_iam_role.gateway_role`).
 * `var.gateway_kms_key_arn` and the `data...` references in interpolation form.
 */
export const TERRAFORM_AGENTCORE_GATEWAY_KEY = {
    statement: {
        Effect: "Allow",
        Action: ["kms:Decrypt"],
        Resource: ["${var.gateway_kms_key_arn}"],
    },
    trust: {
        Version: "2012-10-17",
        Statement: [
            {
                Sid: "AssumeRolePolicy",
                Action: "sts:AssumeRole",
                Effect: "Allow",
                Principal: {
                    Service: "bedrock-agentcore.amazonaws.com",
                },
                Condition: {
                    StringEquals: {
                        "aws:SourceAccount": "${data.aws_caller_identity.current.account_id}",
                    },
                    ArnLike: {
                        "aws:SourceArn":
                            "arn:aws:bedrock-agentcore:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:*",
                    },
                },
            },
        ],
    },
};
