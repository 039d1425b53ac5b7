import { ArnRule } from "./arn";

const AGENT_ID = /^[0-9a-zA-Z]{10}$/;

/** A foundation model, invoked on demand: its ARN has a region but no account. */
export const FOUNDATION_MODEL: ArnRule = {
    service: "bedrock",
    resourcePrefix: "foundation-model/",
    resource: /^[a-z0-9-]+\.[a-zA-Z0-9][a-zA-Z0-9.:_-]{0,139}$/,
    scope: "region-only",
    exampleResource: "anthropic.claude-3-5-sonnet-20240620-v1:0",
};

/** A Bedrock knowledge base. */
export const KNOWLEDGE_BASE: ArnRule = {
    service: "bedrock",
    resourcePrefix: "knowledge-base/",
    resource: /^[0-9a-zA-Z]{10}$/,
    scope: "regional",
    exampleResource: "KB12345678",
};

/** A Bedrock agent, the caller that the trust policy and Lambda permissions admit. */
export const AGENT: ArnRule = {
    service: "bedrock",
    resourcePrefix: "agent/",
    resource: AGENT_ID,
    scope: "regional",
    exampleResource: "AGENT12345",
};

/** A Lambda function, optionally qualified by a version or alias. */
export const LAMBDA_FUNCTION: ArnRule = {
    service: "lambda",
    resourcePrefix: "function:",
    resource: /^[a-zA-Z0-9_-]{1,64}(:(\$LATEST|[a-zA-Z0-9_-]{1,128}))?$/,
    scope: "regional",
    exampleResource: "support-agent-actions",
};

/** A symmetric KMS key, single- or multi-Region. */
export const KMS_KEY: ArnRule = {
    service: "kms",
    resourcePrefix: "key/",
    resource: /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/,
    scope: "regional",
    exampleResource: "1234abcd-12ab-34cd-56ef-1234567890ab",
};

/** A Secrets Manager secret; its ARN ends with the six characters Secrets Manager appends. */
export const SECRET: ArnRule = {
    service: "secretsmanager",
    resourcePrefix: "secret:",
    resource: /^[a-zA-Z0-9/_+=.@-]{1,512}-[a-zA-Z0-9]{6}$/,
    scope: "regional",
    exampleResource: "pinecone-credentials-AbC123",
};

/** A customer-managed IAM policy (or, with account `aws`, an AWS-managed one), with its path. */
export const MANAGED_POLICY: ArnRule = {
    service: "iam",
    resourcePrefix: "policy/",
    resource: /^(\/?[\x21-\x7e]+\/)?[\w+=,.@-]{1,128}$/,
    scope: "account-only",
    exampleResource: "AgentBoundary",
};

/** An S3 object, as `bucket/key`. */
export const S3_OBJECT: ArnRule = {
    service: "s3",
    resourcePrefix: "",
    resource: /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/[^*?$]{1,1024}$/,
    scope: "global",
    exampleResource: "agent-schemas/support/openapi.json",
};
