import type * as pulumi from "@pulumi/pulumi";

/**
 * An object in S3, given either as `bucket` and `key` or as its `arn` (`arn:aws:s3:::bucket/key`),
 * never both.
 */
export interface S3ObjectArgs {
    /** Bucket name, with `key`. */
    bucket?: pulumi.Input<string>;
    /** Object key within `bucket`, for example `schemas/openapi.json`. */
    key?: pulumi.Input<string>;
    /** The object's ARN, instead of `bucket` and `key`. */
    arn?: pulumi.Input<string>;
}

/** An action group of the agent: the Lambda it calls and the S3 object holding its API schema. */
export interface ActionGroupArgs {
    /**
     * The action group's name, as given to `aws.bedrock.AgentAgentActionGroup`. It names the
     * group's Lambda permission, so it must be known when the program runs.
     */
    name: string;
    /**
     * Name or ARN of the Lambda function that executes the group's actions. The component adds a
     * resource-based permission letting Bedrock invoke it on behalf of the agent only.
     */
    lambdaFunction?: pulumi.Input<string>;
    /** The group's OpenAPI schema in S3, which the agent role may read. */
    apiSchema?: S3ObjectArgs;
}

/** A knowledge base whose vector store is outside AWS (Pinecone, Redis Enterprise Cloud, ...). */
export interface ThirdPartyKnowledgeBaseArgs {
    /** ARN of the Secrets Manager secret that holds the vector store's credentials. */
    credentialsSecretArn: pulumi.Input<string>;
    /** Id or ARN of the knowledge base, when the agent also retrieves from it. */
    knowledgeBase?: pulumi.Input<string>;
}

/** IAM quotas of the account, where they have been raised above AWS's defaults. */
export interface IamQuotasArgs {
    /** Characters allowed in a role's trust policy. Defaults to 2048. */
    trustPolicySize?: pulumi.Input<number>;
    /**
     * Customer-managed policies the component may attach to the role for statements that do not
     * fit the 10,240 characters of inline policy. Defaults to 10, the default number of managed
     * policies per role; lower it when other policies are attached to the role too.
     */
    managedPoliciesPerRole?: pulumi.Input<number>;
}

/** Arguments of {@link BedrockAgentRole}. Every list may be given in any order. */
export interface BedrockAgentRoleArgs {
    /**
     * Foundation models the agent may invoke on demand, as model ids
     * (`anthropic.claude-3-5-sonnet-20240620-v1:0`) or foundation-model ARNs in the agent's region.
     */
    foundationModels?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Whether the agent may stream model responses (`bedrock:InvokeModelWithResponseStream`).
     * Defaults to true: agents that stream fail without it.
     */
    streaming?: pulumi.Input<boolean>;
    /** The agent's action groups, each with its Lambda and API schema. */
    actionGroups?: ActionGroupArgs[];
    /** Knowledge bases the agent may query, as ids (`KB12345678`) or ARNs. */
    knowledgeBases?: pulumi.Input<pulumi.Input<string>[]>;
    /** Knowledge bases stored in a third-party vector store, each with its credentials secret. */
    thirdPartyKnowledgeBases?: ThirdPartyKnowledgeBaseArgs[];
    /** Id or ARN of the customer-managed KMS key that encrypts the agent. */
    customerEncryptionKey?: pulumi.Input<string>;
    /**
     * Ids or ARNs of the agents that use this role, once they exist. When given, the trust policy,
     * the Lambda permissions and the KMS condition admit these agents only; otherwise they admit
     * any agent of the account and region (`agent/*`). Plain strings give Lambda permission
     * resource names that do not depend on the list's order.
     */
    agentIds?: pulumi.Input<string>[];
    /** Account id of the agent. Defaults to the provider's account, and must equal it. */
    account?: pulumi.Input<string>;
    /** Region of the agent. Defaults to the provider's region. */
    region?: pulumi.Input<string>;
    /** Partition of the agent. Defaults to the provider's partition, and must equal it. */
    partition?: pulumi.Input<string>;
    /**
     * Suffix of the role name after `AmazonBedrockExecutionRoleForAgents_`, at most 28 characters.
     * Defaults to the component name and a hash of the project, stack and component name.
     */
    roleNameSuffix?: string;
    /** Description of the role. */
    description?: pulumi.Input<string>;
    /** Path of the role, for example `/bedrock/`. Defaults to `/`. */
    path?: pulumi.Input<string>;
    /** Tags of the role and of every policy the component creates. */
    tags?: pulumi.Input<{ [key: string]: pulumi.Input<string> }>;
    /** Maximum session duration of the role in seconds, 3600 to 43200. */
    maxSessionDuration?: pulumi.Input<number>;
    /** ARN of the managed policy that bounds the role's permissions. */
    permissionsBoundary?: pulumi.Input<string>;
    /** IAM quotas raised above AWS's defaults in the account. */
    quotas?: IamQuotasArgs;
}
