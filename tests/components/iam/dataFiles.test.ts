// The components keep one kind of module-level state: data read once and frozen. What they grant
// and refuse cannot depend on what else ran in the process, nor on what a caller did with a result.
import { expect } from "chai";
import { catalogAction } from "../../../components/iam/actionCatalog";
import { computedOnce } from "../../../components/iam/dataFiles";
import { privilegeEscalationActions } from "../../../components/iam/privilegeEscalation";
import { fullArgs, supervisorArgs } from "../../support/fixtures";
import { plan, planFailure } from "../../support/plan";

describe("data read once: frozen, shared, and never changed by a reader", () => {
    it("computes once and hands every caller the same frozen value, whose change is refused", () => {
        let computations = 0;
        const cached = computedOnce(() => {
            computations++;
            return { actions: ["iam:PassRole"] };
        });
        expect(() => cached().actions.push("s3:GetObject")).to.throw(TypeError);
        expect(cached()).to.deep.equal({ actions: ["iam:PassRole"] });
        expect(computations).to.equal(1);
    });

    it("gives each caller of the catalog a result of its own: changing one changes no later answer", () => {
        const before = catalogAction("s3:GetObject")?.arnFormats;
        const first = catalogAction("s3:GetObject");
        first?.arnFormats.splice(0, first.arnFormats.length, "*");
        expect(catalogAction("s3:GetObject")?.arnFormats).to.deep.equal(before);
        expect(before).to.include("arn:${Partition}:s3:::${BucketName}/${ObjectName}");
        const escalating = privilegeEscalationActions(["iam:PassRole"], ["*"]);
        escalating.pop();
        expect(privilegeEscalationActions(["iam:PassRole"], ["*"])).to.deep.equal(["iam:PassRole"]);
    });

    it("plans the same args to the same documents and errors whatever was planned before, in any order", () => {
        const bad = {
            ...fullArgs(),
            extraStatements: [{ sid: "Pass", actions: ["iam:PassRole"], resources: ["*"] }],
        };
        const runs = [
            () => JSON.stringify(plan(fullArgs())),
            () => JSON.stringify(plan(supervisorArgs())),
            () => planFailure(bad).message,
        ];
        const forwards = runs.map((run) => run());
        const backwards = [...runs]
            .reverse()
            .map((run) => run())
            .reverse();
        expect(backwards).to.deep.equal(forwards);
    });
});
