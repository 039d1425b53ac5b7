import type * as pulumi from "@pulumi/pulumi";
import { AgentCoreBrowserRole } from "./agentCoreBrowserRole";
import { AgentCoreCodeInterpreterRole } from "./agentCoreCodeInterpreterRole";
import { AgentCoreEvaluationRole } from "./agentCoreEvaluationRole";
import { AgentCoreGatewayRole } from "./agentCoreGatewayRole";
import { AgentCoreHarnessRole } from "./agentCoreHarnessRole";
import type { AgentCoreKind, AgentCoreKindArgs } from "./agentCoreKinds";
import { AgentCoreMemoryRole } from "./agentCoreMemoryRole";
import { AgentCoreRuntimeRole } from "./agentCoreRuntimeRole";

/** A component class of an AgentCore kind. @internal */
export type AgentCoreRoleClass<Args> = new (
    name: string,
    args: Args,
    opts?: pulumi.ComponentResourceOptions,
) => pulumi.ComponentResource;

/** Each AgentCore kind's component, by kind: what a program declares for a kind it reads. @internal */
export const AGENTCORE_ROLES: { readonly [K in AgentCoreKind]: AgentCoreRoleClass<AgentCoreKindArgs[K]> } = {
    runtime: AgentCoreRuntimeRole,
    gateway: AgentCoreGatewayRole,
    memory: AgentCoreMemoryRole,
    evaluation: AgentCoreEvaluationRole,
    harness: AgentCoreHarnessRole,
    browser: AgentCoreBrowserRole,
    codeInterpreter: AgentCoreCodeInterpreterRole,
};
