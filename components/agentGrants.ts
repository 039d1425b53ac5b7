import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "./argumentError";
import { arnFor, checkArn, idOrArn } from "./arn";
import { AwsEnvironment } from "./awsEnvironment";
import { BedrockAgentRoleArgs, S3ObjectArgs } from "./bedrockAgentRoleArgs";
import { sortedUnique } from "./policyDocument";
import {
    AGENT,
    FOUNDATION_MODEL,
    KMS_KEY,
    KNOWLEDGE_BASE,
    LAMBDA_FUNCTION,
    S3_OBJECT,
    SECRET,
} from "./resourceTypes";

/** {@link BedrockAgentRoleArgs} with every input resolved to a plain value. */
export type ResolvedAgentRoleArgs = pulumi.Unwrap<BedrockAgentRoleArgs>;

/** The Lambda function of one action group. */
export interface ActionGroupFunction {
    /** Name of the action group. */
    actionGroup: string;
    /** The function as the user gave it (name or ARN), passed to `aws.lambda.Permission`. */
    function: string;
    /** The function's ARN. */
    functionArn: string;
}

/**
 * Everything the agent is granted, validated and written as ARNs, sorted and without duplicates:
 * the single intermediate form from which every document and permission is built.
 */
export interface AgentGrants {
    /** Partition, account and region of the agent. */
    environment: AwsEnvironment;
    /** Foundation-model ARNs the agent may invoke. */
    modelArns: string[];
    /** Whether response streaming is granted. */
    streaming: boolean;
    /** S3 object ARNs of the action groups' API schemas. */
    schemaObjectArns: string[];
    /** Knowledge-base ARNs the agent may retrieve from. */
    knowledgeBaseArns: string[];
    /** Secrets Manager ARNs of third-party vector stores' credentials. */
    thirdPartySecretArns: string[];
    /** ARN of the agent's customer-managed KMS key, when one is used. */
    encryptionKeyArn?: string;
    /** ARNs of the admitted agents; empty when any agent of the account and region is admitted. */
    agentArns: string[];
    /** Action-group functions, sorted by action group name. */
    functions: ActionGroupFunction[];
}

/** Model ids that start with a geography are inference profiles, which need more than a model ARN. */
const INFERENCE_PROFILE_ID = /^(us|eu|apac|us-gov|global|jp|au|ca)\.[a-z0-9-]+\./;
const ACTION_GROUP_NAME = /^([0-9a-zA-Z][_-]?){1,100}$/;

function modelArn(argument: string, value: string, env: AwsEnvironment): string {
    if (INFERENCE_PROFILE_ID.test(value) || /inference-profile\//.test(value)) {
        throw new ArgumentError(
            argument,
            `"${value}" is an inference profile, which this version does not grant yet; give the id of a ` +
                "foundation model invoked on demand",
            FOUNDATION_MODEL.exampleResource,
        );
    }
    return idOrArn(argument, value, FOUNDATION_MODEL, env);
}

function schemaArn(argument: string, schema: pulumi.Unwrap<S3ObjectArgs>, env: AwsEnvironment): string {
    const example = `{ bucket: "agent-schemas", key: "support/openapi.json" } or { arn: "${arnFor(S3_OBJECT, env, S3_OBJECT.exampleResource)}" }`;
    const hasPair = schema.bucket !== undefined || schema.key !== undefined;
    if (hasPair === (schema.arn !== undefined)) {
        throw new ArgumentError(argument, "give either bucket and key, or arn, but not both", example);
    }
    if (schema.arn !== undefined) {
        return arnFor(S3_OBJECT, env, checkArn(`${argument}.arn`, schema.arn, S3_OBJECT, env));
    }
    if (!schema.bucket || !schema.key) {
        throw new ArgumentError(argument, `${schema.bucket ? "key" : "bucket"} is missing or empty`, example);
    }
    const object = `${schema.bucket}/${schema.key}`;
    if (!S3_OBJECT.resource.test(object)) {
        throw new ArgumentError(
            argument,
            `"${object}" is not a valid bucket name and object key (a key may not contain *, ? or $, ` +
                "which IAM would read as wildcards or variables)",
            example,
        );
    }
    return arnFor(S3_OBJECT, env, object);
}

function listOf<T>(values: T[] | undefined): T[] {
    return values ?? [];
}

