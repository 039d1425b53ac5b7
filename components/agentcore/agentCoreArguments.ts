// The arguments every AgentCore role shares: the role itself, declared once for every kind's args
// and argument table.
import type { ExtraStatementsArgs } from "../grants/extraStatements";
import type { IamQuotasArgs } from "../iam/quotas";
import type { RoleSettingsArgs } from "../iam/roleSettings";

/** What every AgentCore role takes about the role itself. */
export interface AgentCoreRoleArgs extends ExtraStatementsArgs, RoleSettingsArgs {
    /**
     * Suffix of the role name after the kind's prefix (`AgentCoreRuntime_`, `AgentCoreGateway_`,
     * ...). Defaults to the component name and a hash of the project, stack and component name.
     */
    roleNameSuffix?: string;
    /** IAM quotas raised above AWS's defaults in the account. */
    quotas?: IamQuotasArgs;
    /**
     * Name or ARN of an existing role to grant instead of creating one: the component attaches its
     * policies to it and creates no role; its `trustPolicy` output is the trust policy that role
     * should have (a warning says when the role's differs). Checked as `BedrockAgentRole` checks its
     * own: not a service-linked role, and without the settings only a created role takes.
     */
    existingRole?: string;
}

/** The arguments every AgentCore role takes: the role's own settings, quotas and extra statements. @internal */
export const ROLE_ARGUMENTS = {
    extraStatements: {
        config: "list",
        example:
            '[{ sid: ReadOrdersTable, actions: ["dynamodb:GetItem"], resources: ["arn:aws:dynamodb:us-east-1:123456789012:table/orders"] }]',
    },
    description: { config: "string", example: "Execution role of the support runtime" },
    path: { config: "string", example: "/agentcore/" },
    tags: { example: "{ team: support }" },
    maxSessionDuration: { config: "integer", example: "3600" },
    permissionsBoundary: { config: "string", example: "arn:aws:iam::123456789012:policy/AgentBoundary" },
    roleNameSuffix: { config: "string", example: "support-prod" },
    existingRole: { config: "string", example: "support-runtime-role" },
    quotas: { example: "{ trustPolicySize: 4096, managedPoliciesPerRole: 20 }" },
} as const;

/** The credential providers a runtime, gateway or harness fetches tokens and keys from, and the token vault's key. @internal */
export const PROVIDER_ARGUMENTS = {
    oauthProviders: {
        config: "list",
        example:
            "[{ provider: github, secretArn: arn:aws:secretsmanager:us-east-1:123456789012:secret:bedrock-agentcore-identity!default/oauth2/github-AbC123 }]",
    },
    apiKeyProviders: {
        config: "list",
        example:
            "[{ provider: weather, secretArn: arn:aws:secretsmanager:us-east-1:123456789012:secret:bedrock-agentcore-identity!default/apikey/weather-AbC123 }]",
    },
    tokenVaultKey: {
        config: "string",
        example: "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    },
} as const;
