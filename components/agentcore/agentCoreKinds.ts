// Every kind of AgentCore execution role, one entry each: how its resource and role are named,
// which resource takes the role, and what the role can be granted.
import type { RoleKind } from "../roles/roleFamily";
import { AgentCoreGatewayRoleArgs, GATEWAY_ARGUMENTS } from "./agentCoreGatewayRoleArgs";
import { AgentCoreHarnessRoleArgs, HARNESS_ARGUMENTS } from "./agentCoreHarnessRoleArgs";
import { AgentCoreRuntimeRoleArgs, RUNTIME_ARGUMENTS } from "./agentCoreRuntimeRoleArgs";
import { GATEWAY, HARNESS, RUNTIME, type ContextKind } from "./agentCoreArns";
import { ArgumentTable, argumentNames } from "../roles/roleArguments";
import type { AgentCoreCapability } from "./capabilities/agentCoreCapability";
import { credentialProviders } from "./capabilities/credentialProviders";
import { gatewayInvocation } from "./capabilities/gatewayInvocation";
import { gatewayKey } from "./capabilities/gatewayKey";
import { harnessEnvironment } from "./capabilities/harnessEnvironment";
import { lambdaTargets } from "./capabilities/lambdaTargets";
import { memories } from "./capabilities/memories";
import { observability } from "./capabilities/observability";
import { policyEngine } from "./capabilities/policyEngine";
import { roleSwitching } from "./capabilities/roleSwitching";
import { runtimeArtifact } from "./capabilities/runtimeArtifact";
import { runtimeModels } from "./capabilities/runtimeModels";
import { schemaObjects } from "./capabilities/schemaObjects";
import { toolSessions } from "./capabilities/toolSessions";
import { harnessTokens, workloadTokens } from "./capabilities/workloadTokens";
import { extraStatements } from "../grants/extraStatements";
import { guardrails } from "../grants/guardrails";
import { knowledgeBases } from "../grants/knowledgeBases";

/** The args of each kind of AgentCore execution role, by kind: adding a kind starts here. */
export interface AgentCoreKindArgs {
    /** A runtime's execution role (`aws.bedrock.AgentcoreAgentRuntime.roleArn`). */
    runtime: AgentCoreRuntimeRoleArgs;
    /** A gateway's service role (`aws.bedrock.AgentcoreGateway.roleArn`). */
    gateway: AgentCoreGatewayRoleArgs;
    /** A harness's execution role (`aws.bedrock.AgentcoreHarness.executionRoleArn`). */
    harness: AgentCoreHarnessRoleArgs;
}

/** The kinds of AgentCore execution role a component writes. */
export type AgentCoreKind = keyof AgentCoreKindArgs;

/** What one kind of AgentCore execution role is made of. @internal */
export interface AgentCoreKindEntry<Args> extends RoleKind, ContextKind {
    kind: AgentCoreKind;
    /** Every argument, declared once. */
    arguments: ArgumentTable<Args>;
    /** The argument naming the resource the role is for. */
    nameArgument: keyof Args & string;
    /** The names the resource's create call accepts, and a valid one. */
    names: { pattern: RegExp; example: string };
    /** The resource that takes the role: its type, the input given the role's ARN, the input naming it. */
    user: { type: string; roleInput: string; nameInput: string };
    /** What the role can be granted, in the order its statements are written. */
    capabilities: readonly AgentCoreCapability<Args>[];
}

