// The requests AWS services make for the grants this package writes, as AWS presents them: who
// asks, for which action, on which resource, with which context keys and values. Written from AWS's
// pages (each row cites one) and the test fixtures' names and ids, never from the package's
// statements: the evaluation tests take the requests they expect allowed from here, so a statement
// that does not match AWS's form fails them. Rows AWS does not document exactly say what they
// rest on (`unconfirmed`).
import { MODEL_ROUTES, SUPERVISOR } from "./fixtures";
import { ACCOUNT, AGENT, bedrockArn, KEY, kmsKeyArn, MODEL, SECRET } from "./iamEvaluation";
import { agentCoreArn, API_KEY_SECRET, GATEWAY_KEY, OAUTH_SECRET } from "./agentCoreFixtures";
import { GATEWAY_TARGET_REQUESTS } from "./requests/gatewayTargets";
import { ONLINE_EVALUATION_REQUESTS } from "./requests/onlineEvaluation";
import { allowed, AwsRequest, Citation, neighbour, THE_ROLE, AGENTCORE_GUIDE } from "./requests/requestRows";
import { MEMORY_REQUESTS } from "./requests/memory";
import { HARNESS_REQUESTS } from "./requests/harness";
import { TOOL_SESSION_REQUESTS } from "./requests/toolSessions";
import { TOOL_REQUESTS } from "./requests/tools";
import { TOKEN_VAULT_DEPLOYER_REQUESTS, TOKEN_VAULT_ROLE_REQUESTS } from "./requests/tokenVault";
import {
    AGENT_DEPLOYER_REQUESTS,
    AGENTCORE_DEPLOYER_REQUESTS,
    BOUNDED_ROLE_DEPLOYER_REQUESTS,
    EXISTING_ROLE_DEPLOYER_REQUESTS,
    GATEWAY_NETWORK_DEPLOYER_REQUESTS,
    LAMBDA_PERMISSION_DEPLOYER_REQUESTS,
    MANAGED_POLICY_DEPLOYER_REQUESTS,
    ROLE_DEPLOYER_REQUESTS,
    RUNTIME_DEPLOYER_REQUESTS,
    VPC_DEPLOYER_REQUESTS,
} from "./requests/deployer";
import { DELIVERY_DEPLOYER_REQUESTS, DELIVERY_DESTINATION_REQUESTS } from "./requests/delivery";
import {
    CALLED_RUNTIME_REQUESTS,
    GATEWAY_CALLER_REQUESTS,
    MEMORY_CALLER_REQUESTS,
    MEMORY_PIPELINE_REQUESTS,
    RUNTIME_CALLER_REQUESTS,
} from "./requests/callers";
import {
    ASKED_RUNTIME_RESOURCE_POLICY_REQUESTS,
    GATEWAY_RESOURCE_POLICY_REQUESTS,
    RUNTIME_RESOURCE_POLICY_REQUESTS,
} from "./requests/resourcePolicies";

export { THE_ROLE } from "./requests/requestRows";
export type { AwsRequest, Citation, Principal } from "./requests/requestRows";

const BEDROCK = "bedrock.amazonaws.com";
const AGENTCORE = "bedrock-agentcore.amazonaws.com";
const BEDROCK_GUIDE = "https://docs.aws.amazon.com/bedrock/latest/userguide";
const PAGES = {
    agentsPermissions: `${BEDROCK_GUIDE}/agents-permissions.html`,
    knowledgeBasePermissions: `${BEDROCK_GUIDE}/kb-permissions.html`,
    agentsExamples: `${BEDROCK_GUIDE}/security_iam_id-based-policy-examples-agent.html`,
    customOrchestration: `${BEDROCK_GUIDE}/agents-custom-orchestration.html`,
    advancedPrompts: `${BEDROCK_GUIDE}/configure-advanced-prompts.html`,
    inferencePrereq: `${BEDROCK_GUIDE}/inference-prereq.html`,
    profilesPrereq: `${BEDROCK_GUIDE}/inference-profiles-prereq.html`,
    profilesSupport: `${BEDROCK_GUIDE}/inference-profiles-support.html`,
    globalInference: `${BEDROCK_GUIDE}/global-cross-region-inference.html`,
    guardrailProfiles: `${BEDROCK_GUIDE}/guardrail-profiles-permissions.html`,
    guardrailProfileRegions: `${BEDROCK_GUIDE}/guardrails-cross-region-support.html`,
    guardrailKeys: `${BEDROCK_GUIDE}/guardrails-permissions-kms.html`,
    agentEncryption: `${BEDROCK_GUIDE}/encryption-agents.html`,
    agentResourceKeys: `${BEDROCK_GUIDE}/cmk-agent-resources.html`,
    memoryKeys: `${BEDROCK_GUIDE}/ltm-permissions.html`,
    bedrockActions:
        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrock.html",
    dynamoDbActions:
        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazondynamodb.html",
    s3Actions: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html",
    objectKeys: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html",
    agentCoreActions:
        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrockagentcore.html",
    runtimePermissions: `${AGENTCORE_GUIDE}/runtime-permissions.html`,
    observability: `${AGENTCORE_GUIDE}/observability-view.html`,
    harnessSecurity: `${AGENTCORE_GUIDE}/harness-security.html`,
    credentialProviders: `${AGENTCORE_GUIDE}/identity-outbound-credential-provider.html`,
    gatewayPermissions: `${AGENTCORE_GUIDE}/gateway-prerequisites-permissions.html`,
    gatewayOutbound: `${AGENTCORE_GUIDE}/gateway-outbound-auth.html`,
    gatewayEncryption: `${AGENTCORE_GUIDE}/gateway-encryption.html`,
    policyPermissions: `${AGENTCORE_GUIDE}/policy-permissions.html`,
    createGateway:
        "https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference/API_CreateGateway.html",
    bearerTokens: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_bearer.html",
    kmsConditions: "https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html",
};

