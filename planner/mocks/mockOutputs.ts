// What the offline plan's mocked AWS answers for a resource the program declares: the outputs AWS
// would give it, in the stack's partition, account and region, for the resource types an agent's
// grants are built from. Other types get their inputs only: what AWS alone decides stays unknown.
import type * as pulumi from "@pulumi/pulumi";
import { AwsEnvironment, partitionOfRegion } from "../../components/iam/awsEnvironment";
import { shortHash } from "../../components/iam/names";

type Inputs = Record<string, unknown>;
type Outputs = (args: pulumi.runtime.MockResourceArgs, env: AwsEnvironment, name: string) => Inputs;

/** An ARN in the stack's environment; `global` leaves out the region, `noAccount` the account too. */
function arn(env: AwsEnvironment, service: string, resource: string, scope = ""): string {
    const region = scope === "global" || scope === "noAccount" ? "" : env.region;
    const account = scope === "noAccount" ? "" : env.account;
    return `arn:${env.partition}:${service}:${region}:${account}:${resource}`;
}

/** An id as AWS makes them, stable per resource: `length` characters of upper-case hex. */
const idOf = (args: pulumi.runtime.MockResourceArgs, length: number) =>
    shortHash(`${args.type}/${args.name}`).toUpperCase().padEnd(length, "0");

/** A credential provider of the token vault (`oauth2` or `apikey`). */
const credentialProviderArn = (env: AwsEnvironment, kind: string, name: string) =>
    arn(env, "bedrock-agentcore", `token-vault/default/${kind}credentialprovider/${name}`);

/** The secret AgentCore keeps a credential provider's credentials in, with Secrets Manager's six characters. */
const providerSecretArn = (
    args: pulumi.runtime.MockResourceArgs,
    env: AwsEnvironment,
    kind: string,
    name: string,
) =>
    arn(
        env,
        "secretsmanager",
        `secret:bedrock-agentcore-identity!default/${kind}/${name}-${idOf(args, 6).slice(0, 6)}`,
    );

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
    "aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime": (args, env) => {
        const agentRuntimeId = `${args.inputs.agentRuntimeName ?? args.name}-${idOf(args, 10)}`;
        return {
            agentRuntimeId,
            agentRuntimeArn: arn(env, "bedrock-agentcore", `runtime/${agentRuntimeId}`),
            agentRuntimeVersion: "1",
        };
    },
    "aws:bedrock/agentcoreGateway:AgentcoreGateway": (args, env, name) => {
        // CreateGateway accepts capitals in the name; the id and ARN AWS makes of it are lower case.
        const gatewayId = `${name.toLowerCase()}-${idOf(args, 10).toLowerCase()}`;
        return {
            gatewayId,
            gatewayArn: arn(env, "bedrock-agentcore", `gateway/${gatewayId}`),
            gatewayUrl: `https://${gatewayId}.gateway.bedrock-agentcore.${env.region}.amazonaws.com/mcp`,
        };
    },
    // A harness's id is its name, "-" and ten characters (CP API_HarnessSummary); it runs on a
    // runtime AgentCore provisions, named harness_<name> (the harness-security page's workload
    // identities), whose id and ARN it reports in environmentActuals.
    "aws:bedrock/agentcoreHarness:AgentcoreHarness": (args, env) => {
        const harnessName = String(args.inputs.harnessName ?? args.name);
        const harnessId = `${harnessName}-${idOf(args, 10)}`;
        const agentRuntimeName = `harness_${harnessName}`;
        const agentRuntimeId = `${agentRuntimeName}-${idOf({ ...args, name: `${args.name}/runtime` }, 10)}`;
        return {
            harnessId,
            harnessName,
            arn: arn(env, "bedrock-agentcore", `harness/${harnessId}`),
            environmentActuals: [
                {
                    agentcoreRuntimeEnvironments: [
                        {
                            agentRuntimeName,
                            agentRuntimeId,
                            agentRuntimeArn: arn(env, "bedrock-agentcore", `runtime/${agentRuntimeId}`),
                        },
                    ],
                },
            ],
        };
    },
    // The memory's id is its name, "-" and ten letters and digits (CreateMemory; Pulumi imports
    // memories by it: example_memory-5xKsqQHSWW); its ARN names it.
    "aws:bedrock/agentcoreMemory:AgentcoreMemory": (args, env, name) => {
        const id = `${name}-${idOf(args, 10)}`;
        return { id, arn: arn(env, "bedrock-agentcore", `memory/${id}`) };
    },
    // Custom tools live under browser-custom/ and code-interpreter-custom/ (GetBrowser, GetCodeInterpreter).
    "aws:bedrock/agentcoreBrowser:AgentcoreBrowser": (args, env, name) => {
        const browserId = `${name}-${idOf(args, 10)}`;
        return { browserId, browserArn: arn(env, "bedrock-agentcore", `browser-custom/${browserId}`) };
    },
    "aws:bedrock/agentcoreCodeInterpreter:AgentcoreCodeInterpreter": (args, env, name) => {
        const codeInterpreterId = `${name}-${idOf(args, 10)}`;
        return {
            codeInterpreterId,
            codeInterpreterArn: arn(env, "bedrock-agentcore", `code-interpreter-custom/${codeInterpreterId}`),
        };
    },
    "aws:bedrock/agentcorePolicyEngine:AgentcorePolicyEngine": (args, env, name) => {
        const policyEngineId = `${name}-${idOf(args, 10)}`;
        return {
            policyEngineId,
            policyEngineArn: arn(env, "bedrock-agentcore", `policy-engine/${policyEngineId}`),
        };
    },
    // The results go to a log group named after the configuration's id (AgentCore's
    // results-and-output page); the status follows enableOnCreate unless given.
    "aws:bedrock/agentcoreOnlineEvaluationConfig:AgentcoreOnlineEvaluationConfig": (args, env) => {
        const onlineEvaluationConfigId = `${args.inputs.onlineEvaluationConfigName ?? args.name}-${idOf(args, 10)}`;
        return {
            onlineEvaluationConfigId,
            onlineEvaluationConfigArn: arn(
                env,
                "bedrock-agentcore",
                `online-evaluation-config/${onlineEvaluationConfigId}`,
            ),
            outputConfigs: [
                {
                    cloudwatchConfigs: [
                        {
                            logGroupName: `/aws/bedrock-agentcore/evaluations/results/${onlineEvaluationConfigId}`,
                        },
                    ],
                },
            ],
            executionStatus:
                args.inputs.executionStatus ??
                (args.inputs.enableOnCreate === false ? "DISABLED" : "ENABLED"),
        };
    },
    "aws:bedrock/agentcoreEvaluator:AgentcoreEvaluator": (args, env) => {
        const evaluatorId = `${args.inputs.evaluatorName ?? args.name}-${idOf(args, 10)}`;
        return { evaluatorId, evaluatorArn: arn(env, "bedrock-agentcore", `evaluator/${evaluatorId}`) };
    },
    "aws:bedrock/agentcoreOauth2CredentialProvider:AgentcoreOauth2CredentialProvider": (args, env, name) => ({
        credentialProviderArn: credentialProviderArn(env, "oauth2", name),
        clientSecretArns: [{ secretArn: providerSecretArn(args, env, "oauth2", name) }],
    }),
    "aws:bedrock/agentcoreApiKeyCredentialProvider:AgentcoreApiKeyCredentialProvider": (args, env, name) => ({
        credentialProviderArn: credentialProviderArn(env, "apikey", name),
        apiKeySecretArns: [{ secretArn: providerSecretArn(args, env, "apikey", name) }],
    }),
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
