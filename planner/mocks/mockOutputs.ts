// What the offline plan's mocked AWS answers for a resource the program declares: the outputs AWS
// would give it, in the stack's partition, account and region, for the resource types an agent's
// grants are built from. Other types get their inputs only: what AWS alone decides stays unknown.
import type * as pulumi from "@pulumi/pulumi";
import { AwsEnvironment, partitionOfRegion } from "../../components/iam/awsEnvironment";
import { AGENTCORE_OUTPUTS } from "./agentCoreMockOutputs";
import { shortHash } from "../../components/iam/names";
import { arn, idOf, Inputs, Outputs } from "./mockArns";

const OUTPUTS: Record<string, Outputs> = {
    "aws:iam/role:Role": (args, env, name) => ({
        name,
        arn: arn(env, "iam", `role${args.inputs.path ?? "/"}${name}`, "global"),
    }),
    "aws:iam/policy:Policy": (args, env, name) => ({
        name,
        arn: arn(env, "iam", `policy${args.inputs.path ?? "/"}${name}`, "global"),
    }),
    "aws:lambda/function:Function": (_args, env, name) => ({
        name,
        arn: arn(env, "lambda", `function:${name}`),
    }),
    "aws:kms/key:Key": (args, env) => {
        const keyId = `${shortHash(args.name)}-0000-4000-8000-000000000000`;
        return { keyId, arn: arn(env, "kms", `key/${keyId}`) };
    },
    "aws:s3/bucket:Bucket": (args, env) => {
        const bucket = (args.inputs.bucket as string | undefined) ?? `${args.name}-bucket`;
        return { bucket, arn: arn(env, "s3", bucket, "noAccount") };
    },
    "aws:secretsmanager/secret:Secret": (args, env, name) => ({
        name,
        arn: arn(env, "secretsmanager", `secret:${name}-${shortHash(args.name).slice(0, 6)}`),
    }),
    "aws:dynamodb/table:Table": (_args, env, name) => ({ name, arn: arn(env, "dynamodb", `table/${name}`) }),
    // A memory's self-managed strategy publishes to a topic; its records stream to a Kinesis stream.
    "aws:sns/topic:Topic": (_args, env, name) => ({ name, arn: arn(env, "sns", name) }),
    "aws:kinesis/stream:Stream": (_args, env, name) => ({ name, arn: arn(env, "kinesis", `stream/${name}`) }),
    "aws:bedrock/inferenceProfile:InferenceProfile": (args, env, name) => {
        const id = shortHash(args.name).padEnd(12, "0");
        return { name, id, arn: arn(env, "bedrock", `application-inference-profile/${id}`) };
    },
    "aws:bedrock/agentAgent:AgentAgent": (args, env) => {
        const agentId = idOf(args, 10);
        return { agentId, agentArn: arn(env, "bedrock", `agent/${agentId}`) };
    },
    "aws:bedrock/agentAgentAlias:AgentAgentAlias": (args, env) => {
        const agentAliasId = idOf(args, 10);
        return {
            agentAliasId,
            agentAliasArn: arn(env, "bedrock", `agent-alias/${args.inputs.agentId}/${agentAliasId}`),
        };
    },
    "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase": (args, env) => {
        const id = idOf(args, 10);
        return { id, arn: arn(env, "bedrock", `knowledge-base/${id}`) };
    },
    "aws:bedrock/guardrail:Guardrail": (args, env) => {
        const guardrailId = idOf(args, 12).toLowerCase();
        return {
            guardrailId,
            guardrailArn: arn(env, "bedrock", `guardrail/${guardrailId}`),
            version: "DRAFT",
        };
    },
    "aws:bedrock/agentPrompt:AgentPrompt": (args, env) => {
        const id = idOf(args, 10);
        return { id, arn: arn(env, "bedrock", `prompt/${id}`), version: "DRAFT" };
    },
    "aws:ecr/repository:Repository": (_args, env, name) => ({
        name,
        arn: arn(env, "ecr", `repository/${name}`),
        registryId: env.account,
        repositoryUrl: `${env.account}.dkr.ecr.${env.region}.amazonaws.com/${name}`,
    }),
    // AgentCore ids are the resource's name, "-" and ten characters (lower-case for gateways).
    ...AGENTCORE_OUTPUTS,
};
// The two generations of the S3 bucket and object resources answer alike.
OUTPUTS["aws:s3/bucketV2:BucketV2"] = OUTPUTS["aws:s3/bucket:Bucket"];

/**
 * The ids the AWS provider gives the resources a role is made of, which a component's `roleArn`
 * waits for (registry.terraform.io/providers/hashicorp/aws, each resource's "Import" section): a
 * role's is its name, an inline policy's `role:name`, a managed policy's its ARN, an attachment's
 * the role's name, "-" and a unique suffix (the provider's PrefixedUniqueId). Unknown while the
 * role's name is.
 */
const IDS: Record<string, (args: pulumi.runtime.MockResourceArgs, outputs: Inputs) => unknown> = {
    "aws:iam/role:Role": (_args, outputs) => outputs.name,
    "aws:iam/policy:Policy": (_args, outputs) => outputs.arn,
    "aws:iam/rolePolicy:RolePolicy": (args) =>
        typeof args.inputs.role === "string"
            ? `${args.inputs.role}:${args.inputs.name ?? args.name}`
            : undefined,
    // The provider's id of a memory is the memory's id (the resource's "Import" section).
    "aws:bedrock/agentcoreMemory:AgentcoreMemory": (_args, outputs) => outputs.id,
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment": (args) =>
        typeof args.inputs.role === "string"
            ? `${args.inputs.role}-${shortHash(`${args.type}/${args.name}`).padEnd(26, "0")}`
            : undefined,
};

/** The resource types the mocks give outputs beyond their inputs. */
export const MODELLED_TYPES: readonly string[] = [...new Set([...Object.keys(OUTPUTS), ...Object.keys(IDS)])];

/**
 * The environment a resource is created in, or a call asks in: its provider's, unless it names a
 * `region` of its own (every resource and data source of @pulumi/aws 7 may), whose partition is
 * then the region's.
 */
export function regionalEnvironment(inputs: Inputs, env: AwsEnvironment): AwsEnvironment {
    const region = inputs.region;
    return typeof region === "string" && region !== ""
        ? { ...env, region, partition: partitionOfRegion(region) }
        : env;
}

/**
 * The outputs AWS would give a resource: realistic ones, in `env` or the resource's own region,
 * for the modelled types; for any other type its inputs alone, so that, in a preview, every other
 * output stays unknown.
 */
export function mockOutputs(args: pulumi.runtime.MockResourceArgs, env: AwsEnvironment): Inputs {
    const name = (args.inputs.name as string | undefined) ?? args.name;
    const outputs = OUTPUTS[args.type];
    return { ...args.inputs, ...(outputs ? outputs(args, regionalEnvironment(args.inputs, env), name) : {}) };
}

/**
 * The id AWS gives a resource of a modelled type, as the provider makes it where other values are
 * built from it; undefined (unknown) when what it is made of is.
 */
export function mockId(args: pulumi.runtime.MockResourceArgs, outputs: Inputs): string | undefined {
    const id = args.type in IDS ? IDS[args.type](args, outputs) : `${args.name}-id`;
    return typeof id === "string" ? id : undefined;
}
