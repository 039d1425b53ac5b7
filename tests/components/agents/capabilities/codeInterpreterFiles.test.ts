import { expect } from "chai";
import { minimalArgs } from "../../../support/fixtures";
import { plan, planFailure } from "../../../support/plan";

describe("capability: code-interpreter input files", () => {
    it("grants the four object reads on exactly the objects named, in buckets of the agent's account", () => {
        const p = plan({
            ...minimalArgs(),
            codeInterpreterFiles: [
                { bucket: "agent-files", key: "sales/2026.csv" },
                { arn: "arn:aws:s3:::agent-files/sales/2025.csv" },
            ],
        });
        expect(p.inlinePolicy.Statement.find((s) => s.Sid === "ReadCodeInterpreterFiles")).to.deep.equal({
            Sid: "ReadCodeInterpreterFiles",
            Effect: "Allow",
            Action: [
                "s3:GetObject",
                "s3:GetObjectAttributes",
                "s3:GetObjectVersion",
                "s3:GetObjectVersionAttributes",
            ],
            Resource: ["arn:aws:s3:::agent-files/sales/2025.csv", "arn:aws:s3:::agent-files/sales/2026.csv"],
            Condition: { StringEquals: { "aws:ResourceAccount": ["123456789012"] } },
        });
    });

    it("refuses a key pattern and a bucket S3 would not accept, naming the entry", () => {
        expect(
            planFailure({
                ...minimalArgs(),
                codeInterpreterFiles: [{ bucket: "agent-files", key: "sales/*" }],
            }).argument,
        ).to.match(/^codeInterpreterFiles\[0\]/);
        expect(
            planFailure({ ...minimalArgs(), codeInterpreterFiles: [{ bucket: "A", key: "x.csv" }] }).argument,
        ).to.match(/^codeInterpreterFiles\[0\]/);
    });
});
