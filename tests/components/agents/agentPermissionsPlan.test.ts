import { expect } from "chai";
import { ArgumentError } from "../../../components/iam/argumentError";
import { renderPolicy } from "../../../components/iam/policyDocument";

import { fullArgs, minimalArgs } from "../../support/fixtures";
import { plan } from "../../support/plan";

const ACCOUNT = "123456789012";
const AGENTS = `arn:aws:bedrock:us-east-1:${ACCOUNT}:agent/*`;

describe("agentPermissionsPlan", () => {
    it("writes the exact identity policy of the AWS page's example agent, its errors corrected", () => {
        expect(plan(fullArgs()).inlinePolicy).to.deep.equal({
            Version: "2012-10-17",
            Statement: [
                {
                    Sid: "InvokeFoundationModels",
                    Effect: "Allow",
                    Action: ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
                    Resource: [
                        "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-premier-v1:0",
                        "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0",
                    ],
                },
                {
                    Sid: "ReadActionGroupApiSchemas",
                    Effect: "Allow",
                    Action: ["s3:GetObject"],
                    Resource: [
                        "arn:aws:s3:::agent-schemas/support/orders.json",
                        "arn:aws:s3:::agent-schemas/support/tickets.json",
                    ],
                    Condition: { StringEquals: { "aws:ResourceAccount": [ACCOUNT] } },
                },
                {
                    Sid: "RetrieveFromKnowledgeBases",
                    Effect: "Allow",
                    Action: ["bedrock:Retrieve"],
                    Resource: [
                        `arn:aws:bedrock:us-east-1:${ACCOUNT}:knowledge-base/KBPINECONE`,
                        `arn:aws:bedrock:us-east-1:${ACCOUNT}:knowledge-base/KBPOLICIES`,
                        `arn:aws:bedrock:us-east-1:${ACCOUNT}:knowledge-base/KBPRODUCTS`,
                    ],
                },
                {
                    Sid: "RetrieveAndGenerate",
                    Effect: "Allow",
                    Action: ["bedrock:RetrieveAndGenerate"],
                    Resource: ["*"],
                },
                {
                    Sid: "AssociateThirdPartyKnowledgeBases",
                    Effect: "Allow",
                    Action: ["bedrock:AssociateThirdPartyKnowledgeBase"],
                    Resource: ["*"],
                    Condition: {
                        StringEquals: {
                            "bedrock:ThirdPartyKnowledgeBaseCredentialsSecretArn": [
                                `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:pinecone-AbC123`,
                            ],
                        },
                    },
                },
                {
                    Sid: "UseAgentEncryptionKey",
                    Effect: "Allow",
                    Action: ["kms:Decrypt"],
                    Resource: [`arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`],
                    Condition: { StringLike: { "kms:EncryptionContext:aws:bedrock:arn": [AGENTS] } },
                },
            ],
        });
    });

    it("writes the exact trust policy: Bedrock only, for agents of this account and region", () => {
        expect(plan(fullArgs()).trustPolicy).to.deep.equal({
            Version: "2012-10-17",
            Statement: [
                {
                    Sid: "AllowBedrockAgentsToAssumeRole",
                    Effect: "Allow",
                    Principal: { Service: "bedrock.amazonaws.com" },
                    Action: ["sts:AssumeRole"],
                    Condition: {
                        ArnLike: { "aws:SourceArn": [AGENTS] },
                        StringEquals: { "aws:SourceAccount": [ACCOUNT] },
                    },
                },
            ],
        });
    });

    it("writes one Lambda permission per action-group function, with both confused-deputy conditions", () => {
        const role = plan(fullArgs()).roleName;
        expect(plan(fullArgs()).lambdaPermissions).to.deep.equal([
            {
                key: "create-ticket",
                resourceName: "support-agent-invoke-create-ticket",
                functionKey: "create-ticket",
                function: "create-ticket",
                functionArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:create-ticket`,
                statementId: `${role}-create-ticket`,
                principal: "bedrock.amazonaws.com",
                action: "lambda:InvokeFunction",
                sourceAccount: ACCOUNT,
                sourceArn: AGENTS,
            },
            {
                key: "lookup-orders",
                resourceName: "support-agent-invoke-lookup-orders",
                functionKey: "lookup-orders",
                function: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:lookup-orders`,
                functionArn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:lookup-orders`,
                statementId: `${role}-lookup-orders`,
                principal: "bedrock.amazonaws.com",
                action: "lambda:InvokeFunction",
                sourceAccount: ACCOUNT,
                sourceArn: AGENTS,
            },
        ]);
    });

    it("hands the KMS key's owner the key policy statement that lets Bedrock use the key for the agent", () => {
        expect(plan(fullArgs()).keyPolicyStatement).to.deep.equal({
            Sid: "AllowBedrockAgentsToUseKey",
            Effect: "Allow",
            Principal: { Service: "bedrock.amazonaws.com" },
            Action: ["kms:Decrypt", "kms:GenerateDataKey"],
            Resource: [`arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`],
            Condition: {
                StringEquals: { "aws:SourceAccount": [ACCOUNT] },
                StringLike: { "kms:EncryptionContext:aws:bedrock:arn": [AGENTS] },
            },
        });
        expect(plan(minimalArgs()).keyPolicyStatement).to.equal(undefined);
    });

    describe("omits the statement of each feature not in use", () => {
        const sids = (args: object) =>
            plan({ ...fullArgs(), ...args }).inlinePolicy.Statement.map((s) => s.Sid);
        it("no action-group schema: no S3 statement", () => {
            const groups = [{ name: "orders", lambdaFunction: "orders" }];
            expect(sids({ actionGroups: groups })).to.not.include("ReadActionGroupApiSchemas");
        });
        it("no knowledge base: neither Retrieve nor RetrieveAndGenerate", () => {
            expect(sids({ knowledgeBases: [], thirdPartyKnowledgeBases: [] })).to.deep.equal([
                "InvokeFoundationModels",
                "ReadActionGroupApiSchemas",
                "UseAgentEncryptionKey",
            ]);
        });
        it("no third-party knowledge base: no AssociateThirdPartyKnowledgeBase", () => {
            expect(sids({ thirdPartyKnowledgeBases: undefined })).to.not.include(
                "AssociateThirdPartyKnowledgeBases",
            );
        });
        it("no customer-managed key: no KMS statement and no key policy statement", () => {
            expect(sids({ customerEncryptionKey: undefined })).to.not.include("UseAgentEncryptionKey");
        });
        it("no action groups: no Lambda permission", () => {
            expect(plan({ ...fullArgs(), actionGroups: [] }).lambdaPermissions).to.deep.equal([]);
        });
        it("a model alone: one statement, invoking that model", () => {
            expect(plan(minimalArgs()).inlinePolicy.Statement.map((s) => s.Sid)).to.deep.equal([
                "InvokeFoundationModels",
            ]);
        });
        it("streaming turned off: InvokeModel without InvokeModelWithResponseStream", () => {
            const statement = plan({ ...minimalArgs(), streaming: false }).inlinePolicy.Statement[0];
            expect(statement.Action).to.deep.equal(["bedrock:InvokeModel"]);
        });
    });

    describe("pins every grant to the agents once their ids are known", () => {
        const pinned = plan({
            ...fullArgs(),
            agentIds: ["AGENTBBBBB", `arn:aws:bedrock:us-east-1:${ACCOUNT}:agent/AGENTAAAAA`],
        });
        const arns = [
            `arn:aws:bedrock:us-east-1:${ACCOUNT}:agent/AGENTAAAAA`,
            `arn:aws:bedrock:us-east-1:${ACCOUNT}:agent/AGENTBBBBB`,
        ];
        it("the trust policy lists the agents' ARNs instead of agent/*", () => {
            expect(pinned.trustPolicy.Statement[0].Condition!.ArnLike!["aws:SourceArn"]).to.deep.equal(arns);
        });
        it("the KMS condition matches the agents' ARNs exactly", () => {
            const kms = pinned.inlinePolicy.Statement.find((s) => s.Sid === "UseAgentEncryptionKey")!;
            expect(kms.Condition).to.deep.equal({
                StringEquals: { "kms:EncryptionContext:aws:bedrock:arn": arns },
            });
        });
        it("one Lambda permission per function and agent, keyed by the agent id", () => {
            expect(pinned.lambdaPermissions.map((p) => [p.key, p.sourceArn])).to.deep.equal([
                ["create-ticket-AGENTAAAAA", arns[0]],
                ["create-ticket-AGENTBBBBB", arns[1]],
                ["lookup-orders-AGENTAAAAA", arns[0]],
                ["lookup-orders-AGENTBBBBB", arns[1]],
            ]);
            expect(new Set(pinned.lambdaPermissions.map((p) => p.statementId)).size).to.equal(4);
        });
    });

    it("gives byte-identical documents and the same names whatever the order of every list", () => {
        const args = { ...fullArgs(), agentIds: ["AGENTAAAAA", "AGENTBBBBB"] };
        const reversed = {
            ...args,
            foundationModels: [...args.foundationModels!].reverse(),
            actionGroups: [...args.actionGroups!].reverse(),
            knowledgeBases: [...args.knowledgeBases!].reverse(),
            agentIds: [...args.agentIds].reverse(),
            tags: { b: "2", a: "1" },
        };
        const a = plan({ ...args, tags: { a: "1", b: "2" } });
        const b = plan(reversed);
        expect(renderPolicy(b.inlinePolicy)).to.equal(renderPolicy(a.inlinePolicy));
        expect(renderPolicy(b.trustPolicy)).to.equal(renderPolicy(a.trustPolicy));
        expect(JSON.stringify(b.lambdaPermissions)).to.equal(JSON.stringify(a.lambdaPermissions));
        expect(JSON.stringify(b.role)).to.equal(JSON.stringify(a.role));
        expect(b.roleName).to.equal(a.roleName);
    });

    it("merges duplicates given in different forms", () => {
        const p = plan({
            ...minimalArgs(),
            foundationModels: [
                "anthropic.claude-3-haiku-20240307-v1:0",
                "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0",
            ],
            agentIds: ["AGENTAAAAA", `arn:aws:bedrock:us-east-1:${ACCOUNT}:agent/AGENTAAAAA`],
        });
        expect(p.inlinePolicy.Statement[0].Resource).to.have.length(1);
        expect(p.trustPolicy.Statement[0].Condition!.ArnLike!["aws:SourceArn"]).to.have.length(1);
    });

    it("refuses a malformed agent id, naming its position", () => {
        expect(() => plan({ ...minimalArgs(), agentIds: ["agent-1"] })).to.throw(
            ArgumentError,
            /^agentIds\[0\]:/,
        );
    });
});
