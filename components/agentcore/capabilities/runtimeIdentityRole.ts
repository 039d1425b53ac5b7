// The runtime-identity service-linked role: AgentCore creates it in the account with the first
// runtime, with the credentials of whoever creates that runtime (service-linked-roles page:
// AWSServiceRoleForBedrockAgentCoreRuntimeIdentity, trusted by runtime-identity.bedrock-agentcore;
// an IAM entity needs iam:CreateServiceLinkedRole for it, conditioned on iam:AWSServiceName).
import { ServiceLinkedRole, serviceLinkedRoleStatement } from "../../grants/deployer";
import type { AgentCoreCapability } from "./agentCoreCapability";

const RUNTIME_IDENTITY: ServiceLinkedRole = {
    service: "runtime-identity.bedrock-agentcore.amazonaws.com",
    name: "AWSServiceRoleForBedrockAgentCoreRuntimeIdentity",
    sid: "CreateRuntimeIdentityServiceLinkedRole",
};

/**
 * The deployer's `iam:CreateServiceLinkedRole` for the runtime-identity role only, for that
 * service only; nothing on the runtime's role.
 * @internal
 */
export const runtimeIdentityRole: AgentCoreCapability<object> = {
    grant: (_args, context) => ({
        identity: [],
        keyPolicy: [],
        deployer: [serviceLinkedRoleStatement(RUNTIME_IDENTITY, context)],
    }),
};