const inAccount = { "aws:ResourceAccount": ACCOUNT };
const fromAgent = { "aws:SourceAccount": ACCOUNT, "aws:SourceArn": AGENT };
const lambdaArn = (name: string) => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`;
const foundationModel = (region: string, id = MODEL_ROUTES.sonnet) =>
    `arn:aws:bedrock:${region}::foundation-model/${id}`;

// ---------------------------------------------------------------------------------------------
// Agents Classic: the service role's trust, the functions Bedrock invokes.

const AGENT_TRUST_AND_FUNCTIONS: AwsRequest[] = [
    allowed({
        at: "agents.trust",
        principal: BEDROCK,
        action: "sts:AssumeRole",
        resource: THE_ROLE,
        context: fromAgent,
        source: {
            url: `${PAGES.agentsPermissions}#agents-permissions-trust`,
            shows: 'trust policy: "aws:SourceAccount": "account-id", "AWS:SourceArn": "arn:aws:bedrock:region:account-id:agent/*"; "replace the * with specific agent IDs"',
        },
    }),
    // A knowledge base's service role, assumed by the same principal for another kind of resource:
    // the source a trust pinned to agents must refuse.
    allowed({
        at: "agents.knowledgeBase.trust",
        principal: BEDROCK,
        action: "sts:AssumeRole",
        resource: THE_ROLE,
        context: {
            "aws:SourceAccount": ACCOUNT,
            "aws:SourceArn": `arn:aws:bedrock:us-east-1:${ACCOUNT}:knowledge-base/KBPRODUCTS`,
        },
        source: {
            url: `${PAGES.knowledgeBasePermissions}#kb-permissions-trust`,
            shows: 'trust relationship: bedrock.amazonaws.com, "aws:SourceAccount": "123456789012", "AWS:SourceArn": "arn:aws:bedrock:us-east-1:123456789012:knowledge-base/*"; "replace the * with specific knowledge base IDs"',
        },
    }),
    allowed({
        at: "agents.lambda.actionGroup",
        principal: BEDROCK,
        action: "lambda:InvokeFunction",
        resource: lambdaArn("create-ticket"),
        context: fromAgent,
        source: {
            url: `${PAGES.agentsPermissions}#agents-permissions-lambda`,
            shows: 'resource-based policy: bedrock.amazonaws.com, lambda:InvokeFunction on the function, "AWS:SourceAccount": "account-id", "AWS:SourceArn": "arn:aws:bedrock:region:account-id:agent/agent-id"',
        },
    }),
    allowed({
        at: "agents.lambda.customOrchestration",
        principal: BEDROCK,
        action: "lambda:InvokeFunction",
        resource: lambdaArn("orchestrator"),
        context: fromAgent,
        source: {
            url: PAGES.customOrchestration,
            shows: "the orchestration function is invoked by Bedrock for the agent, like an action group's",
            unconfirmed:
                "that Bedrock presents the agent's ARN as AWS:SourceArn for the orchestration function rests on the action-group form (agents-permissions-lambda)",
        },
    }),
    allowed({
        at: "agents.lambda.promptOverrideParser",
        principal: BEDROCK,
        action: "lambda:InvokeFunction",
        resource: lambdaArn("parse-output"),
        context: fromAgent,
        source: {
            url: PAGES.advancedPrompts,
            shows: "the parser Lambda (promptOverrideConfiguration.overrideLambda) needs a resource-based policy so that the agent can invoke it, as an action group's function does (the page links agents-permissions-lambda)",
            unconfirmed:
                "that Bedrock presents the agent's ARN as AWS:SourceArn for the parser rests on the action-group form the page points to (agents-permissions-lambda)",
        },
    }),
];

// ---------------------------------------------------------------------------------------------
// Models, as any Bedrock role invokes them (an agent's, an AgentCore runtime's): on demand,
// through geographic, global and application inference profiles, provisioned and imported.

const ON_DEMAND = {
    url: `${PAGES.agentsPermissions}#agents-permissions-identity`,
    shows: 'bedrock:InvokeModel on "arn:aws:bedrock:region::foundation-model/<model>" (no account)',
};
const STREAMING = {
    url: PAGES.inferencePrereq,
    shows: "bedrock:InvokeModelWithResponseStream: required to carry out model invocation and return streaming responses",
};
const US_PROFILE = bedrockArn(`inference-profile/us.${MODEL_ROUTES.sonnet}`);
const GLOBAL_PROFILE = bedrockArn(`inference-profile/global.${MODEL_ROUTES.sonnet}`);
const US_DESTINATIONS = ["us-east-1", "us-east-2", "us-west-2"];
const THROUGH_PROFILE = {
    url: PAGES.profilesPrereq,
    shows: "you must also specify the foundation model in each Region associated with the profile; to invoke it only through the profile, condition the foundation-model statement on bedrock:InferenceProfileArn",
};

/** Invoking a resource and streaming from it, both on the same page's word, streaming also on its own. */
function invocations(name: string, resource: string, context: AwsRequest["context"], source: Citation) {
    return [
        allowed({
            at: name,
            principal: "role",
            action: "bedrock:InvokeModel",
            resource,
            context,
            source,
        }),
        allowed({
            at: name,
            principal: "role",
            action: "bedrock:InvokeModelWithResponseStream",
            resource,
            context,
            source: { ...source, shows: `${source.shows}; ${STREAMING.shows} (${STREAMING.url})` },
        }),
    ];
}

/** What CreateAgent and UpdateAgent read of a profile and its models. */
function profileReads(name: string, profile: string, models: string[]): AwsRequest[] {
    return [
        allowed({
            at: name,
            principal: "role",
            action: "bedrock:GetInferenceProfile",
            resource: profile,
            source: {
                url: PAGES.inferencePrereq,
                shows: "bedrock:GetInferenceProfile: required to run inference with an inference profile",
            },
        }),
        ...models.map((model) =>
            allowed({
                at: `${name}.model.${model.split(":")[3]}`,
                principal: "role",
                action: "bedrock:GetFoundationModel",
                resource: model,
                source: {
                    url: PAGES.agentsPermissions,
                    shows: "the agent's models must be readable by the role",
                    unconfirmed:
                        'rests on CreateAgent\'s error "Access denied while trying to create/update an agent using InferenceProfile ... Ensure Agent role has valid permissions" (aws-cdk#36774, terraform-provider-aws#42324): which destination models it reads is not documented',
                },
            }),
        ),
    ];
}

