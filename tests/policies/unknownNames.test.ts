// Statements IAM would not read as written are found, with the catalog's closest name; every
// document this package writes passes.
import { expect } from "chai";
import { UNKNOWN_NAMES } from "../../policies/rules/unknownNames";
import { violations } from "../../policies/violations";
import { packageResources } from "../support/policyCorpus/packageResources";

const role = (assumeRolePolicy: unknown, inline?: unknown) => ({
    type: "aws:iam/role:Role",
    name: "agent-role",
    props: { assumeRolePolicy, ...(inline ? { inlinePolicies: [{ name: "p", policy: inline }] } : {}) },
});

describe("policy rule agent-iam-unknown-names", () => {
    it("names a misspelt action, operator and condition key with the closest name IAM defines", () => {
        const inline = JSON.stringify({
            Statement: [
                {
                    Effect: "Allow",
                    Action: ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStrem"],
                    Resource: "*",
                    Condition: { StringEqual: { "bedrock:InferenceProfileArns": "x" } },
                },
            ],
        });
        const messages = violations([role(undefined, inline)], [UNKNOWN_NAMES]).map((v) => [
            v.input,
            v.statement,
            v.message,
        ]);
        expect(messages.map((m) => m[2])).to.deep.equal([
            '"bedrock:InvokeModelWithResponseStrem" is not an action IAM defines (did you mean bedrock:InvokeModelWithResponseStream?). Write the name IAM defines; this package\'s extraStatements refuses such names',
            '"StringEqual" is not a condition operator IAM has (did you mean StringEquals?). Write the name IAM defines; this package\'s extraStatements refuses such names',
            '"bedrock:InferenceProfileArns" is not a condition key IAM defines for bedrock:InvokeModel (did you mean bedrock:InferenceProfileArn?). Write the name IAM defines; this package\'s extraStatements refuses such names',
        ]);
        expect(messages[0].slice(0, 2)).to.deep.equal(["inlinePolicies[0].policy", 0]);
    });

    it("reports a document that is not JSON", () => {
        expect(violations([role("{not json")], [UNKNOWN_NAMES])[0].message).to.match(/^is not JSON/);
    });

    it("finds nothing in the documents this package writes", () => {
        expect(violations(packageResources(), [UNKNOWN_NAMES])).to.deep.equal([]);
    });
});
