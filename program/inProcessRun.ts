// Runs Pulumi programs in this process on mocks, recording what they declare: the engine of the
// offline plan and of the tests, so that both see exactly what `pulumi up` would be asked for.
import * as pulumi from "@pulumi/pulumi";
import type { AwsEnvironment } from "../components/iam/awsEnvironment";
import { shortHash } from "../components/names";

/** A resource the code under test registered, with the inputs it was given. */
export interface RecordedResource {
    type: string;
    name: string;
    inputs: Record<string, unknown>;
    /** The id of an existing resource the program read (`Resource.get`) rather than declared. */
    readId?: string;
}

/** The account, region and partition the mocked provider reports unless told otherwise. */
export const MOCK_ENVIRONMENT: AwsEnvironment = {
    partition: "aws",
    account: "123456789012",
    region: "us-east-1",
};

/** Options of one mocked program run. */
export interface MockRunOptions {
    /** What the mocked AWS provider reports. */
    environment?: AwsEnvironment;
    /** Run as `pulumi preview`: resource outputs other than inputs are unknown. */
    preview?: boolean;
    project?: string;
    stack?: string;
    /** What GetInferenceProfile answers, by profile id or ARN: its models' ARNs. Others are unknown to AWS. */
    inferenceProfiles?: Record<string, string[]>;
    /** Where to record each provider call the program makes. */
    calls?: pulumi.runtime.MockCallArgs[];
    /** The roles that exist in the account, by name, with what reading them returns (a trust policy, say). */
    existingRoles?: Record<string, Record<string, unknown>>;
}

function mockOutputs(args: pulumi.runtime.MockResourceArgs, env: AwsEnvironment): Record<string, unknown> {
    const name = (args.inputs.name as string | undefined) ?? args.name;
    if (args.type === "aws:iam/role:Role") {
        return {
            ...args.inputs,
            name,
            arn: `arn:${env.partition}:iam::${env.account}:role${args.inputs.path ?? "/"}${name}`,
        };
    }
    if (args.type === "aws:iam/policy:Policy") {
        return {
            ...args.inputs,
            name,
            arn: `arn:${env.partition}:iam::${env.account}:policy${args.inputs.path ?? "/"}${name}`,
        };
    }
    if (args.type === "aws:lambda/function:Function") {
        return {
            ...args.inputs,
            name,
            arn: `arn:${env.partition}:lambda:${env.region}:${env.account}:function:${name}`,
        };
    }
    if (args.type === "aws:kms/key:Key") {
        const keyId = `${shortHash(args.name)}-0000-4000-8000-000000000000`;
        return {
            ...args.inputs,
            keyId,
            arn: `arn:${env.partition}:kms:${env.region}:${env.account}:key/${keyId}`,
        };
    }
    if (args.type === "aws:s3/bucket:Bucket" || args.type === "aws:s3/bucketV2:BucketV2") {
        const bucket = (args.inputs.bucket as string | undefined) ?? `${args.name}-bucket`;
        return { ...args.inputs, bucket, arn: `arn:${env.partition}:s3:::${bucket}` };
    }
    if (args.type === "aws:bedrock/inferenceProfile:InferenceProfile") {
        const id = shortHash(args.name).padEnd(12, "0");
        const arn = `arn:${env.partition}:bedrock:${env.region}:${env.account}:application-inference-profile/${id}`;
        return { ...args.inputs, name, arn, id };
    }
    const bedrockArn = (resource: string) =>
        `arn:${env.partition}:bedrock:${env.region}:${env.account}:${resource}`;
    // Bedrock ids are ten upper-case letters and digits (guardrails: twelve lower-case), one per name.
    const bedrockId = (length: number) =>
        shortHash(`${args.type}/${args.name}`).toUpperCase().padEnd(length, "0");
    if (args.type === "aws:bedrock/agentAgent:AgentAgent") {
        const agentId = bedrockId(10);
        return { ...args.inputs, agentId, agentArn: bedrockArn(`agent/${agentId}`) };
    }
    if (args.type === "aws:bedrock/agentAgentAlias:AgentAgentAlias") {
        const agentAliasId = bedrockId(10);
        const agentAliasArn = bedrockArn(`agent-alias/${args.inputs.agentId}/${agentAliasId}`);
        return { ...args.inputs, agentAliasId, agentAliasArn, id: `${agentAliasId},${args.inputs.agentId}` };
    }
    if (args.type === "aws:bedrock/guardrail:Guardrail") {
        const guardrailId = bedrockId(12).toLowerCase();
        return {
            ...args.inputs,
            guardrailId,
            guardrailArn: bedrockArn(`guardrail/${guardrailId}`),
            version: "DRAFT",
        };
    }
    if (args.type === "aws:bedrock/agentPrompt:AgentPrompt") {
        const id = bedrockId(10);
        return { ...args.inputs, id, arn: bedrockArn(`prompt/${id}`), version: "DRAFT" };
    }
    return {
        ...args.inputs,
        name,
        arn: `arn:${env.partition}:mock:${env.region}:${env.account}:${args.type}/${name}`,
    };
}

