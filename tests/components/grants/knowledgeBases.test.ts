import { expect } from "chai";
import { minimalArgs } from "../../support/fixtures";
import { plan, planFailure } from "../../support/plan";

describe("capability: knowledge bases", () => {
    it("grants Retrieve on each knowledge base, written as ARNs, sorted and without duplicates, and RetrieveAndGenerate on *", () => {
        const statements = plan({
            ...minimalArgs(),
            knowledgeBases: [
                "KBPRODUCTS",
                "arn:aws:bedrock:us-east-1:123456789012:knowledge-base/KBPRODUCTS",
                "KBMANUALS1",
            ],
        }).inlinePolicy.Statement.slice(1);
        expect(statements).to.deep.equal([
            {
                Sid: "RetrieveFromKnowledgeBases",
                Effect: "Allow",
                Action: ["bedrock:Retrieve"],
                Resource: [
                    "arn:aws:bedrock:us-east-1:123456789012:knowledge-base/KBMANUALS1",
                    "arn:aws:bedrock:us-east-1:123456789012:knowledge-base/KBPRODUCTS",
                ],
            },
            {
                Sid: "RetrieveAndGenerate",
                Effect: "Allow",
                Action: ["bedrock:RetrieveAndGenerate"],
                Resource: ["*"],
            },
        ]);
    });

    it("refuses a malformed id, showing both accepted forms", () => {
        expect(planFailure({ ...minimalArgs(), knowledgeBases: ["kb-1"] }).message).to.match(
            /^knowledgeBases\[0\]: "kb-1" is neither a valid id nor an ARN\. Example of a valid value: KB12345678 or arn:aws:bedrock:us-east-1:123456789012:knowledge-base\/KB12345678$/,
        );
    });
});
