// A supervisor agent and its two collaborators, each with its own least-privilege role. The
// supervisor may invoke exactly the collaborators' aliases, apply one guardrail (through its
// cross-Region profile) and read one managed prompt version; nothing else.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { BedrockAgentRole } from "bedrock-agent-role";

const model = "us.anthropic.claude-sonnet-4-20250514-v1:0";

/** A collaborator: its role, the agent, and the alias the supervisor calls it through. */
function collaborator(name: string, instruction: string): aws.bedrock.AgentAgentAlias {
    const role = new BedrockAgentRole(name, { foundationModels: [model] });
    const agent = new aws.bedrock.AgentAgent(name, {
        agentName: name,
        agentResourceRoleArn: role.roleArn,
        foundationModel: role.foundationModel,
        instruction,
    });
    return new aws.bedrock.AgentAgentAlias(name, { agentId: agent.agentId, agentAliasName: "live" });
}

const orders = collaborator("orders-agent", "You answer questions about orders, using the order records.");
const billing = collaborator("billing-agent", "You answer questions about invoices and refunds.");

const guardrail = new aws.bedrock.Guardrail("support-guardrail", {
    name: "support-guardrail",
    blockedInputMessaging: "Sorry, I cannot help with that.",
    blockedOutputsMessaging: "Sorry, I cannot help with that.",
    crossRegionConfig: { guardrailProfileIdentifier: "us.guardrail.v1:0" },
    contentPolicyConfig: {
        filtersConfigs: [{ type: "HATE", inputStrength: "HIGH", outputStrength: "HIGH" }],
    },
});

const routing = new aws.bedrock.AgentPrompt("routing-prompt", {
    name: "routing-prompt",
    defaultVariant: "default",
    variants: [
        {
            name: "default",
            templateType: "TEXT",
            templateConfiguration: { text: { text: "Route the customer's question: {{question}}" } },
        },
    ],
});

const supervisorRole = new BedrockAgentRole("supervisor-agent", {
    foundationModels: [model],
    collaborators: [orders.agentAliasArn, billing.agentAliasArn],
    guardrails: [{ guardrail: guardrail.guardrailArn, crossRegionProfile: "us.guardrail.v1:0" }],
    prompts: [routing.arn],
});

const supervisor = new aws.bedrock.AgentAgent("supervisor-agent", {
    agentName: "supervisor-agent",
    agentResourceRoleArn: supervisorRole.roleArn,
    foundationModel: supervisorRole.foundationModel,
    agentCollaboration: "SUPERVISOR",
    guardrailConfigurations: [
        { guardrailIdentifier: guardrail.guardrailId, guardrailVersion: guardrail.version },
    ],
    instruction: "You route each customer question to the agent that knows the answer.",
    prepareAgent: false,
});

for (const [name, alias] of [
    ["orders", orders],
    ["billing", billing],
] as const) {
    new aws.bedrock.AgentAgentCollaborator(name, {
        agentId: supervisor.agentId,
        agentDescriptor: { aliasArn: alias.agentAliasArn },
        collaboratorName: name,
        collaborationInstruction: `Ask the ${name} agent about ${name}.`,
        relayConversationHistory: "TO_COLLABORATOR",
    });
}

export const supervisorArn = supervisor.agentArn;
export const supervisorPolicy = supervisorRole.identityPolicy;
export const trustPolicy: pulumi.Output<string> = supervisorRole.trustPolicy;
