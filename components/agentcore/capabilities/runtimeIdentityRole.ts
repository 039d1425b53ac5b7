// The runtime-identity service-linked role: AgentCore creates it in the account with the first
// runtime, with the credentials of whoever creates that runtime (service-linked-roles page:
// AWSServiceRoleForBedrockAgentCoreRuntimeIdentity, trusted by runtime-identity.bedrock-agentcore;
// an IAM entity needs iam:CreateServiceLinkedRole for it, conditioned on iam:AWSServiceName).
import { statement } from "../../iam/policyDocument";
import type { AgentCoreCapability } from "./agentCoreCapability";

const SERVICE = "runtime-identity.bedrock-agentcore.amazonaws.com";
const ROLE = "AWSServiceRoleForBedrockAgentCoreRuntimeIdentity";

/**
 * The deployer's `iam:CreateServiceLinkedRole` for the runtime-identity role only, for that
 * service only; nothing on the runtime's role.
 * @internal
 */
export const runtimeIdentityRole: AgentCoreCapability<object> = {
    grant: (_args, context) => ({
        identity: [],
        keyPolicy: [],
        deployer: [
            statement({
                Sid: "CreateRuntimeIdentityServiceLinkedRole",
                Effect: "Allow",
                Action: ["iam:CreateServiceLinkedRole"],
                Resource: [
                    `arn:${context.environment.partition}:iam::${context.environment.account}:role/aws-service-role/${SERVICE}/${ROLE}`,
                ],
                Condition: { StringEquals: { "iam:AWSServiceName": [SERVICE] } },
            }),
        ],
    }),
};