const MODEL_REQUESTS: AwsRequest[] = [
    ...invocations("bedrock.onDemand", MODEL, {}, ON_DEMAND),
    ...invocations("bedrock.usProfile", US_PROFILE, {}, THROUGH_PROFILE),
    ...US_DESTINATIONS.flatMap((region) =>
        invocations(
            `bedrock.usProfile.model.${region}`,
            foundationModel(region),
            { "bedrock:InferenceProfileArn": US_PROFILE },
            {
                ...THROUGH_PROFILE,
                unconfirmed: `the destinations of us.${MODEL_ROUTES.sonnet} called from us-east-1 (${US_DESTINATIONS.join(", ")}) are those ${PAGES.profilesSupport} listed when the facts were gathered (bedrock-agent-iam-facts.md); AWS changes them, and GetInferenceProfile answers for a deployment`,
            },
        ),
    ),
    ...profileReads(
        "bedrock.usProfile",
        US_PROFILE,
        US_DESTINATIONS.map((r) => foundationModel(r)),
    ),
    allowed({
        at: "bedrock.globalProfile",
        principal: "role",
        action: "bedrock:InvokeModel",
        resource: GLOBAL_PROFILE,
        context: { "aws:RequestedRegion": "us-east-1" },
        source: {
            url: PAGES.globalInference,
            shows: 'the inference profile in the source Region, under "aws:RequestedRegion": "<source Region>"',
        },
    }),
    allowed({
        at: "bedrock.globalProfile.model.us-east-1",
        principal: "role",
        action: "bedrock:InvokeModel",
        resource: foundationModel("us-east-1"),
        context: { "aws:RequestedRegion": "us-east-1", "bedrock:InferenceProfileArn": GLOBAL_PROFILE },
        source: {
            url: PAGES.globalInference,
            shows: 'the foundation model in the source Region, under "aws:RequestedRegion": "<source Region>" and bedrock:InferenceProfileArn = the global profile',
        },
    }),
    allowed({
        at: "bedrock.globalProfile.model.regionless",
        principal: "role",
        action: "bedrock:InvokeModel",
        resource: `arn:aws:bedrock:::foundation-model/${MODEL_ROUTES.sonnet}`,
        context: { "aws:RequestedRegion": "unspecified", "bedrock:InferenceProfileArn": GLOBAL_PROFILE },
        source: {
            url: PAGES.globalInference,
            shows: '"arn:aws:bedrock:::foundation-model/<model>" under "aws:RequestedRegion": "unspecified" and bedrock:InferenceProfileArn = the global profile',
        },
    }),
    ...profileReads("bedrock.globalProfile", GLOBAL_PROFILE, []),
    ...invocations("bedrock.applicationProfile", MODEL_ROUTES.applicationProfile, {}, THROUGH_PROFILE),
    ...["us-east-1", "us-west-2"].flatMap((region) =>
        invocations(
            `bedrock.applicationProfile.model.${region}`,
            foundationModel(region),
            { "bedrock:InferenceProfileArn": MODEL_ROUTES.applicationProfile },
            {
                ...THROUGH_PROFILE,
                unconfirmed:
                    "what an application profile copies is the account's choice; these destinations are the fixture's, as GetInferenceProfile would answer them",
            },
        ),
    ),
    ...profileReads("bedrock.applicationProfile", MODEL_ROUTES.applicationProfile, []),
    ...invocations(
        "bedrock.provisionedModel",
        MODEL_ROUTES.provisionedModel,
        {},
        {
            url: PAGES.agentsPermissions,
            shows: "(Optional) identity-based policy to allow Amazon Bedrock to use Provisioned Throughput with your agent alias: bedrock:InvokeModel, bedrock:GetProvisionedModelThroughput on the provisioned model's ARN",
        },
    ),
    allowed({
        at: "bedrock.provisionedModel",
        principal: "role",
        action: "bedrock:GetProvisionedModelThroughput",
        resource: MODEL_ROUTES.provisionedModel,
        source: {
            url: PAGES.agentsPermissions,
            shows: "(Optional) identity-based policy to allow Amazon Bedrock to use Provisioned Throughput with your agent alias: bedrock:GetProvisionedModelThroughput",
        },
    }),
    ...invocations(
        "bedrock.importedModel",
        MODEL_ROUTES.importedModel,
        {},
        {
            url: PAGES.bedrockActions,
            shows: "InvokeModel and InvokeModelWithResponseStream take the imported-model resource type, arn:${Partition}:bedrock:${Region}:${Account}:imported-model/${ResourceId}",
            unconfirmed:
                "that an agent invokes an imported model by its ARN rests on the action's resource types",
        },
    ),
];

// ---------------------------------------------------------------------------------------------
// Agents Classic: knowledge bases, action-group schemas, guardrails, collaborators, prompts,
// code-interpreter files.

const knowledgeBase = (id: string) => bedrockArn(`knowledge-base/${id}`);
const RETRIEVE = {
    url: `${PAGES.agentsPermissions}#agents-permissions-identity`,
    shows: 'bedrock:Retrieve on "arn:aws:bedrock:region:account-id:knowledge-base/knowledge-base-id"',
};
const CODE_INTERPRETER_FILE = "arn:aws:s3:::agent-files/sales/2026.csv";

const AGENT_CAPABILITY_REQUESTS: AwsRequest[] = [
    // The full fixture's knowledge bases, and three of the 300 the spilled-policy test lists.
    ...["KBPRODUCTS", "KBPOLICIES", "KBPINECONE", "KB00000000", "KB00000150", "KB00000299"].map((id) =>
        allowed({
            at: `agents.knowledgeBase.${id}`,
            principal: "role",
            action: "bedrock:Retrieve",
            resource: knowledgeBase(id),
            source: RETRIEVE,
        }),
    ),
    allowed({
        at: "agents.knowledgeBase",
        principal: "role",
        action: "bedrock:RetrieveAndGenerate",
        resource: "*",
        source: {
            url: PAGES.bedrockActions,
            shows: "RetrieveAndGenerate lists no resource type: it is authorized against *",
        },
    }),
    allowed({
        at: "agents.thirdPartyKnowledgeBase",
        principal: "role",
        action: "bedrock:AssociateThirdPartyKnowledgeBase",
        resource: "*",
        context: { "bedrock:ThirdPartyKnowledgeBaseCredentialsSecretArn": SECRET },
        source: {
            url: PAGES.bedrockActions,
            shows: "AssociateThirdPartyKnowledgeBase lists no resource type (authorized against *), condition key bedrock:ThirdPartyKnowledgeBaseCredentialsSecretArn: the ARN of the vector store's credentials secret (agents-permissions shows the key, with a KMS key as its value by mistake)",
        },
    }),
    ...["orders", "tickets"].map((schema) =>
        allowed({
            at: `agents.actionGroup.${schema}Schema`,
            principal: "role",
            action: "s3:GetObject",
            resource: `arn:aws:s3:::agent-schemas/support/${schema}.json`,
            context: inAccount,
            source: {
                url: `${PAGES.agentsPermissions}#agents-permissions-identity`,
                shows: 's3:GetObject on "arn:aws:s3:::bucket/path/to/schema" with "aws:ResourceAccount": "account-id"',
            },
        }),
    ),
    allowed({
        at: "agents.guardrail",
        principal: "role",
        action: "bedrock:ApplyGuardrail",
        resource: bedrockArn(`guardrail/${SUPERVISOR.guardrail}`),
        source: {
            url: PAGES.guardrailProfiles,
            shows: 'bedrock:ApplyGuardrail on "arn:aws:bedrock:us-east-1:account-id:guardrail/guardrail-id" (no version)',
        },
    }),
    ...US_DESTINATIONS.map((region) =>
        allowed({
            at: `agents.guardrail.profile.${region}`,
            principal: "role",
            action: "bedrock:ApplyGuardrail",
            resource: bedrockArn("guardrail-profile/us.guardrail.v1:0", region),
            source: {
                url: PAGES.guardrailProfiles,
                shows: `"arn:aws:bedrock:<destination>:account-id:guardrail-profile/us.guardrail.v1:0" for each destination; from source us-east-1 they are us-east-1, us-east-2, us-west-2 (${PAGES.guardrailProfileRegions})`,
            },
        }),
    ),
    allowed({
        at: "agents.guardrail.key",
        principal: "role",
        action: "kms:Decrypt",
        resource: kmsKeyArn(SUPERVISOR.guardrailKey),
        source: {
            url: PAGES.guardrailKeys,
            shows: "the role that applies an encrypted guardrail needs kms:Decrypt on its key, and the key policy must allow that role",
            unconfirmed: "the page shows no encryption context for this request, so none is presented here",
        },
    }),
    ...SUPERVISOR.collaborators.flatMap((alias) =>
        ["bedrock:GetAgentAlias", "bedrock:InvokeAgent"].map((action) =>
            allowed({
                at: `agents.collaborator.${alias.split("/")[0]}`,
                principal: "role",
                action,
                resource: bedrockArn(`agent-alias/${alias}`),
                source: {
                    url: PAGES.agentsPermissions,
                    shows: "(Optional) multi-agent collaboration: permissions to get the aliases and invoke agent collaborators, on arn:aws:bedrock:region:account-id:agent-alias/agent-id/alias-id",
                },
            }),
        ),
    ),
    allowed({
        at: "agents.prompt.version",
        principal: "role",
        action: "bedrock:GetPrompt",
        resource: bedrockArn(`prompt/${SUPERVISOR.prompt}:2`),
        source: {
            url: PAGES.bedrockActions,
            shows: "GetPrompt takes prompt-version: arn:${Partition}:bedrock:${Region}:${Account}:prompt/${PromptId}:${PromptVersion}",
            unconfirmed:
                "that an agent reads a managed prompt's version by this ARN rests on the resource type alone",
        },
    }),
    ...["s3:GetObject", "s3:GetObjectVersion", "s3:GetObjectAttributes", "s3:GetObjectVersionAttributes"].map(
        (action) =>
            allowed({
                at: "agents.codeInterpreter.file",
                principal: "role",
                action,
                resource: CODE_INTERPRETER_FILE,
                context: inAccount,
                source: {
                    url: PAGES.agentsPermissions,
                    shows: "(Optional) identity-based policy to allow Amazon Bedrock to access files from S3 to use with code interpretation: s3:GetObject, s3:GetObjectVersion, s3:GetObjectVersionAttributes, s3:GetObjectAttributes on the object",
                },
            }),
    ),
    allowed({
        at: "agents.codeInterpreter.nonLatinFile",
        principal: "role",
        action: "s3:GetObject",
        resource: "arn:aws:s3:::agent-files/売上/2026年-☃.csv",
        context: inAccount,
        source: {
            url: PAGES.objectKeys,
            shows: "the object key name is a sequence of Unicode characters with UTF-8 encoding; an object's ARN is arn:aws:s3:::<bucket>/<key> (the key as written)",
        },
    }),
];

