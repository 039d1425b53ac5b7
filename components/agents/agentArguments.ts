import type { BedrockAgentRoleArgs } from "./bedrockAgentRoleArgs";
import { ArgumentTable, argumentNames } from "../roles/roleArguments";

/**
 * Every argument of {@link BedrockAgentRoleArgs}, declared once beside the interface: TypeScript
 * requires exactly its keys here. The component refuses any other name; the stack program's config
 * keys follow from it, and tests prove that `Pulumi.yaml` and the inferred schema agree.
 * @internal
 */
export const AGENT_ARGUMENTS: ArgumentTable<BedrockAgentRoleArgs> = {
    foundationModels: { config: "strings", example: '["us.anthropic.claude-sonnet-4-20250514-v1:0"]' },
    streaming: { config: "boolean", example: "true" },
    inferenceProfileDestinations: {
        config: "map",
        example: '{ "us.anthropic.claude-sonnet-4-20250514-v1:0": ["us-east-1", "us-east-2", "us-west-2"] }',
    },
    actionGroups: {
        config: "list",
        example:
            "[{ name: lookup-orders, lambdaFunction: lookup-orders, apiSchema: { bucket: agent-schemas, key: orders.json } }]",
    },
    knowledgeBases: { config: "strings", example: '["KB12345678"]' },
    thirdPartyKnowledgeBases: {
        example:
            '[{ knowledgeBase: "KB12345678", credentialsSecretArn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:pinecone-AbC123" }]',
    },
    customerEncryptionKey: { config: "string", example: "1234abcd-12ab-34cd-56ef-1234567890ab" },
    guardrails: {
        config: "list",
        example: "[{ guardrail: gr1234abcd56, crossRegionProfile: us.guardrail.v1:0 }]",
    },
    collaborators: { config: "strings", example: '["AGENT12345/ALIAS12345"]' },
    prompts: { config: "strings", example: '["PROMPT1234:1"]' },
    codeInterpreterFiles: { config: "list", example: "[{ bucket: agent-files, key: sales/2026.csv }]" },
    customOrchestration: { config: "map", example: "{ lambdaFunction: orchestrator }" },
    promptOverrideParser: { config: "map", example: "{ lambdaFunction: parse-output }" },
    memoryEncryptionKey: { config: "string", example: "1234abcd-12ab-34cd-56ef-1234567890ab" },
    extraStatements: {
        config: "list",
        example:
            '[{ sid: ReadOrdersTable, actions: ["dynamodb:GetItem"], resources: ["arn:aws:dynamodb:us-east-1:123456789012:table/orders"] }]',
    },
    description: { config: "string", example: "Service role of the support agent" },
    path: { config: "string", example: "/bedrock/" },
    tags: { example: "{ team: support }" },
    maxSessionDuration: { config: "integer", example: "3600" },
    permissionsBoundary: { config: "string", example: "arn:aws:iam::123456789012:policy/AgentBoundary" },
    agentIds: { config: "strings", example: '["AGENT12345"]' },
    lambdaAgentIds: { config: "strings", example: '["AGENT12345"]' },
    agentAliases: { config: "strings", example: '["AGENT12345/ALIAS12345"]' },
    account: { config: "string", example: '"123456789012"' },
    region: { config: "string", example: "us-east-1" },
    partition: { example: "aws-us-gov" },
    roleNameSuffix: { config: "string", example: "support-agent-prod" },
    quotas: { example: "{ trustPolicySize: 4096, managedPoliciesPerRole: 20 }" },
    existingRole: { config: "string", example: "support-agent-role" },
};

/** Every argument's name: any other is refused. @internal */
export const AGENT_ARGUMENT_NAMES: readonly string[] = argumentNames(AGENT_ARGUMENTS);
