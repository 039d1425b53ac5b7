import type { RoleKind } from "../roles/roleFamily";
import { FOUNDATION_MODEL } from "../grants/modelReferences";
import { AGENT_ARGUMENT_NAMES } from "./agentArguments";

/**
 * An agent's service role, as the package and its review name it. The role name's prefix is the
 * one the 2023 AWS page asked agent service roles to carry, kept for recognisable names.
 * @internal
 */
export const AGENT_KIND: RoleKind = {
    kind: "agent",
    type: "bedrock-agent-role:index:BedrockAgentRole",
    words: { role: "agent role", resource: "agent", resources: "agents" },
    rolePrefix: "AmazonBedrockExecutionRoleForAgents_",
    inlinePolicyName: "BedrockAgentPermissions",
    trustStatementId: "AllowBedrockAgentsToAssumeRole",
    argumentNames: AGENT_ARGUMENT_NAMES,
    argsExample: `{ foundationModels: ["${FOUNDATION_MODEL.exampleResource}"] }`,
};