// ---------------------------------------------------------------------------------------------
// Statements the user adds (extraStatements): the requests the agent's own code makes with them.

const USER_TABLE = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`;

const EXTRA_STATEMENT_REQUESTS: AwsRequest[] = [
    ...["dynamodb:GetItem", "dynamodb:Query"].map((action) =>
        allowed({
            at: "extra.ordersTable",
            principal: "role",
            action,
            resource: USER_TABLE,
            source: {
                url: PAGES.dynamoDbActions,
                shows: "GetItem and Query on table: arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}",
            },
        }),
    ),
    allowed({
        at: "extra.reports",
        principal: "role",
        action: "s3:GetObject",
        resource: "arn:aws:s3:::reports/2026/q1/sales.csv",
        context: inAccount,
        source: {
            url: PAGES.s3Actions,
            shows: "GetObject on object: arn:${Partition}:s3:::${BucketName}/${ObjectName}; every request carries aws:ResourceAccount, the bucket owner's account",
        },
    }),
];

// ---------------------------------------------------------------------------------------------
// Agents Classic: the agent's key and memory key, and what the agent's callers ask.

const OWN_ALIAS = bedrockArn(`agent-alias/${SUPERVISOR.ownAlias}`);
const MEMORY_KEY = kmsKeyArn(SUPERVISOR.memoryKey);
const forAgent = { "kms:EncryptionContext:aws:bedrock:arn": AGENT };
const forAlias = { "kms:EncryptionContext:aws-crypto-ec:aws:bedrock:arn": OWN_ALIAS };
const viaBedrock = { "kms:ViaService": "bedrock.us-east-1.amazonaws.com" };
const MEMORY_DATA_KEY_ACTIONS = [
    "kms:GenerateDataKeyWithoutPlaintext",
    "kms:ReEncryptFrom",
    "kms:ReEncryptTo",
];

const AGENT_KEY_REQUESTS: AwsRequest[] = [
    allowed({
        at: "agents.agentKey.role",
        principal: "role",
        action: "kms:Decrypt",
        resource: KEY,
        context: forAgent,
        source: {
            url: PAGES.agentsPermissions,
            shows: "(Optional) If you encrypt your agent with a KMS key, permissions to decrypt the key (encryption-agents)",
            unconfirmed: `the encryption context, kms:EncryptionContext:aws:bedrock:arn = the agent's ARN, is the one ${PAGES.agentEncryption} shows for the agent's key`,
        },
    }),
    ...["kms:GenerateDataKey", "kms:Decrypt"].map((action) =>
        allowed({
            at: "agents.agentKey.caller",
            principal: "caller",
            action,
            resource: KEY,
            context: forAgent,
            source: {
                url: PAGES.agentEncryption,
                shows: 'identity policy of the principal that calls InvokeAgent: kms:GenerateDataKey, kms:Decrypt with "kms:EncryptionContext:aws:bedrock:arn": "arn:aws:bedrock:${region}:${account-id}:agent/${agent-id}"',
            },
        }),
    ),
    ...["kms:GenerateDataKey", "kms:Decrypt"].map((action) =>
        allowed({
            at: "agents.agentKey.bedrock",
            principal: BEDROCK,
            action,
            resource: KEY,
            context: { ...forAgent, "aws:SourceAccount": ACCOUNT },
            source: {
                url: PAGES.agentResourceKeys,
                shows: "key policy: bedrock.amazonaws.com may kms:GenerateDataKey, kms:Decrypt under kms:EncryptionContext:aws:bedrock:arn = the agent's ARN",
                unconfirmed:
                    "that Bedrock's own KMS requests carry aws:SourceAccount rests on the IAM confused-deputy guide (service principals' requests carry it)",
            },
        }),
    ),
    allowed({
        at: "agents.memoryKey.caller",
        principal: "caller",
        action: "kms:Decrypt",
        resource: MEMORY_KEY,
        context: { ...forAlias, ...viaBedrock },
        source: {
            url: PAGES.memoryKeys,
            shows: 'caller identity data plane: kms:Decrypt with "kms:EncryptionContext:aws-crypto-ec:aws:bedrock:arn": "arn:aws:bedrock:${region}:${account-id}:agent-alias/*", "kms:ViaService": "bedrock.$region.amazonaws.com"',
        },
    }),
    ...MEMORY_DATA_KEY_ACTIONS.map((action) =>
        allowed({
            at: "agents.memoryKey.caller",
            principal: "caller",
            action,
            resource: MEMORY_KEY,
            context: { ...forAlias, ...viaBedrock },
            source: {
                url: PAGES.memoryKeys,
                shows: 'caller identity control plane: kms:GenerateDataKeyWithoutPlaintext, kms:ReEncrypt* with "kms:EncryptionContext:aws-crypto-ec:aws:bedrock:arn": "...:agent-alias/*"',
                unconfirmed:
                    "the page conditions these without kms:ViaService; Bedrock makes them with the caller's identity, where KMS sets kms:ViaService, so it is presented here; the alias in the context at CreateAgent time is not documented",
            },
        }),
    ),
    ...MEMORY_DATA_KEY_ACTIONS.map((action) =>
        allowed({
            at: "agents.memoryKey.bedrock",
            principal: BEDROCK,
            action,
            resource: MEMORY_KEY,
            context: { ...forAlias, "aws:SourceAccount": ACCOUNT, "aws:SourceArn": OWN_ALIAS },
            source: {
                url: PAGES.memoryKeys,
                shows: 'key policy: bedrock.amazonaws.com may kms:GenerateDataKeyWithoutPlaintext, kms:ReEncrypt* with "aws:SourceAccount": "$account-id", "aws:SourceArn": "arn:aws:bedrock:$region:$account-id:agent-alias/*"',
                unconfirmed:
                    "the encryption context on Bedrock's own requests is not shown; the callers' form is assumed",
            },
        }),
    ),
    allowed({
        at: "agents.caller",
        principal: "caller",
        action: "bedrock:InvokeAgent",
        resource: OWN_ALIAS,
        source: {
            url: PAGES.agentsExamples,
            shows: "the InvokeAgent operation can only be used on alias resources",
        },
    }),
];

// ---------------------------------------------------------------------------------------------
// AgentCore runtime `support_agent` (id support_agent-AbCdE12345): trust, image, logs, traces,
// metrics, memory, gateway, credential providers, workload tokens, knowledge base.

const RUNTIME = agentCoreArn("runtime/support_agent-AbCdE12345");
const REPOSITORY = `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/support-agent`;
const LOG_GROUP = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/aws/bedrock-agentcore/runtimes/support_agent-AbCdE12345-DEFAULT`;
const LOG_STREAM = `${LOG_GROUP}:log-stream:2026/11/29/[runtime-logs]0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`;
const MEMORY = agentCoreArn("memory/support_memory-AbCdE12345");
const DIRECTORY = agentCoreArn("workload-identity-directory/default");
const workloadIdentity = (name: string) => `${DIRECTORY}/workload-identity/${name}`;
const RUNTIME_PERMISSIONS = (shows: string): Citation => ({ url: PAGES.runtimePermissions, shows });
const WORKLOAD_IDENTITY_NAME =
    "the workload identity's name is the resource's name, '-' and a suffix (runtime-permissions: workload-identity/agentName-*); that it is the resource's id rests on a field record of a live gateway (workload-identity/sg-carpark-gateway-z3fc8wewlc for gateway sg-carpark-gateway-z3fc8wewlc)";

