import { expect } from "chai";
import {
    IdentityStatement,
    mergeStatementsBySid,
    policySize,
    renderPolicy,
    statement,
} from "../../../components/iam/policyDocument";

const retrieve = (resources: string[]) =>
    statement<IdentityStatement>({
        Sid: "RetrieveFromKnowledgeBases",
        Effect: "Allow",
        Action: ["bedrock:Retrieve"],
        Resource: resources,
    });
const invoke = statement<IdentityStatement>({
    Sid: "InvokeFoundationModels",
    Effect: "Allow",
    Action: ["bedrock:InvokeModel"],
    Resource: ["m"],
});

describe("policyDocument", () => {
    it("writes a statement's keys in IAM's order and its lists and condition keys sorted, whatever the input order", () => {
        const written = statement({
            Condition: { StringLike: { b: ["2", "1"], a: ["x"] }, ArnLike: { c: ["z"] } },
            Resource: ["r2", "r1", "r2"],
            Action: ["s3:B", "s3:A"],
            Principal: { Service: "bedrock.amazonaws.com" },
            Effect: "Allow",
            Sid: "S",
        });
        expect(renderPolicy(written)).to.equal(
            JSON.stringify(
                {
                    Sid: "S",
                    Effect: "Allow",
                    Principal: { Service: "bedrock.amazonaws.com" },
                    Action: ["s3:A", "s3:B"],
                    Resource: ["r1", "r2"],
                    Condition: { ArnLike: { c: ["z"] }, StringLike: { a: ["x"], b: ["1", "2"] } },
                },
                null,
                2,
            ),
        );
    });

    it("counts a policy's size as IAM does, without white space", () => {
        expect(policySize(invoke)).to.equal(JSON.stringify(invoke).length);
        expect(policySize(retrieve(["a b"]))).to.equal(JSON.stringify(retrieve(["a b"])).length - 1);
    });

    it("merges statements that share a Sid into the first one's place, uniting their resources", () => {
        const merged = mergeStatementsBySid([retrieve(["b"]), invoke, retrieve(["a", "b"])]);
        expect(merged.map((s) => [s.Sid, s.Resource])).to.deep.equal([
            ["RetrieveFromKnowledgeBases", ["a", "b"]],
            ["InvokeFoundationModels", ["m"]],
        ]);
    });

    it("refuses to merge two statements that share a Sid but not their actions: that is a bug", () => {
        const other = statement<IdentityStatement>({ ...invoke, Action: ["bedrock:Retrieve"] });
        expect(() => mergeStatementsBySid([invoke, other])).to.throw(
            /two different statements are both named/,
        );
    });
});
