// iam:PassRole on every role, or without the service it is passed to, is found in whoever's
// documents; this package's own deployer statements pass.
import { expect } from "chai";
import { PASS_ROLE } from "../../policies/rules/passRole";
import { violations } from "../../policies/violations";
import { planRuntime, runtimeArgs } from "../support/agentCoreFixtures";
import { policyDocument } from "../../components/iam/policyDocument";
import { packageResources } from "../support/policyCorpus/packageResources";

const rolePolicy = (name: string, policy: unknown) => ({
    type: "aws:iam/rolePolicy:RolePolicy",
    name,
    props: { policy },
});
const found = (policy: unknown) =>
    violations([rolePolicy("deployer", policy)], [PASS_ROLE]).map((v) => v.message);

describe("policy rule agent-iam-pass-role", () => {
    it("finds the starter toolkit's PassRole without iam:PassedToService, and PassRole on *", () => {
        // bedrock-agentcore-starter-toolkit's CodeBuild policy passes the execution role with no
        // service condition (agentcore-iam-facts-2.md, deployer); AWS's PassRole page: scope both.
        const toolkit = {
            Version: "2012-10-17",
            Statement: [
                {
                    Effect: "Allow",
                    Action: "iam:PassRole",
                    Resource: "arn:aws:iam::123456789012:role/AmazonBedrockAgentCoreSDKRuntime-us-east-1-abc",
                },
            ],
        };
        expect(found(JSON.stringify(toolkit))).to.deep.equal([
            "iam:PassRole without iam:PassedToService passes the roles to any service: name each role's ARN and its service (iam:PassedToService), as this package's deployerStatements output does",
        ]);
        const anyRole = {
            Statement: [
                {
                    Effect: "Allow",
                    Action: ["iam:*"],
                    Resource: "*",
                    Condition: { StringEquals: { "iam:PassedToService": "bedrock.amazonaws.com" } },
                },
            ],
        };
        expect(found(anyRole)).to.have.length(1);
        expect(found(anyRole)[0]).to.match(/^iam:PassRole on \* passes every role of the account/);
    });

    it("passes AWS's managed pattern with its service condition, and everything this package writes", () => {
        // BedrockAgentCoreFullAccess: PassRole on role/*BedrockAgentCore* with iam:PassedToService.
        const managed = {
            Statement: [
                {
                    Effect: "Allow",
                    Action: "iam:PassRole",
                    Resource: "arn:aws:iam::*:role/*BedrockAgentCore*",
                    Condition: { StringEquals: { "iam:PassedToService": "bedrock-agentcore.amazonaws.com" } },
                },
            ],
        };
        expect(found(managed)).to.deep.equal([]);
        const own = planRuntime(runtimeArgs()).deployerStatements ?? [];
        expect(own.length).to.be.above(0);
        expect(found(policyDocument(own))).to.deep.equal([]);
        expect(violations(packageResources(), [PASS_ROLE])).to.deep.equal([]);
    });
});