/**
 * Installs Pulumi mocks that answer the AWS provider's identity, region and partition calls and
 * record every resource registered. Returns the list the records are appended to.
 */
export async function installMocks(options: MockRunOptions = {}): Promise<RecordedResource[]> {
    const env = options.environment ?? MOCK_ENVIRONMENT;
    const recorded: RecordedResource[] = [];
    await pulumi.runtime.setMocks(
        {
            newResource(args) {
                if (args.id) {
                    // A read of an existing resource: what the stack's account holds.
                    recorded.push({ type: args.type, name: args.name, inputs: args.inputs, readId: args.id });
                    return {
                        id: args.id,
                        state: {
                            ...mockOutputs({ ...args, inputs: { name: args.id } }, env),
                            ...options.existingRoles?.[args.id],
                        },
                    };
                }
                recorded.push({ type: args.type, name: args.name, inputs: args.inputs });
                return {
                    id: options.preview ? undefined : `${args.name}-id`,
                    state: options.preview ? args.inputs : mockOutputs(args, env),
                };
            },
            call(args) {
                options.calls?.push(args);
                switch (args.token) {
                    case "aws:index/getCallerIdentity:getCallerIdentity":
                        return {
                            accountId: env.account,
                            arn: `arn:${env.partition}:iam::${env.account}:user/test`,
                            userId: "TEST",
                            id: env.account,
                        };
                    case "aws:index/getRegion:getRegion":
                        return { region: env.region, name: env.region, id: env.region };
                    case "aws:index/getPartition:getPartition":
                        return { partition: env.partition, id: env.partition, dnsSuffix: "amazonaws.com" };
                    case "aws:bedrock/getInferenceProfile:getInferenceProfile": {
                        const id = args.inputs.inferenceProfileId as string;
                        const models = options.inferenceProfiles?.[id];
                        if (!models) {
                            // The engine hands the SDK a provider's failure as gRPC details.
                            const message = `ResourceNotFoundException: The inference profile ${id} does not exist`;
                            throw Object.assign(new Error(message), { details: message });
                        }
                        return {
                            inferenceProfileId: id,
                            models: models.map((modelArn) => ({ modelArn })),
                            region: args.inputs.region ?? env.region,
                        };
                    }
                    default:
                        throw new Error(`unexpected call ${args.token}`);
                }
            },
        },
        options.project ?? "agents",
        options.stack ?? "test",
        options.preview ?? false,
    );
    return recorded;
}

/** What an output settled to: its value when known, and whether it is known. */
export interface Settled<T> {
    known: boolean;
    value: T | undefined;
}

/** Waits for an output to settle, known or not (an `apply` alone would never run on an unknown). */
export async function settle<T>(output: pulumi.Output<T>): Promise<Settled<T>> {
    // isKnown and promise are what Pulumi's own Output implementation exposes for this.
    const impl = output as unknown as {
        isKnown: Promise<boolean>;
        promise(withUnknowns?: boolean): Promise<T>;
    };
    const known = await impl.isKnown;
    return { known, value: known ? await impl.promise() : undefined };
}

/** Waits until every registration the program started has reached the mocks. */
export async function drainRegistrations(): Promise<void> {
    // The runtime's queue of outstanding resource RPCs; not in the typings, but stable since 3.0.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const settings = require("@pulumi/pulumi/runtime/settings") as { waitForRPCs(): Promise<void> };
    await settings.waitForRPCs();
}