/** The four resources a token or key request names, by the SAR, for a provider and a workload. */
function tokenRequests(prefix: string, action: string, provider: string, workload: string, source: Citation) {
    const resources: [string, string][] = [
        ["provider", agentCoreArn(`token-vault/default/${provider}`)],
        ["tokenVault", agentCoreArn("token-vault/default")],
        ["directory", DIRECTORY],
        ["workloadIdentity", workloadIdentity(workload)],
    ];
    return resources.map(([what, resource]) =>
        allowed({
            at: `${prefix}.${what}`,
            principal: "role",
            action,
            resource,
            source: {
                ...source,
                unconfirmed: `${action} names four resources (provider, token vault, directory, workload identity) in the SAR (${PAGES.agentCoreActions}), where AWS's outbound examples name the provider alone${what === "workloadIdentity" ? `; ${WORKLOAD_IDENTITY_NAME}` : ""}`,
            },
        }),
    );
}

/** Reading a credential provider's secret, which AgentCore Identity creates and names. */
const providerSecret = (at: string, resource: string, source: Citation): AwsRequest =>
    allowed({
        at,
        principal: "role",
        action: "secretsmanager:GetSecretValue",
        resource,
        source: {
            ...source,
            unconfirmed: `the secret's name, bedrock-agentcore-identity!default/{oauth2|apikey}/<provider> with Secrets Manager's six-character suffix, rests on field reports (${PAGES.credentialProviders} says AgentCore creates it); one real ARN shows an eight-hex-character infix (apikey/<provider>-0e976f98-LMwdhV), and a provider may reference a secret of its owner's choosing`,
        },
    });

const WORKLOAD_TOKEN_ACTIONS: [string, AwsRequest["context"]][] = [
    ["bedrock-agentcore:GetWorkloadAccessToken", {}],
    ["bedrock-agentcore:GetWorkloadAccessTokenForJWT", {}],
    ["bedrock-agentcore:GetWorkloadAccessTokenForUserId", { "bedrock-agentcore:userid": "customer-42" }],
];

