// AWS's broad managed policies attached to a role. AWS's AgentCore guide says of
// BedrockAgentCoreFullAccess: "This AWS managed policy grants broad permissions. We recommend
// creating a custom policy with only the permissions your application requires"; the others
// grant every model (the facts files list what each grants). Advisory: attaching one is a choice a
// team may have reviewed, but the role then holds far more than its agent uses.
import { parseArn } from "../../components/iam/arn";
import type { AgentIamRule, RuleFinding } from "../agentIamRule";
import type { InspectedResource } from "../inspectedDocuments";

const PAGE = "https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/runtime-permissions.html";

/** What each broad managed policy grants, and what this package writes instead. */
const BROAD_POLICIES: Record<string, { grants: string; instead: string }> = {
    AmazonBedrockFullAccess: {
        grants: "bedrock:* on * (every model, agent, knowledge base and guardrail, to invoke, change or delete) and passing any role named *AmazonBedrock* to Bedrock",
        instead:
            "this package's BedrockAgentRole and AgentCore roles grant the models and resources named (foundationModels, knowledgeBases, guardrails)",
    },
    BedrockAgentCoreFullAccess: {
        grants: "bedrock-agentcore:* on every AgentCore resource (creating runtimes, tokens for any user id, shell commands in sessions), passing any role named *BedrockAgentCore* to AgentCore, and kms:Decrypt and GenerateDataKey on every key of the account through AgentCore",
        instead:
            "this package's AgentCore role of the resource's kind grants what its agent uses (memories, gateways, runtimes, oauthProviders, containerRepository, observability), and its deployerStatements what deploying it takes",
    },
    AmazonBedrockAgentCoreMemoryBedrockModelInferenceExecutionRolePolicy: {
        grants: "bedrock:InvokeModel on every foundation model and inference profile in every region",
        instead:
            "this package's AgentCoreMemoryRole grants the override models named in foundationModels (a profile's destinations only through it)",
    },
};

/** Where each attaching resource type keeps the policy ARNs it attaches. */
const ATTACHMENTS: Record<string, (props: Record<string, unknown>) => [string, unknown][]> = {
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment": (props) => [["policyArn", props.policyArn]],
    "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive": (props) =>
        (Array.isArray(props.policyArns) ? props.policyArns : []).map((arn, i) => [`policyArns[${i}]`, arn]),
    "aws:iam/role:Role": (props) =>
        (Array.isArray(props.managedPolicyArns) ? props.managedPolicyArns : []).map((arn, i) => [
            `managedPolicyArns[${i}]`,
            arn,
        ]),
};

/** The AWS managed policy an ARN names (`arn:aws:iam::aws:policy/<path><name>`), or undefined. */
function awsManagedPolicy(value: unknown): string | undefined {
    const arn = typeof value === "string" ? parseArn(value) : undefined;
    return arn?.service === "iam" && arn.account === "aws" && arn.resource.startsWith("policy/")
        ? arn.resource.split("/").pop()
        : undefined;
}

function findings(resource: InspectedResource): RuleFinding[] {
    return (ATTACHMENTS[resource.type]?.(resource.props) ?? []).flatMap(([input, value]) => {
        const name = awsManagedPolicy(value);
        const broad = name === undefined ? undefined : BROAD_POLICIES[name];
        return broad
            ? [
                  {
                      input,
                      message: `attaches AWS's managed ${name}, which grants ${broad.grants}: write the role's own policy instead: ${broad.instead}`,
                  },
              ]
            : [];
    });
}

/** AWS's broad managed policies (AmazonBedrockFullAccess, BedrockAgentCoreFullAccess, ...) attached to a role. */
export const MANAGED_POLICIES: AgentIamRule = {
    id: "agent-iam-managed-policies",
    description: "No AWS managed policy granting every model or every AgentCore action is attached to a role",
    severity: "advisory",
    page: PAGE,
    resourceTypes: Object.keys(ATTACHMENTS),
    check: (resource) => findings(resource),
};