function checkActionGroupNames(args: ResolvedAgentRoleArgs): void {
    const seen = new Set<string>();
    listOf(args.actionGroups).forEach((group, index) => {
        const argument = `actionGroups[${index}]`;
        if (!ACTION_GROUP_NAME.test(group.name ?? "")) {
            throw new ArgumentError(
                `${argument}.name`,
                `"${group.name ?? ""}" is not an action group name (1 to 100 letters and digits, single _ or - between them)`,
                "lookup-orders",
            );
        }
        if (seen.has(group.name)) {
            throw new ArgumentError(
                `${argument}.name`,
                `"${group.name}" names two action groups`,
                "lookup-orders",
            );
        }
        seen.add(group.name);
        if (group.lambdaFunction === undefined && group.apiSchema === undefined) {
            throw new ArgumentError(
                argument,
                `action group "${group.name}" grants nothing: it has neither a lambdaFunction nor an apiSchema`,
                '{ name: "lookup-orders", lambdaFunction: "lookup-orders-fn" }',
            );
        }
    });
}

/**
 * Validates resolved args and writes every granted resource as an ARN of `env`.
 * @throws ArgumentError for the first argument that is malformed, of the wrong resource type,
 *   in another partition, account or region, or that leaves the agent with no model to invoke
 */
export function resolveGrants(args: ResolvedAgentRoleArgs, env: AwsEnvironment): AgentGrants {
    const models = listOf(args.foundationModels);
    if (models.length === 0) {
        throw new ArgumentError(
            "foundationModels",
            "is empty, but an agent cannot run without a model to invoke",
            `["${FOUNDATION_MODEL.exampleResource}"]`,
        );
    }
    checkActionGroupNames(args);
    const groups = listOf(args.actionGroups);
    const thirdParty = listOf(args.thirdPartyKnowledgeBases);
    const functions: ActionGroupFunction[] = [];
    groups.forEach((group, index) => {
        if (group.lambdaFunction !== undefined) {
            const argument = `actionGroups[${index}].lambdaFunction`;
            const functionArn = idOrArn(argument, group.lambdaFunction, LAMBDA_FUNCTION, env);
            functions.push({ actionGroup: group.name, function: group.lambdaFunction, functionArn });
        }
    });
    functions.sort((a, b) => (a.actionGroup < b.actionGroup ? -1 : 1));
    const knowledgeBases = listOf(args.knowledgeBases).map((kb, i) =>
        idOrArn(`knowledgeBases[${i}]`, kb, KNOWLEDGE_BASE, env),
    );
    thirdParty.forEach((kb, i) => {
        if (kb.knowledgeBase !== undefined) {
            const argument = `thirdPartyKnowledgeBases[${i}].knowledgeBase`;
            knowledgeBases.push(idOrArn(argument, kb.knowledgeBase, KNOWLEDGE_BASE, env));
        }
    });
    return {
        environment: env,
        modelArns: sortedUnique(models.map((model, i) => modelArn(`foundationModels[${i}]`, model, env))),
        streaming: args.streaming ?? true,
        schemaObjectArns: sortedUnique(
            groups.flatMap((group, i) =>
                group.apiSchema ? [schemaArn(`actionGroups[${i}].apiSchema`, group.apiSchema, env)] : [],
            ),
        ),
        knowledgeBaseArns: sortedUnique(knowledgeBases),
        thirdPartySecretArns: sortedUnique(
            thirdParty.map((kb, i) => {
                const argument = `thirdPartyKnowledgeBases[${i}].credentialsSecretArn`;
                return arnFor(SECRET, env, checkArn(argument, kb.credentialsSecretArn ?? "", SECRET, env));
            }),
        ),
        encryptionKeyArn: encryptionKeyArn(args.customerEncryptionKey, env),
        agentArns: sortedUnique(
            listOf(args.agentIds).map((id, i) => idOrArn(`agentIds[${i}]`, id, AGENT, env)),
        ),
        functions,
    };
}

function encryptionKeyArn(key: string | undefined, env: AwsEnvironment): string | undefined {
    if (key === undefined) {
        return undefined;
    }
    if (key.startsWith("alias/") || /:alias\//.test(key)) {
        throw new ArgumentError(
            "customerEncryptionKey",
            `"${key}" is an alias; IAM authorizes KMS requests against the key itself, so give its id or ARN`,
            arnFor(KMS_KEY, env, KMS_KEY.exampleResource),
        );
    }
    return idOrArn("customerEncryptionKey", key, KMS_KEY, env);
}
