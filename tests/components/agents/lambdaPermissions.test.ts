import { expect } from "chai";
import { agentKeys, lambdaPermissionSlots } from "../../../components/agents/lambdaPermissions";

const names = {
    componentName: "support",
    roleName: "AmazonBedrockExecutionRoleForAgents_support",
    principal: "bedrock.amazonaws.com",
};

describe("lambdaPermissions", () => {
    it("keys a plain agent id (or an ARN's id) by itself and one not yet known by its position", () => {
        expect(
            agentKeys(["AGENTBBBBB", undefined, "arn:aws:bedrock:us-east-1:123456789012:agent/AGENTAAAAA"]),
        ).to.deep.equal([
            { key: "AGENTAAAAA", index: 2 },
            { key: "AGENTBBBBB", index: 0 },
            { key: "agent-2", index: 1 },
        ]);
    });

    it("gives one slot per function and agent, ordered by function then agent, named by both", () => {
        const slots = lambdaPermissionSlots(
            ["tickets", "orders"],
            agentKeys(["AGENTBBBBB", "AGENTAAAAA"]),
            names,
        );
        expect(slots.map((s) => [s.resourceName, s.functionKey, s.agentKey])).to.deep.equal([
            ["support-invoke-orders-AGENTAAAAA", "orders", "AGENTAAAAA"],
            ["support-invoke-orders-AGENTBBBBB", "orders", "AGENTBBBBB"],
            ["support-invoke-tickets-AGENTAAAAA", "tickets", "AGENTAAAAA"],
            ["support-invoke-tickets-AGENTBBBBB", "tickets", "AGENTBBBBB"],
        ]);
    });

    it("writes statement ids with only the characters Lambda accepts, within its 100 characters", () => {
        const [slot] = lambdaPermissionSlots(["o".repeat(100)], [], {
            ...names,
            roleName: "Role.With@Marks",
        });
        expect(slot.statementId).to.match(/^[a-zA-Z0-9_-]{1,100}$/);
        expect(slot.statementId.startsWith("Role-With-Marks-ooo")).to.equal(true);
    });
});
