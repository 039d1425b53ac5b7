import { expect } from "chai";
import { SUPERVISOR, supervisorArgs } from "../support/fixtures";
import {
    ACCOUNT,
    AGENT,
    asCaller,
    asRole,
    defaultKeyPolicy,
    KEY,
    bedrockArn,
    keyPolicyOf,
    kmsKeyArn,
} from "../support/iamEvaluation";
import { plan } from "../support/plan";

const supervisor = plan(supervisorArgs());

describe("IAM evaluation (iam-simulate): the callers' policy", () => {
    const ownAlias = bedrockArn(`agent-alias/${SUPERVISOR.ownAlias}`);
    const forAgent = { "kms:EncryptionContext:aws:bedrock:arn": AGENT };
    const memoryKey = kmsKeyArn(SUPERVISOR.memoryKey);
    const forAlias = { "kms:EncryptionContext:aws-crypto-ec:aws:bedrock:arn": ownAlias };
    const viaBedrock = { ...forAlias, "kms:ViaService": "bedrock.us-east-1.amazonaws.com" };
    it("allows the callers InvokeAgent on the agent's alias, and denies another alias and a collaborator", async () => {
        expect(await asCaller(supervisor, { action: "bedrock:InvokeAgent", resource: ownAlias })).to.equal(
            "Allowed",
        );
        for (const resource of [
            bedrockArn("agent-alias/AGENT12345/OTHERALIAS"),
            bedrockArn(`agent-alias/${SUPERVISOR.collaborators[0]}`),
        ]) {
            expect(
                await asCaller(supervisor, { action: "bedrock:InvokeAgent", resource }),
                resource,
            ).to.equal("ImplicitlyDenied");
        }
    });
    it("allows the callers GenerateDataKey and Decrypt on the agent key and nothing else on it", async () => {
        for (const action of ["kms:GenerateDataKey", "kms:Decrypt"]) {
            const request = { action, resource: KEY, context: forAgent };
            expect(await asCaller(supervisor, request, defaultKeyPolicy(KEY)), action).to.equal("Allowed");
        }
        const encrypt = { action: "kms:Encrypt", resource: KEY, context: forAgent };
        expect(await asCaller(supervisor, encrypt, defaultKeyPolicy(KEY))).to.equal("ImplicitlyDenied");
    });
    it("allows the callers the memory key only through Bedrock in the agent's region", async () => {
        const memoryPolicy = defaultKeyPolicy(memoryKey);
        for (const action of [
            "kms:Decrypt",
            "kms:GenerateDataKeyWithoutPlaintext",
            "kms:ReEncryptFrom",
            "kms:ReEncryptTo",
        ]) {
            const request = { action, resource: memoryKey, context: viaBedrock };
            expect(await asCaller(supervisor, request, memoryPolicy), action).to.equal("Allowed");
        }
        const denied = [
            forAlias,
            { ...forAlias, "kms:ViaService": "s3.us-east-1.amazonaws.com" },
            { ...forAlias, "kms:ViaService": "bedrock.eu-west-1.amazonaws.com" },
        ];
        for (const context of denied) {
            const request = { action: "kms:Decrypt", resource: memoryKey, context };
            expect(await asCaller(supervisor, request, memoryPolicy), JSON.stringify(context)).to.equal(
                "ImplicitlyDenied",
            );
        }
    });
    it("scopes the callers' key grants to the agents' encryption contexts (structure asserted: the evaluator ignores kms:EncryptionContext:* keys)", () => {
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
        expect(await asRole(supervisor, { action: "bedrock:InvokeAgent", resource: ownAlias })).to.equal(
            "ImplicitlyDenied",
        );
        const request = { action: "kms:GenerateDataKey", resource: KEY, context: forAgent };
        expect(await asRole(supervisor, request, defaultKeyPolicy(KEY))).to.equal("ImplicitlyDenied");
    });
    it("hands the memory key's owner a statement admitting Bedrock for the agents' aliases, without Decrypt", () => {
        expect(keyPolicyOf(supervisor, memoryKey)).to.deep.equal([
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
    });
});
