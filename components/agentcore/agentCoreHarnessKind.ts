// A harness's execution role: one entry of the AgentCore kind table.
import { extraStatements } from "../grants/extraStatements";
import { argumentNames } from "../roles/roleArguments";
import { HARNESS } from "./agentCoreArns";
import { AgentCoreHarnessRoleArgs, HARNESS_ARGUMENTS } from "./agentCoreHarnessRoleArgs";
import type { AgentCoreKindEntry } from "./agentCoreKinds";
import { credentialProviders } from "./capabilities/credentialProviders";
import { gatewayInvocation } from "./capabilities/gatewayInvocation";
import { harnessEnvironment } from "./capabilities/harnessEnvironment";
import { memories } from "./capabilities/memories";
import { observability } from "./capabilities/observability";
import { roleSwitching } from "./capabilities/roleSwitching";
import { harnessModels } from "./capabilities/runtimeModels";
import { toolSessions } from "./capabilities/toolSessions";
import { tokenVaultKey } from "./capabilities/tokenVaultKey";
import { harnessTokens } from "./capabilities/workloadTokens";

/** A harness's execution role (`aws.bedrock.AgentcoreHarness.executionRoleArn`). @internal */
export const HARNESS_KIND: AgentCoreKindEntry<AgentCoreHarnessRoleArgs> = {
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
        harnessModels,
        observability,
        harnessTokens,
        toolSessions,
        memories,
        gatewayInvocation,
        credentialProviders,
        tokenVaultKey,
        extraStatements,
        roleSwitching,
    ],
};
