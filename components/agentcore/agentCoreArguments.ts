// The arguments several AgentCore roles share, declared once for their argument tables.

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
    quotas: { example: "{ trustPolicySize: 4096, managedPoliciesPerRole: 20 }" },
} as const;

/** The credential providers a runtime or gateway fetches tokens and keys from. @internal */
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
} as const;
