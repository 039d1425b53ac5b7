import { expect } from "chai";
import { renderPolicy } from "../../components/iam/policyDocument";
import type { PolicyDocument } from "../../components/iam/policyDocument";
import { awsRequest } from "../support/awsRequests";
import { minimalArgs } from "../support/fixtures";
import { plan } from "../support/plan";
import { simulate } from "../support/iamEvaluation";

const KEY = "売上/2026年-☃.csv";
const read = awsRequest("agents.codeInterpreter.nonLatinFile.GetObject");

describe("IAM evaluation (iam-simulate): object keys beyond Latin-1", () => {
    const planned = plan({ ...minimalArgs(), codeInterpreterFiles: [{ bucket: "agent-files", key: KEY }] });
    const rendered = renderPolicy(planned.inlinePolicy);

    it("writes the policy IAM receives in the characters IAM accepts, the key as \\uXXXX escapes", () => {
        expect(rendered).to.match(/^[\t\n\r\x20-\xff]*$/);
        expect(rendered).to.include("\\u58f2\\u4e0a/2026\\u5e74-\\u2603.csv");
    });

    it("grants exactly that key once IAM reads the escapes back, and no other", async () => {
        const policy = JSON.parse(rendered) as PolicyDocument;
        const decide = (resource: string) =>
            simulate({ ...read, principal: planned.roleArn, resource }, [policy]);
        expect(await decide(read.resource)).to.equal("Allowed");
        expect(await decide(read.resource.replace("☃", "?"))).to.equal("ImplicitlyDenied");
        expect(await decide(`${read.resource}x`)).to.equal("ImplicitlyDenied");
    });
});
