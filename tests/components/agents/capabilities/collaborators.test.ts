import { expect } from "chai";
import { minimalArgs } from "../../../support/fixtures";
import { plan, planFailure } from "../../../support/plan";

const ALIAS = "arn:aws:bedrock:us-east-1:123456789012:agent-alias/COLLAB0001/ALIAS00001";

describe("capability: collaborators", () => {
    it("grants GetAgentAlias and InvokeAgent on each alias, the same by AGENTID/ALIASID or ARN", () => {
        const byId = plan({ ...minimalArgs(), collaborators: ["COLLAB0001/ALIAS00001"] });
        const byArn = plan({ ...minimalArgs(), collaborators: [ALIAS, ALIAS] });
        expect(byArn.inlinePolicy).to.deep.equal(byId.inlinePolicy);
        expect(byId.inlinePolicy.Statement.find((s) => s.Sid === "InvokeCollaborators")).to.deep.equal({
            Sid: "InvokeCollaborators",
            Effect: "Allow",
            Action: ["bedrock:GetAgentAlias", "bedrock:InvokeAgent"],
            Resource: [ALIAS],
        });
    });

    it("refuses an agent id without its alias, and an alias in another account", () => {
        expect(planFailure({ ...minimalArgs(), collaborators: ["COLLAB0001"] }).argument).to.equal(
            "collaborators[0]",
        );
        const foreign = ALIAS.replace("123456789012", "210987654321");
        expect(planFailure({ ...minimalArgs(), collaborators: [ALIAS, foreign] }).message).to.match(
            /^collaborators\[1\]: .*account "210987654321"/,
        );
    });
});
