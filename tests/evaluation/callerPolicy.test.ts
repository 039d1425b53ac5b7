import { expect } from "chai";
import { policyDocument } from "../../components/iam/policyDocument";
import { awsRequest, awsRequests } from "../support/awsRequests";
import { SUPERVISOR, supervisorArgs } from "../support/fixtures";
import {
    ACCOUNT,
    asCaller,
    asRole,
    decideAws,
    defaultKeyPolicy,
    KEY,
    bedrockArn,
    keyPolicyOf,
    kmsKeyArn,
} from "../support/iamEvaluation";
import { plan } from "../support/plan";

const supervisor = plan(supervisorArgs());

describe("IAM evaluation (iam-simulate): the callers' policy", () => {
    const invokeAgent = awsRequest("agents.caller.InvokeAgent");
    const memoryKey = kmsKeyArn(SUPERVISOR.memoryKey);
    const memoryDecrypt = awsRequest("agents.memoryKey.caller.Decrypt");
    it("allows the callers InvokeAgent on the agent's alias, and denies another alias and a collaborator", async () => {
        expect(await decideAws(supervisor, invokeAgent)).to.equal("Allowed");
        for (const resource of [
            bedrockArn("agent-alias/AGENT12345/OTHERALIAS"),
            bedrockArn(`agent-alias/${SUPERVISOR.collaborators[0]}`),
        ]) {
            expect(await asCaller(supervisor, { ...invokeAgent, resource }), resource).to.equal(
                "ImplicitlyDenied",
            );
        }
    });
    it("allows the callers GenerateDataKey and Decrypt on the agent key and nothing else on it", async () => {
        for (const request of awsRequests("agents.agentKey.caller")) {
            expect(await decideAws(supervisor, request, defaultKeyPolicy(KEY)), request.name).to.equal(
                "Allowed",
            );
        }
        const encrypt = { ...awsRequest("agents.agentKey.caller.Decrypt"), action: "kms:Encrypt" };
        expect(await asCaller(supervisor, encrypt, defaultKeyPolicy(KEY))).to.equal("ImplicitlyDenied");
    });
    it("allows the callers the memory key only through Bedrock in the agent's region", async () => {
        const memoryPolicy = defaultKeyPolicy(memoryKey);
        for (const request of awsRequests("agents.memoryKey.caller")) {
            expect(await decideAws(supervisor, request, memoryPolicy), request.name).to.equal("Allowed");
        }
        const forAlias = {
            "kms:EncryptionContext:aws-crypto-ec:aws:bedrock:arn": bedrockArn(
                `agent-alias/${SUPERVISOR.ownAlias}`,
            ),
        };
        const denied = [
            forAlias,
            { ...forAlias, "kms:ViaService": "s3.us-east-1.amazonaws.com" },
            { ...forAlias, "kms:ViaService": "bedrock.eu-west-1.amazonaws.com" },
        ];
        for (const context of denied) {
            expect(
                await asCaller(supervisor, { ...memoryDecrypt, context }, memoryPolicy),
                JSON.stringify(context),
            ).to.equal("ImplicitlyDenied");
        }
    });
    it("scopes the callers' key grants to the agents' encryption contexts", () => {
        const conditionOf = (sid: string) =>
            supervisor.callerPolicy?.Statement.find((s) => s.Sid === sid)?.Condition;
        expect(conditionOf("UseAgentEncryptionKey")).to.deep.equal({
            StringLike: { "kms:EncryptionContext:aws:bedrock:arn": [bedrockArn("agent/*")] },
        });
        expect(conditionOf("UseAgentMemoryKey")).to.deep.equal({
            StringEquals: { "kms:ViaService": ["bedrock.us-east-1.amazonaws.com"] },
            StringLike: {
                "kms:EncryptionContext:aws-crypto-ec:aws:bedrock:arn": [bedrockArn("agent-alias/*/*")],
            },
        });
        const pinned = plan({ ...supervisorArgs(), agentIds: ["AGENT12345"] });
        expect(
            pinned.callerPolicy?.Statement.find((s) => s.Sid === "UseAgentMemoryKey")?.Condition?.StringLike,
        ).to.deep.equal({
            "kms:EncryptionContext:aws-crypto-ec:aws:bedrock:arn": [bedrockArn("agent-alias/AGENT12345/*")],
        });
    });
    it("gives the role none of the callers' grants", async () => {
        expect(await asRole(supervisor, invokeAgent)).to.equal("ImplicitlyDenied");
        const generate = awsRequest("agents.agentKey.caller.GenerateDataKey");
        expect(await asRole(supervisor, generate, defaultKeyPolicy(KEY))).to.equal("ImplicitlyDenied");
    });
    it("hands the memory key's owner a statement admitting Bedrock for the agents' aliases, without Decrypt", async () => {
        const statements = keyPolicyOf(supervisor, memoryKey);
        expect(statements).to.deep.equal([
            {
                Sid: "AllowBedrockAgentMemory",
                Effect: "Allow",
                Principal: { Service: "bedrock.amazonaws.com" },
                Action: ["kms:GenerateDataKeyWithoutPlaintext", "kms:ReEncryptFrom", "kms:ReEncryptTo"],
                Resource: [memoryKey],
                Condition: {
                    ArnLike: { "aws:SourceArn": [bedrockArn("agent-alias/*/*")] },
                    StringEquals: { "aws:SourceAccount": [ACCOUNT] },
                },
            },
        ]);
        for (const request of awsRequests("agents.memoryKey.bedrock")) {
            expect(
                await decideAws(supervisor, request, policyDocument(statements ?? [])),
                request.name,
            ).to.equal("Allowed");
        }
    });
});
