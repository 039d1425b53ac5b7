import type { ArgumentTable } from "../roles/roleArguments";
import { AgentCoreRoleArgs, ROLE_ARGUMENTS } from "./agentCoreArguments";
import type * as pulumi from "@pulumi/pulumi";
import type { ModelAccessArgs } from "../grants/modelAccess";
import type { MemoryKeyArgs } from "./capabilities/memoryKey";
import type { LogDeliveriesArgs } from "./capabilities/logDelivery";
import type { MemoryCallersArgs } from "./capabilities/memoryCallers";
import type { RecordStreamingArgs } from "./capabilities/recordStreaming";
import type { SelfManagedStrategiesArgs } from "./capabilities/selfManagedStrategies";

/**
 * Arguments of {@link AgentCoreMemoryRole}: the memory the role is for and what AgentCore does with
 * it: the models of its built-in strategies with overrides (`foundationModels`: each override's
 * `modelId`), its self-managed strategies' topics and buckets, and the stream its records go to.
 * A memory with built-in strategies alone needs no execution role. Every list may be given in any order.
 */
export interface AgentCoreMemoryRoleArgs
    extends
        ModelAccessArgs,
        SelfManagedStrategiesArgs,
        RecordStreamingArgs,
        MemoryKeyArgs,
        MemoryCallersArgs,
        LogDeliveriesArgs,
        AgentCoreRoleArgs {
    /**
     * The memory's name, as `aws.bedrock.AgentcoreMemory` gets it (`name`): letters, digits and `_`,
     * starting with a letter, at most 48. The trust policy admits the memories of this name only
     * (`memory/<name>-??????????`: the name, `-` and the ten characters AgentCore appends).
     */
    memoryName: pulumi.Input<string>;
    /**
     * The models the memory's built-in strategies with overrides invoke (each override's
     * `extraction`, `consolidation` or `reflection` `modelId`), in any form the other components
     * take: a model id, invoked on demand; a system inference profile id or an application
     * inference profile ARN, granted with the models it routes to only through it; a provisioned or
     * custom model's ARN. Leave it out when no strategy overrides its model.
     */
    foundationModels?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Whether the memory may invoke the override models with response streaming
     * (`bedrock:InvokeModelWithResponseStream`). Defaults to true, as AWS's memory policy grants
     * both; which of the two AgentCore calls is not documented.
     */
    streaming?: pulumi.Input<boolean>;
}

/** Every argument of {@link AgentCoreMemoryRoleArgs}, declared once beside it. @internal */
export const MEMORY_ARGUMENTS: ArgumentTable<AgentCoreMemoryRoleArgs> = {
    memoryName: { config: "string", example: "support_memory" },
    foundationModels: { config: "strings", example: '["anthropic.claude-3-5-haiku-20241022-v1:0"]' },
    streaming: { config: "boolean", example: "false" },
    inferenceProfileDestinations: {
        config: "map",
        example: '{ "us.anthropic.claude-sonnet-4-20250514-v1:0": ["us-east-1", "us-east-2", "us-west-2"] }',
    },
    selfManagedStrategies: {
        config: "list",
        example:
            "[{ topicArn: arn:aws:sns:us-east-1:123456789012:memory-extraction, bucket: memory-payloads }]",
    },
    recordStream: {
        config: "map",
        example: "{ streamArn: arn:aws:kinesis:us-east-1:123456789012:stream/memory-records }",
    },
    customerEncryptionKey: { config: "string", example: "1234abcd-12ab-34cd-56ef-1234567890ab" },
    callers: {
        config: "map",
        example: "{ actorIds: [user-1], records: true, namespaces: [/users/user-1/] }",
    },
    logDelivery: {
        config: "list",
        example:
            "[{ source: support_memory-logs, logType: APPLICATION_LOGS, destination: support_memory-logs-cwl, logGroup: /aws/vendedlogs/bedrock-agentcore/memory/APPLICATION_LOGS/support_memory }]",
    },
    ...ROLE_ARGUMENTS,
};
