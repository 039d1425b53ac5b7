import { expect } from "chai";
import { minimalArgs } from "../support/fixtures";
import { plan, planFailure } from "../support/plan";

describe("boundary: the agent's account, region and partition", () => {
    for (const [field, value] of [
        ["region", "*"],
        ["region", "us-east-?"],
        ["region", "${aws:RequestedRegion}"],
        ["region", "US-EAST-1"],
        ["account", "*"],
        ["account", "12345678901?"],
        ["partition", "*"],
        ["partition", "aws-*"],
    ] as const) {
        it(`refuses ${field} "${value}", a pattern that would grant in every ${field}`, () => {
            expect(planFailure({ ...minimalArgs(), [field]: value }).argument).to.equal(field);
        });
    }

    it("accepts the regions of every partition, the European Sovereign Cloud's and the ISO ones included", () => {
        for (const region of [
            "eusc-de-east-1",
            "us-isof-south-1",
            "us-gov-west-1",
            "cn-northwest-1",
            "ap-southeast-7",
        ]) {
            expect(plan({ ...minimalArgs(), region }).environment.region).to.equal(region);
        }
    });
});
