// The pack's policies validate a resource as the policy framework calls them: its type, name and
// inputs, and the policy's configuration; an exempt resource is not judged.
import { expect } from "chai";
import { agentIamPolicies } from "../../policypack/agentIamPolicies";
import { AGENT_IAM_RULES } from "../../policies/agentIamRules";
import { violations } from "../../policies/violations";
import { packagePlans, packageResources } from "../support/policyCorpus/packageResources";
import { resourcePolicyReports } from "../support/policyPackRun";

function validate(
    policyName: string,
    type: string,
    name: string,
    props: Record<string, unknown>,
    config = {},
) {
    return resourcePolicyReports(policyName, { type, name, props }, config);
}

const PASS_ANY = JSON.stringify({ Statement: [{ Effect: "Allow", Action: "iam:PassRole", Resource: "*" }] });

describe("policy pack bedrock-agent-iam", () => {
    it("has one policy per rule, named by its id, at the rule's severity, with a page in its description", () => {
        const policies = agentIamPolicies();
        expect(policies.map((p) => [p.name, p.enforcementLevel])).to.deep.equal(
            AGENT_IAM_RULES.map((r) => [r.id, r.severity]),
        );
        expect(policies.every((p) => /\(https:\/\/docs\.aws\.amazon\.com\//.test(p.description))).to.equal(
            true,
        );
    });

    it("reports each violation of a resource with where it is, and nothing for a resource the configuration exempts", () => {
        const reported = validate("agent-iam-pass-role", "aws:iam/rolePolicy:RolePolicy", "ci", {
            policy: PASS_ANY,
        });
        expect(reported).to.have.length(2);
        expect(reported[0]).to.match(
            /^policy, statement 0: iam:PassRole on \* passes every role of the account/,
        );
        expect(
            validate(
                "agent-iam-pass-role",
                "aws:iam/rolePolicy:RolePolicy",
                "ci",
                { policy: PASS_ANY },
                { exemptResources: ["ci"] },
            ),
        ).to.deep.equal([]);
        expect(
            validate("agent-iam-pass-role", "aws:s3/bucket:Bucket", "ci", { policy: PASS_ANY }),
        ).to.deep.equal([]);
    });

    it("finds nothing, by any rule, in anything this package writes for every kind's bases and fixtures", () => {
        const resources = packageResources();
        // Every type of resource the package's documents are declared in is among them.
        expect([...new Set(resources.map((r) => r.type))].sort()).to.deep.equal([
            "aws:bedrock/agentcoreResourcePolicy:AgentcoreResourcePolicy",
            "aws:iam/policy:Policy",
            "aws:iam/role:Role",
            "aws:kms/keyPolicy:KeyPolicy",
            "aws:lambda/permission:Permission",
        ]);
        expect(resources.filter((r) => r.type === "aws:iam/role:Role")).to.have.length(packagePlans().length);
        expect(violations(resources, AGENT_IAM_RULES)).to.deep.equal([]);
    });
});
