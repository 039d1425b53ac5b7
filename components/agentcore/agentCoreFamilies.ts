import { ArgumentError } from "../iam/argumentError";
import type { AgentCoreKind } from "./agentCoreResources";
import type { AgentCoreCapability } from "./capabilities/agentCoreCapability";
import type { AgentCoreGatewayRoleArgs } from "./agentCoreGatewayRoleArgs";
import type { AgentCoreRuntimeRoleArgs } from "./agentCoreRuntimeRoleArgs";
import { credentialProviders } from "./capabilities/credentialProviders";
import { gatewayInvocation } from "./capabilities/gatewayInvocation";
import { gatewayKey } from "./capabilities/gatewayKey";
import { lambdaTargets } from "./capabilities/lambdaTargets";
import { memories } from "./capabilities/memories";
import { observability } from "./capabilities/observability";
import { policyEngine } from "./capabilities/policyEngine";
import { runtimeArtifact } from "./capabilities/runtimeArtifact";
import { schemaObjects } from "./capabilities/schemaObjects";
import { workloadTokens } from "./capabilities/workloadTokens";
import { extraStatements } from "../grants/extraStatements";
import { guardrails } from "../grants/guardrails";
import { knowledgeBases } from "../grants/knowledgeBases";
import { ModelAccessArgs, modelAccess } from "../grants/modelAccess";
import { noGrants } from "../grants/grant";

/** What one kind of AgentCore execution role is made of. @internal */
export interface AgentCoreFamily<Args> {
    /** Whose role it is. */
    kind: AgentCoreKind;
    /** The argument naming the runtime or gateway. */
    nameArgument: keyof Args & string;
    /** What the role's name starts with. */
    rolePrefix: string;
    /** Name of the role's inline identity policy. */
    inlinePolicyName: string;
    /** Id of the trust policy's statement. */
    trustStatementId: string;
    /** Every argument's name: any other is refused. */
    argumentNames: readonly string[];
    /** What the role can be granted, in the order its statements are written. */
    capabilities: AgentCoreCapability<Args>[];
}

/** Every argument of `Args`, declared once: TypeScript requires exactly its keys. */
type ArgumentNames<Args> = { readonly [K in keyof Required<Args>]: true };

/** The arguments both roles take: the role's own settings, quotas and extra statements. */
const ROLE_ARGUMENTS = {
    extraStatements: true,
    description: true,
    path: true,
    tags: true,
    maxSessionDuration: true,
    permissionsBoundary: true,
    roleNameSuffix: true,
    quotas: true,
} as const;

const RUNTIME_ARGUMENTS: ArgumentNames<AgentCoreRuntimeRoleArgs> = {
    runtimeName: true,
    containerRepository: true,
    codeArtifact: true,
    foundationModels: true,
    streaming: true,
    inferenceProfileDestinations: true,
    memories: true,
    gateways: true,
    oauthProviders: true,
    apiKeyProviders: true,
    observability: true,
    workloadAccessTokens: true,
    workloadAccessTokensForAnyUser: true,
    knowledgeBases: true,
    guardrails: true,
    ...ROLE_ARGUMENTS,
};

const GATEWAY_ARGUMENTS: ArgumentNames<AgentCoreGatewayRoleArgs> = {
    gatewayName: true,
    lambdaTargets: true,
    interceptors: true,
    oauthProviders: true,
    apiKeyProviders: true,
    schemaObjects: true,
    policyEngine: true,
    customerEncryptionKey: true,
    ...ROLE_ARGUMENTS,
};

/** Models, when the runtime invokes any: a runtime may call no Bedrock model at all. */
const runtimeModels: AgentCoreCapability<ModelAccessArgs> = {
    grant(args, context) {
        if (Array.isArray(args.foundationModels) && args.foundationModels.length === 0) {
            throw new ArgumentError(
                "foundationModels",
                "is empty, but a runtime needs no model: leave foundationModels out, or name the models it invokes",
                '["us.anthropic.claude-sonnet-4-20250514-v1:0"]',
            );
        }
        return args.foundationModels === undefined && args.inferenceProfileDestinations === undefined
            ? noGrants()
            : modelAccess.grant(args, context);
    },
};

/** A runtime's execution role (`aws.bedrock.AgentcoreAgentRuntime.roleArn`). @internal */
export const RUNTIME_FAMILY: AgentCoreFamily<AgentCoreRuntimeRoleArgs> = {
    kind: "runtime",
    nameArgument: "runtimeName",
    rolePrefix: "AgentCoreRuntime_",
    inlinePolicyName: "AgentCoreRuntimePermissions",
    trustStatementId: "AllowAgentCoreRuntimeToAssumeRole",
    argumentNames: Object.keys(RUNTIME_ARGUMENTS),
    capabilities: [
        runtimeArtifact,
        runtimeModels,
        observability,
        memories,
        gatewayInvocation,
        credentialProviders,
        workloadTokens,
        knowledgeBases,
        guardrails,
        extraStatements,
    ],
};

/** A gateway's service role (`aws.bedrock.AgentcoreGateway.roleArn`). @internal */
export const GATEWAY_FAMILY: AgentCoreFamily<AgentCoreGatewayRoleArgs> = {
    kind: "gateway",
    nameArgument: "gatewayName",
    rolePrefix: "AgentCoreGateway_",
    inlinePolicyName: "AgentCoreGatewayPermissions",
    trustStatementId: "AllowAgentCoreGatewayToAssumeRole",
    argumentNames: Object.keys(GATEWAY_ARGUMENTS),
    capabilities: [
        lambdaTargets,
        credentialProviders,
        schemaObjects,
        policyEngine,
        gatewayKey,
        extraStatements,
    ],
};
