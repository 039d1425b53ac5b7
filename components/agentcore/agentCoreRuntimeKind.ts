// A runtime's execution role: one entry of the AgentCore kind table.
import { extraStatements } from "../grants/extraStatements";
import { guardrails } from "../grants/guardrails";
import { knowledgeBases } from "../grants/knowledgeBases";
import { argumentNames } from "../roles/roleArguments";
import { RUNTIME } from "./agentCoreArns";
import type { AgentCoreKindEntry } from "./agentCoreKinds";
import { logDelivery } from "./capabilities/logDelivery";
import { AgentCoreRuntimeRoleArgs, RUNTIME_ARGUMENTS } from "./agentCoreRuntimeRoleArgs";
import { calledRuntimes } from "./capabilities/calledRuntimes";
import { credentialProviders } from "./capabilities/credentialProviders";
import { gatewayInvocation } from "./capabilities/gatewayInvocation";
import { memories } from "./capabilities/memories";
import { networkMode } from "./capabilities/networkMode";
import { observability } from "./capabilities/observability";
import { runtimeArtifact } from "./capabilities/runtimeArtifact";
import { runtimeCallers } from "./capabilities/runtimeCallers";
import { runtimeResourcePolicy } from "./capabilities/runtimeResourcePolicy";
import { runtimeIdentityRole } from "./capabilities/runtimeIdentityRole";
import { runtimeModels } from "./capabilities/runtimeModels";
import { toolSessions } from "./capabilities/toolSessions";
import { tokenVaultKey } from "./capabilities/tokenVaultKey";
import { workloadTokens } from "./capabilities/workloadTokens";

/** A runtime's execution role (`aws.bedrock.AgentcoreAgentRuntime.roleArn`). @internal */
export const RUNTIME_KIND: AgentCoreKindEntry<AgentCoreRuntimeRoleArgs> = {
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
        calledRuntimes,
        toolSessions,
        credentialProviders,
        tokenVaultKey,
        workloadTokens,
        knowledgeBases,
        guardrails,
        runtimeCallers,
        runtimeResourcePolicy,
        runtimeIdentityRole,
        logDelivery,
        networkMode(["PUBLIC", "VPC"]),
        extraStatements,
    ],
    callerOutput: true,
    resourcePolicyOutput: true,
    deliveryOutput: true,
};
