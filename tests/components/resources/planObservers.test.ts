import { expect } from "chai";
import { BedrockAgentRole } from "../../../components/agents/bedrockAgentRole";
import { ObservedPlan, observePlans } from "../../../components/resources/planObservers";
import { minimalArgs } from "../../support/fixtures";
import { plan } from "../../support/plan";
import { installMocks, settle } from "../../support/pulumiMocks";

describe("planObservers", () => {
    it("hands an observer the plan of every component constructed while it observes, and no other", async () => {
        await installMocks();
        const observed: ObservedPlan[] = [];
        const stop = observePlans((p) => observed.push(p));
        new BedrockAgentRole("support-agent", minimalArgs());
        stop();
        new BedrockAgentRole("after", minimalArgs());
        expect(observed.map((o) => o.name)).to.deep.equal(["support-agent"]);
        expect((await settle(observed[0].plan)).value).to.deep.equal(plan(minimalArgs()));
    });
});
