// AWS's broad managed policies attached to a role are reported, advisory, with what each grants;
// other managed policies, and a customer policy of the same name, are not. The pack's policy
// reports them as the framework calls it, at its advisory level.
import { expect } from "chai";
import { agentIamPolicies } from "../../policypack/agentIamPolicies";
import { resourcePolicyReports } from "../support/policyPackRun";
import { MANAGED_POLICIES } from "../../policies/rules/managedPolicies";
import { violations } from "../../policies/violations";

const ATTACHMENT = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
const attachment = (policyArn: string) => ({
    type: ATTACHMENT,
    name: "attach",
    props: { role: "agent", policyArn },
});
const found = (resource: { type: string; name: string; props: Record<string, unknown> }) =>
    violations([resource], [MANAGED_POLICIES]).map((v) => [v.input, v.severity, v.message]);

describe("policy rule agent-iam-managed-policies", () => {
    it("reports BedrockAgentCoreFullAccess and AmazonBedrockFullAccess attached to a role, advisory, with what they grant", () => {
        // runtime-permissions: BedrockAgentCoreFullAccess "grants broad permissions"; its v21
        // statements (facts-24.md); AmazonBedrockFullAccess's BedrockAll (security-iam-awsmanpol).
        expect(found(attachment("arn:aws:iam::aws:policy/BedrockAgentCoreFullAccess"))).to.deep.equal([
            [
                "policyArn",
                "advisory",
                "attaches AWS's managed BedrockAgentCoreFullAccess, which grants bedrock-agentcore:* on every AgentCore resource (creating runtimes, tokens for any user id, shell commands in sessions), passing any role named *BedrockAgentCore* to AgentCore, and kms:Decrypt and GenerateDataKey on every key of the account through AgentCore: write the role's own policy instead: this package's AgentCore role of the resource's kind grants what its agent uses (memories, gateways, runtimes, oauthProviders, containerRepository, observability), and its deployerStatements what deploying it takes",
            ],
        ]);
        const role = {
            type: "aws:iam/role:Role",
            name: "agent",
            props: {
                managedPolicyArns: [
                    "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
                    "arn:aws:iam::aws:policy/AmazonBedrockFullAccess",
                ],
            },
        };
        expect(found(role).map(([input, , message]) => [input, String(message).split(",")[0]])).to.deep.equal(
            [["managedPolicyArns[1]", "attaches AWS's managed AmazonBedrockFullAccess"]],
        );
    });

    it("reports the memory's model policy in an exclusive attachment; passes other and customer policies", () => {
        const exclusive = {
            type: "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive",
            name: "memory",
            props: {
                roleName: "memory",
                policyArns: [
                    "arn:aws:iam::aws:policy/AmazonBedrockAgentCoreMemoryBedrockModelInferenceExecutionRolePolicy",
                ],
            },
        };
        expect(found(exclusive).map(([input]) => input)).to.deep.equal(["policyArns[0]"]);
        // The starter toolkit's gateway role also attaches these two (operations/gateway/constants.py).
        expect(found(attachment("arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess"))).to.deep.equal([]);
        expect(found(attachment("arn:aws:iam::123456789012:policy/AmazonBedrockFullAccess"))).to.deep.equal(
            [],
        );
    });

    it("is the pack's advisory policy, reporting the attachment as the framework validates it", () => {
        const policy = agentIamPolicies().find((p) => p.name === "agent-iam-managed-policies");
        expect(policy?.enforcementLevel).to.equal("advisory");
        const reported = resourcePolicyReports("agent-iam-managed-policies", {
            type: ATTACHMENT,
            name: "attach",
            props: attachment("arn:aws:iam::aws:policy/AmazonBedrockFullAccess").props,
        });
        expect(reported).to.have.length(1);
        expect(reported[0]).to.match(
            /^policyArn: attaches AWS's managed AmazonBedrockFullAccess, which grants bedrock:\* on \*/,
        );
    });
});
