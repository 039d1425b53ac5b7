import { expect } from "chai";
import { BedrockAgentRole } from "../../../components/agents/bedrockAgentRole";
import { minimalArgs, supervisorArgs } from "../../support/fixtures";
import type { PlainArgs } from "../../support/plan";
import { deployed, ofType, ROLE } from "../../support/componentRun";
import { installMocks } from "../../support/pulumiMocks";

/** The inputs of the role the component declares for `args`. */
async function roleInputs(args: PlainArgs): Promise<Record<string, unknown>> {
    const recorded = await installMocks();
    await deployed(new BedrockAgentRole("support-agent", args));
    const [role] = ofType(recorded, ROLE);
    return role.inputs;
}

describe("BedrockAgentRole updates permissions in place", () => {
    it("declares the same role inputs whichever permissions are asked for, so no option ever replaces the role", async () => {
        const base = await roleInputs(minimalArgs());
        const supervisor = supervisorArgs();
        const options = Object.keys(supervisor).filter(
            (key) => key !== "foundationModels",
        ) as (keyof PlainArgs)[];
        expect(options).to.have.length.at.least(8);
        for (const option of options) {
            const inputs = await roleInputs({ ...minimalArgs(), [option]: supervisor[option] });
            expect(inputs, option).to.deep.equal(base);
        }
        expect(await roleInputs(supervisor)).to.deep.equal(base);
        expect(await roleInputs({ ...supervisor, lambdaAgentIds: ["AGENT12345"] })).to.deep.equal(base);
    });
});
