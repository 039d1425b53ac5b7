// Every kind of AgentCore execution role, one entry each: how its resource and role are named,
// which resource takes the role, and what the role can be granted.
import type { RoleKind } from "../roles/roleFamily";
import { AgentCoreGatewayRoleArgs, GATEWAY_ARGUMENTS } from "./agentCoreGatewayRoleArgs";
import { AgentCoreRuntimeRoleArgs, RUNTIME_ARGUMENTS } from "./agentCoreRuntimeRoleArgs";
import { AgentCoreBrowserRoleArgs, BROWSER_ARGUMENTS } from "./agentCoreBrowserRoleArgs";
import {
    AgentCoreCodeInterpreterRoleArgs,
    CODE_INTERPRETER_ARGUMENTS,
} from "./agentCoreCodeInterpreterRoleArgs";
import { CUSTOM_BROWSER, CUSTOM_CODE_INTERPRETER, GATEWAY, RUNTIME, type ContextKind } from "./agentCoreArns";
import { ArgumentTable, argumentNames } from "../roles/roleArguments";
import type { AgentCoreCapability } from "./capabilities/agentCoreCapability";
import { credentialProviders } from "./capabilities/credentialProviders";
import { enterprisePolicies } from "./capabilities/enterprisePolicies";
import { gatewayInvocation } from "./capabilities/gatewayInvocation";
import { gatewayKey } from "./capabilities/gatewayKey";
import { interpreterInputs, interpreterOutputs } from "./capabilities/interpreterFiles";
import { lambdaTargets } from "./capabilities/lambdaTargets";
import { memories } from "./capabilities/memories";
import { observability } from "./capabilities/observability";
import { policyEngine } from "./capabilities/policyEngine";
import { runtimeArtifact } from "./capabilities/runtimeArtifact";
import { runtimeModels } from "./capabilities/runtimeModels";
import { schemaObjects } from "./capabilities/schemaObjects";
import { sessionRecording } from "./capabilities/sessionRecording";
import { workloadTokens } from "./capabilities/workloadTokens";
import { extraStatements } from "../grants/extraStatements";
import { guardrails } from "../grants/guardrails";
import { knowledgeBases } from "../grants/knowledgeBases";

/** The args of each kind of AgentCore execution role, by kind: adding a kind starts here. */
export interface AgentCoreKindArgs {
    /** A runtime's execution role (`aws.bedrock.AgentcoreAgentRuntime.roleArn`). */
    runtime: AgentCoreRuntimeRoleArgs;
    /** A gateway's service role (`aws.bedrock.AgentcoreGateway.roleArn`). */
    gateway: AgentCoreGatewayRoleArgs;
    /** A custom browser's execution role (`aws.bedrock.AgentcoreBrowser.executionRoleArn`). */
    browser: AgentCoreBrowserRoleArgs;
    /** A custom code interpreter's execution role (`aws.bedrock.AgentcoreCodeInterpreter.executionRoleArn`). */
    codeInterpreter: AgentCoreCodeInterpreterRoleArgs;
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
    browser: {
        kind: "browser",
        type: "bedrock-agent-role:index:AgentCoreBrowserRole",
        words: { role: "AgentCore browser role", resource: "browser", resources: "browsers" },
        rolePrefix: "AgentCoreBrowser_",
        inlinePolicyName: "AgentCoreBrowserPermissions",
        trustStatementId: "AllowAgentCoreBrowserToAssumeRole",
        arguments: BROWSER_ARGUMENTS,
        argumentNames: argumentNames(BROWSER_ARGUMENTS),
        argsExample: '{ browserName: "research_browser" }',
        nameArgument: "browserName",
        // CreateBrowser's name has no "-": AgentCore appends "-" and ten characters to make the id.
        names: { pattern: /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/, example: "research_browser" },
        idName: (name) => name,
        resourceRule: CUSTOM_BROWSER,
        sourcesBelow: [],
        user: {
            type: "aws:bedrock/agentcoreBrowser:AgentcoreBrowser",
            roleInput: "executionRoleArn",
            nameInput: "name",
        },
        capabilities: [sessionRecording, enterprisePolicies, extraStatements],
    },
    codeInterpreter: {
        kind: "codeInterpreter",
        type: "bedrock-agent-role:index:AgentCoreCodeInterpreterRole",
        words: {
            role: "AgentCore code interpreter role",
            resource: "code interpreter",
            resources: "code interpreters",
        },
        rolePrefix: "AgentCoreCodeInterpreter_",
        inlinePolicyName: "AgentCoreCodeInterpreterPermissions",
        trustStatementId: "AllowAgentCoreCodeInterpreterToAssumeRole",
        arguments: CODE_INTERPRETER_ARGUMENTS,
        argumentNames: argumentNames(CODE_INTERPRETER_ARGUMENTS),
        argsExample: '{ codeInterpreterName: "analysis_sandbox" }',
        nameArgument: "codeInterpreterName",
        names: { pattern: /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/, example: "analysis_sandbox" },
        idName: (name) => name,
        resourceRule: CUSTOM_CODE_INTERPRETER,
        sourcesBelow: [],
        user: {
            type: "aws:bedrock/agentcoreCodeInterpreter:AgentcoreCodeInterpreter",
            roleInput: "executionRoleArn",
            nameInput: "name",
        },
        capabilities: [interpreterInputs, interpreterOutputs, extraStatements],
    },
};
