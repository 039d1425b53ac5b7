// The review says which destinations the offline plan took from the package's table, next to them,
// and what pulumi up grants instead.
import { expect } from "chai";
import { renderMarkdown } from "../../../planner/render/markdown";
import { renderPlan } from "../../../planner/render/text";
import { TABLE_DESTINATIONS_NOTE } from "../../../planner/render/sections";
import { plan, planFileOf } from "../../support/plan";
import { visibleText } from "../../support/visibleText";

const PROFILE = "us.anthropic.claude-sonnet-4-20250514-v1:0";

describe("planner: the review of inference profiles' destinations", () => {
    it("says, next to the destinations taken from the package's table, that they are the table's and that pulumi up grants what AWS answers", () => {
        const file = planFileOf([{ component: "support", plan: plan({ foundationModels: [PROFILE] }) }]);
        expect(file.roles[0].plan.crossRegionProfiles.map((p) => p.source)).to.deep.equal(["table"]);
        expect(TABLE_DESTINATIONS_NOTE).to.match(
            /pulumi up asks AWS \(GetInferenceProfile\) and grants the destinations AWS answers/,
        );
        const text = renderPlan(file);
        const profiles = text.indexOf("Inference profiles: the models each routes to");
        const note = text.indexOf(`note: ${TABLE_DESTINATIONS_NOTE}`);
        expect(profiles).to.be.above(0);
        expect(note, "the note follows the destinations' table").to.be.above(profiles);
        expect(text.slice(profiles, note)).to.include("| table ");
        expect(visibleText(renderMarkdown(file))).to.include(`Note: ${TABLE_DESTINATIONS_NOTE}`);
    });

    it("says nothing of the table when the destinations were given in the args", () => {
        const given = plan({
            foundationModels: [PROFILE],
            inferenceProfileDestinations: { [PROFILE]: ["us-east-1", "us-west-2"] },
        });
        expect(given.crossRegionProfiles.map((p) => p.source)).to.deep.equal(["override"]);
        const file = planFileOf([{ component: "support", plan: given }]);
        expect(renderPlan(file)).not.to.include(TABLE_DESTINATIONS_NOTE);
        expect(visibleText(renderMarkdown(file))).not.to.include(TABLE_DESTINATIONS_NOTE);
    });
});