/** Every kind, by name. @internal */
export const AGENTCORE_KINDS: { readonly [K in AgentCoreKind]: AgentCoreKindEntry<AgentCoreKindArgs[K]> } = {
    runtime: {
        kind: "runtime",
        type: "bedrock-agent-role:index:AgentCoreRuntimeRole",
        words: { role: "AgentCore runtime role", resource: "runtime", resources: "runtimes" },
        rolePrefix: "AgentCoreRuntime_",
        inlinePolicyName: "AgentCoreRuntimePermissions",
        trustStatementId: "AllowAgentCoreRuntimeToAssumeRole",
        arguments: RUNTIME_ARGUMENTS,
        argumentNames: argumentNames(RUNTIME_ARGUMENTS),
        argsExample: '{ runtimeName: "support_agent" }',
        nameArgument: "runtimeName",
        // Runtime names have no "-": AgentCore appends "-" and ten characters to make the id.
        names: { pattern: /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/, example: "support_agent" },
        idName: (name) => name,
        resourceRule: RUNTIME,
        // AWS does not document which of a runtime's ARNs AgentCore presents: its endpoints' too.
        sourcesBelow: ["runtime-endpoint/*"],
        user: {
            type: "aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime",
            roleInput: "roleArn",
            nameInput: "agentRuntimeName",
        },
        capabilities: [
            runtimeArtifact,
            runtimeModels,
            observability,
            memories,
            gatewayInvocation,
            toolSessions,
            credentialProviders,
            workloadTokens,
            knowledgeBases,
            guardrails,
            extraStatements,
        ],
    },
    gateway: {
        kind: "gateway",
        type: "bedrock-agent-role:index:AgentCoreGatewayRole",
        words: { role: "AgentCore gateway role", resource: "gateway", resources: "gateways" },
        rolePrefix: "AgentCoreGateway_",
        inlinePolicyName: "AgentCoreGatewayPermissions",
        trustStatementId: "AllowAgentCoreGatewayToAssumeRole",
        arguments: GATEWAY_ARGUMENTS,
        argumentNames: argumentNames(GATEWAY_ARGUMENTS),
        argsExample: '{ gatewayName: "support-gateway" }',
        nameArgument: "gatewayName",
        names: { pattern: /^([0-9a-zA-Z][-]?){1,100}$/, example: "support-gateway" },
        // Gateway ids are lower case (([0-9a-z][-]?){1,100}-[0-9a-z]{10}), though names may hold capitals.
        idName: (name) => name.toLowerCase(),
        resourceRule: GATEWAY,
        sourcesBelow: [],
        user: {
            type: "aws:bedrock/agentcoreGateway:AgentcoreGateway",
            roleInput: "roleArn",
            nameInput: "name",
        },
        capabilities: [
            lambdaTargets,
            credentialProviders,
            schemaObjects,
            policyEngine,
            gatewayKey,
            extraStatements,
        ],
    },
    harness: {
        kind: "harness",
        type: "bedrock-agent-role:index:AgentCoreHarnessRole",
        words: { role: "AgentCore harness role", resource: "harness", resources: "harnesses" },
        rolePrefix: "AgentCoreHarness_",
        inlinePolicyName: "AgentCoreHarnessPermissions",
        trustStatementId: "AllowAgentCoreHarnessToAssumeRole",
        arguments: HARNESS_ARGUMENTS,
        argumentNames: argumentNames(HARNESS_ARGUMENTS),
        argsExample: '{ harnessName: "support_harness" }',
        nameArgument: "harnessName",
        // CreateHarness: 1-40 characters, a letter first, then letters, digits and "_" (no "-").
        names: { pattern: /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, example: "support_harness" },
        idName: (name) => name,
        // A harness runs on a runtime AgentCore creates, named harness_<name> (48 characters at
        // most, a runtime name's limit): the harness-security page's workload identities are its.
        runtimeName: (name) => `harness_${name}`,
        resourceRule: HARNESS,
        sourcesBelow: [],
        user: {
            type: "aws:bedrock/agentcoreHarness:AgentcoreHarness",
            roleInput: "executionRoleArn",
            nameInput: "harnessName",
        },
        capabilities: [
            harnessEnvironment,
            runtimeModels,
            observability,
            harnessTokens,
            toolSessions,
            memories,
            gatewayInvocation,
            credentialProviders,
            extraStatements,
            roleSwitching,
        ],
    },
};
