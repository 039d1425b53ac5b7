// What the offline plan's mocked AWS answers for the AgentCore resources: the ids and ARNs
// AgentCore gives them (a name, "-" and ten characters), in the stack's environment.
import { arn, credentialProviderArn, idOf, Outputs, providerSecretArn } from "./mockArns";

/** The outputs of each AgentCore resource type the plan models. @internal */
export const AGENTCORE_OUTPUTS: Record<string, Outputs> = {
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
