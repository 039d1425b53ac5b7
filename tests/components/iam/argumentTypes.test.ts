import { expect } from "chai";
import { closestName } from "../../../components/iam/argumentTypes";

describe("closestName: what a misspelt argument most likely meant", () => {
    it("suggests the nearest known name within a few edits, whatever the case, or one the name begins", () => {
        const known = ["foundationModels", "knowledgeBases", "actionGroups", "lambdaFunction", "apiSchema"];
        expect(closestName("knowledgeBase", known)).to.equal("knowledgeBases");
        expect(closestName("knowledgebases", known)).to.equal("knowledgeBases");
        expect(closestName("foundationModel", known)).to.equal("foundationModels");
        expect(closestName("lambda", known)).to.equal("lambdaFunction");
        expect(closestName("tags", known)).to.equal(undefined);
    });
});
