// The smallest agent role: one model, and one action group whose Lambda already exists.
import { BedrockAgentRole } from "bedrock-agent-role";

const permissions = new BedrockAgentRole("minimal-agent", {
    foundationModels: ["anthropic.claude-3-haiku-20240307-v1:0"],
    actionGroups: [{ name: "lookup-orders", lambdaFunction: "lookup-orders" }],
});

export const roleArn = permissions.roleArn;
export const identityPolicy = permissions.identityPolicy;