const RUNTIME_REQUESTS: AwsRequest[] = [
    allowed({
        at: "agentcore.runtime.trust",
        principal: AGENTCORE,
        action: "sts:AssumeRole",
        resource: THE_ROLE,
        context: { "aws:SourceAccount": ACCOUNT, "aws:SourceArn": RUNTIME },
        source: {
            ...RUNTIME_PERMISSIONS(
                'trust: bedrock-agentcore.amazonaws.com, "aws:SourceAccount": "123456789012", "aws:SourceArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:*"',
            ),
            unconfirmed:
                "AWS's trust admits any AgentCore resource of the account; that the ARN presented is the runtime's own rests on CDK's shipped runtime/<name>* trust (agentcore-iam-facts.md)",
        },
    }),
    allowed({
        at: "agentcore.runtime.trust.endpoint",
        principal: AGENTCORE,
        action: "sts:AssumeRole",
        resource: THE_ROLE,
        context: { "aws:SourceAccount": ACCOUNT, "aws:SourceArn": `${RUNTIME}/runtime-endpoint/DEFAULT` },
        source: {
            ...RUNTIME_PERMISSIONS(
                'trust: "aws:SourceArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:*"',
            ),
            unconfirmed:
                "that AgentCore may present a runtime endpoint's ARN (the SAR's runtime-endpoint type) as the source is not documented anywhere; kept because the package admits it",
        },
    }),
    ...["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"].map((action) =>
        allowed({
            at: "agentcore.runtime.image",
            principal: "role",
            action,
            resource: REPOSITORY,
            source: RUNTIME_PERMISSIONS(
                'ECRImageAccess: ecr:BatchGetImage, ecr:GetDownloadUrlForLayer on "arn:aws:ecr:us-east-1:123456789012:repository/*"',
            ),
        }),
    ),
    allowed({
        at: "agentcore.runtime.image",
        principal: "role",
        action: "ecr:GetAuthorizationToken",
        resource: "*",
        source: RUNTIME_PERMISSIONS('ECRTokenAccess: ecr:GetAuthorizationToken on "*"'),
    }),
    allowed({
        at: "agentcore.runtime.publicImage",
        principal: "role",
        action: "ecr-public:GetAuthorizationToken",
        resource: "*",
        source: {
            url: PAGES.harnessSecurity,
            shows: 'the harness execution role pulls AgentCore\'s public image with ecr-public:GetAuthorizationToken and sts:GetServiceBearerToken on "*"',
        },
    }),
    allowed({
        at: "agentcore.runtime.publicImage",
        principal: "role",
        action: "sts:GetServiceBearerToken",
        resource: "*",
        context: { "sts:AWSServiceName": "ecr-public.amazonaws.com" },
        source: {
            url: PAGES.bearerTokens,
            shows: 'services that use bearer tokens (ECR Public) need sts:GetServiceBearerToken on "*"',
            unconfirmed:
                "the value of sts:AWSServiceName rests on the SAR's description of the key; a field report shows ECR refusing a token statement conditioned on it",
        },
    }),
    allowed({
        at: "agentcore.runtime.code",
        principal: "role",
        action: "s3:GetObject",
        resource: "arn:aws:s3:::agent-code/support/agent.zip",
        context: inAccount,
        source: {
            ...RUNTIME_PERMISSIONS("the direct code deployment example has no S3 statement"),
            unconfirmed:
                "that the runtime role, not the deployer, reads the code artifact rests on Terraform's module granting it (agentcore-iam-facts.md)",
        },
    }),
    ...["logs:CreateLogGroup", "logs:DescribeLogStreams"].map((action) =>
        allowed({
            at: "agentcore.runtime.logs",
            principal: "role",
            action,
            resource: LOG_GROUP,
            source: RUNTIME_PERMISSIONS(
                `logs:DescribeLogStreams, logs:CreateLogGroup on "...:log-group:/aws/bedrock-agentcore/runtimes/*"; the group is /aws/bedrock-agentcore/runtimes/<agent_id>-<endpoint_name> (${PAGES.observability})`,
            ),
        }),
    ),
    ...["logs:CreateLogStream", "logs:PutLogEvents"].map((action) =>
        allowed({
            at: "agentcore.runtime.logs",
            principal: "role",
            action,
            resource: LOG_STREAM,
            source: {
                ...RUNTIME_PERMISSIONS(
                    'logs:CreateLogStream, logs:PutLogEvents on "...:log-group:/aws/bedrock-agentcore/runtimes/*:log-stream:*"',
                ),
                unconfirmed: `the stream's name, <date>/[runtime-logs]<UUID>, rests on ${PAGES.observability} ("[runtime-logs] <UUID>") and field reports of the date prefix`,
            },
        }),
    ),
    ...[
        "xray:PutTraceSegments",
        "xray:PutTelemetryRecords",
        "xray:GetSamplingRules",
        "xray:GetSamplingTargets",
    ].map((action) =>
        allowed({
            at: "agentcore.runtime.traces",
            principal: "role",
            action,
            resource: "*",
            source: RUNTIME_PERMISSIONS(
                'xray:PutTraceSegments, xray:PutTelemetryRecords, xray:GetSamplingRules, xray:GetSamplingTargets on "*"',
            ),
        }),
    ),
    allowed({
        at: "agentcore.runtime.metrics",
        principal: "role",
        action: "cloudwatch:PutMetricData",
        resource: "*",
        context: { "cloudwatch:namespace": "bedrock-agentcore" },
        source: RUNTIME_PERMISSIONS(
            'cloudwatch:PutMetricData on "*" with "cloudwatch:namespace": "bedrock-agentcore"',
        ),
    }),
    ...(
        [
            [
                "CreateEvent",
                { "bedrock-agentcore:actorId": "customer-42", "bedrock-agentcore:sessionId": "session-0001" },
            ],
            [
                "GetEvent",
                { "bedrock-agentcore:actorId": "customer-42", "bedrock-agentcore:sessionId": "session-0001" },
            ],
            [
                "ListEvents",
                { "bedrock-agentcore:actorId": "customer-42", "bedrock-agentcore:sessionId": "session-0001" },
            ],
            ["ListSessions", { "bedrock-agentcore:actorId": "customer-42" }],
            ["RetrieveMemoryRecords", { "bedrock-agentcore:namespace": "support/customer-42" }],
            ["ListMemoryRecords", { "bedrock-agentcore:namespace": "support/customer-42" }],
            ["GetMemoryRecord", {}],
        ] as [string, AwsRequest["context"]][]
    ).map(([action, context]) =>
        allowed({
            at: "agentcore.runtime.memory",
            principal: "role",
            action: `bedrock-agentcore:${action}`,
            resource: MEMORY,
            context,
            source: {
                url: PAGES.agentCoreActions,
                shows: `${action} on memory: arn:\${Partition}:bedrock-agentcore:\${Region}:\${Account}:memory/\${MemoryId}, with the condition keys the agent's call sets (actor, session, namespace: values the agent code chooses)`,
            },
        }),
    ),
    allowed({
        at: "agentcore.runtime.gateway",
        principal: "role",
        action: "bedrock-agentcore:InvokeGateway",
        resource: agentCoreArn("gateway/support-gateway-abcdefghij"),
        source: {
            url: PAGES.agentCoreActions,
            shows: "InvokeGateway on gateway: arn:${Partition}:bedrock-agentcore:${Region}:${Account}:gateway/${GatewayId}",
        },
    }),
    ...tokenRequests(
        "agentcore.runtime.oauth",
        "bedrock-agentcore:GetResourceOauth2Token",
        "oauth2credentialprovider/github",
        "support_agent-AbCdE12345",
        RUNTIME_PERMISSIONS(
            "the runtime fetches OAuth tokens of its credential providers with GetResourceOauth2Token",
        ),
    ),
    ...tokenRequests(
        "agentcore.runtime.apiKey",
        "bedrock-agentcore:GetResourceApiKey",
        "apikeycredentialprovider/weather",
        "support_agent-AbCdE12345",
        RUNTIME_PERMISSIONS(
            "the runtime fetches API keys of its credential providers with GetResourceApiKey",
        ),
    ),
    providerSecret(
        "agentcore.runtime.oauth.secret",
        OAUTH_SECRET,
        RUNTIME_PERMISSIONS(
            "the role reads its OAuth provider's client secret: secretsmanager:GetSecretValue",
        ),
    ),
    providerSecret(
        "agentcore.runtime.apiKey.secret",
        API_KEY_SECRET,
        RUNTIME_PERMISSIONS("the role reads its API-key provider's secret: secretsmanager:GetSecretValue"),
    ),
    ...WORKLOAD_TOKEN_ACTIONS.flatMap(([action, context]) =>
        (
            [
                ["directory", DIRECTORY],
                ["workloadIdentity", workloadIdentity("support_agent-AbCdE12345")],
            ] as [string, string][]
        ).map(([what, resource]) =>
            allowed({
                at: `agentcore.runtime.workloadToken.${what}`,
                principal: "role",
                action,
                resource,
                context,
                source: {
                    ...RUNTIME_PERMISSIONS(
                        'GetAgentAccessToken: GetWorkloadAccessToken, GetWorkloadAccessTokenForJWT (and ...ForUserId) on "workload-identity-directory/default" and "workload-identity-directory/default/workload-identity/agentName-*"',
                    ),
                    ...(what === "workloadIdentity" ? { unconfirmed: WORKLOAD_IDENTITY_NAME } : {}),
                },
            }),
        ),
    ),
    allowed({
        at: "agentcore.runtime.knowledgeBase",
        principal: "role",
        action: "bedrock:Retrieve",
        resource: knowledgeBase("KB12345678"),
        source: {
            url: PAGES.bedrockActions,
            shows: "Retrieve on knowledge-base: arn:${Partition}:bedrock:${Region}:${Account}:knowledge-base/${KnowledgeBaseId}",
        },
    }),
];

