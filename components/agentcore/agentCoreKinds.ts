// Every kind of AgentCore execution role, one entry each (in agentCore<Kind>Kind.ts): how its
// resource and role are named, which resource takes the role, and what the role can be granted.
import type { RoleKind } from "../roles/roleFamily";
import type { ArnScope } from "../iam/awsEnvironment";
import type { PlannedArgs } from "../grants/grant";
import type { ArgumentTable } from "../roles/roleArguments";
import type { ContextKind } from "./agentCoreArns";
import type { AgentCoreCapability } from "./capabilities/agentCoreCapability";
import type { AgentCoreBrowserRoleArgs } from "./agentCoreBrowserRoleArgs";
import type { AgentCoreCodeInterpreterRoleArgs } from "./agentCoreCodeInterpreterRoleArgs";
import type { AgentCoreEvaluationRoleArgs } from "./agentCoreEvaluationRoleArgs";
import type { AgentCoreGatewayRoleArgs } from "./agentCoreGatewayRoleArgs";
import type { AgentCoreHarnessRoleArgs } from "./agentCoreHarnessRoleArgs";
import type { AgentCoreMemoryRoleArgs } from "./agentCoreMemoryRoleArgs";
import type { AgentCoreRuntimeRoleArgs } from "./agentCoreRuntimeRoleArgs";
import { BROWSER_KIND } from "./agentCoreBrowserKind";
import { CODE_INTERPRETER_KIND } from "./agentCoreCodeInterpreterKind";
import { EVALUATION_KIND } from "./agentCoreEvaluationKind";
import { GATEWAY_KIND } from "./agentCoreGatewayKind";
import { HARNESS_KIND } from "./agentCoreHarnessKind";
import { MEMORY_KIND } from "./agentCoreMemoryKind";
import { RUNTIME_KIND } from "./agentCoreRuntimeKind";

/** The args of each kind of AgentCore execution role, by kind: adding a kind starts here. */
export interface AgentCoreKindArgs {
    /** A runtime's execution role (`aws.bedrock.AgentcoreAgentRuntime.roleArn`). */
    runtime: AgentCoreRuntimeRoleArgs;
    /** A gateway's service role (`aws.bedrock.AgentcoreGateway.roleArn`). */
    gateway: AgentCoreGatewayRoleArgs;
    /** A memory's execution role (`aws.bedrock.AgentcoreMemory.memoryExecutionRoleArn`). */
    memory: AgentCoreMemoryRoleArgs;
    /** An online evaluation's execution role (`aws.bedrock.AgentcoreOnlineEvaluationConfig.evaluationExecutionRoleArn`). */
    evaluation: AgentCoreEvaluationRoleArgs;
    /** A harness's execution role (`aws.bedrock.AgentcoreHarness.executionRoleArn`). */
    harness: AgentCoreHarnessRoleArgs;
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
    /**
     * Further resources the args name that AgentCore may act for, admitted by the trust policy
     * beside the kind's own (an online evaluation's custom evaluators).
     * @throws ArgumentError naming the argument
     */
    argumentSources?(args: PlannedArgs<Args>, scope: ArnScope): string[];
    /** Whether the component outputs `callerPolicy`: what the principals that invoke the resource need. */
    callerOutput?: boolean;
    /** Whether the component outputs `resourcePolicy`: who else may call the resource, by its resource-based policy. */
    resourcePolicyOutput?: boolean;
    /** Whether the component outputs `deliveryPolicies`: what the destinations of its logs and traces need. */
    deliveryOutput?: boolean;
}

/** Every kind, by name. @internal */
export const AGENTCORE_KINDS: { readonly [K in AgentCoreKind]: AgentCoreKindEntry<AgentCoreKindArgs[K]> } = {
    runtime: RUNTIME_KIND,
    gateway: GATEWAY_KIND,
    memory: MEMORY_KIND,
    evaluation: EVALUATION_KIND,
    harness: HARNESS_KIND,
    browser: BROWSER_KIND,
    codeInterpreter: CODE_INTERPRETER_KIND,
};