// ---------------------------------------------------------------------------------------------
// AgentCore gateway `support-gateway` (id support-gateway-abcdefghij): trust, targets and
// interceptor, outbound OAuth, schema, policy engine, customer-managed key; and AWS's form of the
// same requests for gateway `support-gateway-admin`, whose name extends ours.

const GATEWAY = agentCoreArn("gateway/support-gateway-abcdefghij");
const ADMIN_GATEWAY = agentCoreArn("gateway/support-gateway-admin-abcdefghij");
const ENGINE = agentCoreArn("policy-engine/support_policies-AbCdE12345");
const viaAgentCore = { "kms:ViaService": "bedrock-agentcore.us-east-1.amazonaws.com" };
const forGateway = (gateway: string) => ({
    "kms:EncryptionContext:aws:bedrock-agentcore-gateway:arn": gateway,
});
const GATEWAY_KEY_POLICY = (shows: string): Citation => ({ url: PAGES.gatewayEncryption, shows });
const NEIGHBOUR_ID = {
    url: PAGES.createGateway,
    shows: "name ([0-9a-zA-Z][-]?){1,100}; gatewayId ([0-9a-z][-]?){1,100}-[0-9a-z]{10}: gateway support-gateway-admin gets the id support-gateway-admin-<ten characters>",
};

const GATEWAY_REQUESTS: AwsRequest[] = [
    allowed({
        at: "agentcore.gateway.trust",
        principal: AGENTCORE,
        action: "sts:AssumeRole",
        resource: THE_ROLE,
        context: { "aws:SourceAccount": ACCOUNT, "aws:SourceArn": GATEWAY },
        source: {
            url: PAGES.gatewayPermissions,
            shows: 'gateway service role trust: bedrock-agentcore.amazonaws.com with "aws:SourceAccount" and "aws:SourceArn": "arn:aws:bedrock-agentcore:<region>:<account>:gateway/<gateway-name>-*"',
        },
    }),
    neighbour({
        at: "agentcore.gateway.trust",
        principal: AGENTCORE,
        action: "sts:AssumeRole",
        resource: THE_ROLE,
        context: { "aws:SourceAccount": ACCOUNT, "aws:SourceArn": ADMIN_GATEWAY },
        source: NEIGHBOUR_ID,
    }),
    ...[
        ["lookup-orders", "target"],
        ["open-ticket", "target"],
        ["redact-pii", "interceptor"],
    ].map(([fn, role]) =>
        allowed({
            at: `agentcore.gateway.lambda.${fn}`,
            principal: "role",
            action: "lambda:InvokeFunction",
            resource: lambdaArn(fn),
            source: {
                url: PAGES.gatewayPermissions,
                shows: "gateway service role permissions: lambda:InvokeFunction on the Lambda functions of its targets",
                ...(role === "interceptor"
                    ? {
                          unconfirmed:
                              "that the gateway role invokes interceptor functions as it does targets rests on agentcore-iam-facts.md",
                      }
                    : {}),
            },
        }),
    ),
    ...(
        [
            ["directory", DIRECTORY],
            ["workloadIdentity", workloadIdentity("support-gateway-abcdefghij")],
        ] as [string, string][]
    ).map(([what, resource]) =>
        allowed({
            at: `agentcore.gateway.workloadToken.${what}`,
            principal: "role",
            action: "bedrock-agentcore:GetWorkloadAccessToken",
            resource,
            source: {
                url: PAGES.gatewayOutbound,
                shows: "OAuth outbound: GetWorkloadAccessToken on the directory and the gateway's workload identity",
                ...(what === "workloadIdentity" ? { unconfirmed: WORKLOAD_IDENTITY_NAME } : {}),
            },
        }),
    ),
    neighbour({
        at: "agentcore.gateway.workloadToken.workloadIdentity",
        principal: "role",
        action: "bedrock-agentcore:GetWorkloadAccessToken",
        resource: workloadIdentity("support-gateway-admin-abcdefghij"),
        source: { ...NEIGHBOUR_ID, unconfirmed: WORKLOAD_IDENTITY_NAME },
    }),
    ...tokenRequests(
        "agentcore.gateway.oauth",
        "bedrock-agentcore:GetResourceOauth2Token",
        "oauth2credentialprovider/github",
        "support-gateway-abcdefghij",
        {
            url: PAGES.gatewayOutbound,
            shows: "OAuth outbound: GetResourceOauth2Token on the credential provider",
        },
    ),
    providerSecret("agentcore.gateway.oauth.secret", OAUTH_SECRET, {
        url: PAGES.gatewayOutbound,
        shows: "OAuth outbound: secretsmanager:GetSecretValue on the provider's secret",
    }),
    allowed({
        at: "agentcore.gateway.schema",
        principal: "role",
        action: "s3:GetObject",
        resource: "arn:aws:s3:::gateway-schemas/orders/openapi.json",
        context: inAccount,
        source: {
            url: PAGES.gatewayPermissions,
            shows: "a target's tool definition from an Amazon S3 URI needs the gateway service role to read the bucket",
            unconfirmed:
                "aws/agentcore-cli#1241 reports the caller that creates the target, not the service role, reads the schema",
        },
    }),
    ...["bedrock-agentcore:AuthorizeAction", "bedrock-agentcore:PartiallyAuthorizeActions"].flatMap(
        (action) =>
            (
                [
                    ["gateway", GATEWAY],
                    ["engine", ENGINE],
                ] as [string, string][]
            ).map(([what, resource]) =>
                allowed({
                    at: `agentcore.gateway.policyEngine.${what}`,
                    principal: "role",
                    action,
                    resource,
                    source: {
                        url: PAGES.policyPermissions,
                        shows: `the gateway execution role needs ${action} (authorized on the gateway and the policy engine, ${PAGES.agentCoreActions})`,
                    },
                }),
            ),
    ),
    allowed({
        at: "agentcore.gateway.policyEngine.engine",
        principal: "role",
        action: "bedrock-agentcore:GetPolicyEngine",
        resource: ENGINE,
        source: {
            url: PAGES.policyPermissions,
            shows: "bedrock-agentcore:GetPolicyEngine: retrieves the policy engine configuration",
        },
    }),
    neighbour({
        at: "agentcore.gateway.policyEngine.gateway",
        principal: "role",
        action: "bedrock-agentcore:AuthorizeAction",
        resource: ADMIN_GATEWAY,
        source: NEIGHBOUR_ID,
    }),
    allowed({
        at: "agentcore.gateway.key",
        principal: "role",
        action: "kms:DescribeKey",
        resource: GATEWAY_KEY,
        context: viaAgentCore,
        source: GATEWAY_KEY_POLICY(
            'AllowServiceRoleDescribeKey: kms:DescribeKey with "kms:ViaService": ["bedrock-agentcore.us-east-1.amazonaws.com"]',
        ),
    }),
    ...["kms:Decrypt", "kms:GenerateDataKey"].map((action) =>
        allowed({
            at: "agentcore.gateway.key",
            principal: "role",
            action,
            resource: GATEWAY_KEY,
            context: { ...viaAgentCore, ...forGateway(GATEWAY) },
            source: GATEWAY_KEY_POLICY(
                'AllowServiceRoleDecryptKey: kms:Decrypt, kms:GenerateDataKey with kms:ViaService and "kms:EncryptionContext:aws:bedrock-agentcore-gateway:arn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/GatewayId"',
            ),
        }),
    ),
    allowed({
        at: "agentcore.gateway.key",
        principal: "role",
        action: "kms:CreateGrant",
        resource: GATEWAY_KEY,
        context: {
            ...viaAgentCore,
            ...forGateway(GATEWAY),
            "kms:GrantConstraintType": "EncryptionContextSubset",
            "kms:GrantOperations": ["Decrypt", "GenerateDataKey"],
        },
        source: GATEWAY_KEY_POLICY(
            `AllowServiceRoleCreateGrant: kms:CreateGrant with kms:ViaService, "kms:GrantConstraintType": "EncryptionContextSubset", "ForAllValues:StringEquals": {"kms:GrantOperations": ["Decrypt", "GenerateDataKey"]} and the gateway's encryption context; grant operations are operation names without the kms: prefix (${PAGES.kmsConditions}#conditions-kms-grant-operations)`,
        ),
    }),
    neighbour({
        at: "agentcore.gateway.key",
        principal: "role",
        action: "kms:Decrypt",
        resource: GATEWAY_KEY,
        context: { ...viaAgentCore, ...forGateway(ADMIN_GATEWAY) },
        source: NEIGHBOUR_ID,
    }),
    neighbour({
        at: "agentcore.gateway.key",
        principal: "role",
        action: "kms:CreateGrant",
        resource: GATEWAY_KEY,
        context: {
            ...viaAgentCore,
            ...forGateway(ADMIN_GATEWAY),
            "kms:GrantConstraintType": "EncryptionContextSubset",
            "kms:GrantOperations": ["Decrypt", "GenerateDataKey"],
        },
        source: {
            ...NEIGHBOUR_ID,
            shows: `${NEIGHBOUR_ID.shows}; the gateway-encryption page binds CreateGrant to the gateway's encryption context too (${PAGES.gatewayEncryption}, AllowServiceRoleCreateGrant)`,
        },
    }),
];

/** Every request, grouped by service and capability. */
export const AWS_REQUESTS: readonly AwsRequest[] = Object.freeze([
    ...AGENT_TRUST_AND_FUNCTIONS,
    ...MODEL_REQUESTS,
    ...AGENT_CAPABILITY_REQUESTS,
    ...EXTRA_STATEMENT_REQUESTS,
    ...AGENT_KEY_REQUESTS,
    ...RUNTIME_REQUESTS,
    ...GATEWAY_REQUESTS,
    ...GATEWAY_TARGET_REQUESTS,
    ...ONLINE_EVALUATION_REQUESTS,
    ...MEMORY_REQUESTS,
    ...TOOL_SESSION_REQUESTS,
    ...HARNESS_REQUESTS,
    ...TOOL_REQUESTS,
    ...RUNTIME_CALLER_REQUESTS,
    ...GATEWAY_CALLER_REQUESTS,
    ...CALLED_RUNTIME_REQUESTS,
    ...MEMORY_CALLER_REQUESTS,
    ...MEMORY_PIPELINE_REQUESTS,
    ...RUNTIME_RESOURCE_POLICY_REQUESTS,
    ...ASKED_RUNTIME_RESOURCE_POLICY_REQUESTS,
    ...GATEWAY_RESOURCE_POLICY_REQUESTS,
    ...AGENT_DEPLOYER_REQUESTS,
    ...AGENTCORE_DEPLOYER_REQUESTS,
    ...RUNTIME_DEPLOYER_REQUESTS,
    ...TOKEN_VAULT_ROLE_REQUESTS,
    ...TOKEN_VAULT_DEPLOYER_REQUESTS,
    ...DELIVERY_DEPLOYER_REQUESTS,
    ...DELIVERY_DESTINATION_REQUESTS,
    ...VPC_DEPLOYER_REQUESTS,
    ...GATEWAY_NETWORK_DEPLOYER_REQUESTS,
    ...ROLE_DEPLOYER_REQUESTS,
    ...EXISTING_ROLE_DEPLOYER_REQUESTS,
    ...BOUNDED_ROLE_DEPLOYER_REQUESTS,
    ...MANAGED_POLICY_DEPLOYER_REQUESTS,
    ...LAMBDA_PERMISSION_DEPLOYER_REQUESTS,
]);

/** The request of that name; a name the table does not hold fails the test that asks. */
export function awsRequest(name: string): AwsRequest {
    const found = AWS_REQUESTS.find((row) => row.name === name);
    if (!found) {
        throw new Error(`tests/support/awsRequests.ts holds no request named ${name}`);
    }
    return found;
}

/**
 * The requests whose names start with `prefix` followed by a dot (`agentcore.gateway.key`), in
 * the table's order; a prefix that selects none fails the test that asks.
 */
export function awsRequests(prefix: string): AwsRequest[] {
    const found = AWS_REQUESTS.filter((row) => row.name.startsWith(`${prefix}.`));
    if (found.length === 0) {
        throw new Error(`tests/support/awsRequests.ts holds no request under ${prefix}`);
    }
    return found;
}
