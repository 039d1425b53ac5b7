import { expect } from "chai";
import { policyDocument } from "../../components/iam/policyDocument";
import { SUPERVISOR, supervisorArgs } from "../support/fixtures";
import {
    ACCOUNT,
    AGENT,
    asCaller,
    asRole,
    defaultKeyPolicy,
    FROM_AGENT,
    invokeFunction,
    KEY,
    OTHER_ACCOUNT,
} from "../support/iamEvaluation";
import { plan } from "../support/plan";

const supervisor = plan(supervisorArgs());
const bedrock = (resource: string, region = "us-east-1", account = ACCOUNT) =>
    `arn:aws:bedrock:${region}:${account}:${resource}`;
const kms = (id: string) => `arn:aws:kms:us-east-1:${ACCOUNT}:key/${id}`;
const keyPolicyOf = (keyArn: string) => supervisor.keyPolicies.find((k) => k.keyArn === keyArn)?.statements;

describe("IAM evaluation (iam-simulate): guardrails", () => {
    const guardrail = bedrock(`guardrail/${SUPERVISOR.guardrail}`);
    const guardrailKey = kms(SUPERVISOR.guardrailKey);
    it("allows ApplyGuardrail on the guardrail and on its profile in the agent's and every destination region", async () => {
        expect(await asRole(supervisor, { action: "bedrock:ApplyGuardrail", resource: guardrail })).to.equal(
            "Allowed",
        );
        for (const region of ["ca-central-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2"]) {
            const resource = bedrock("guardrail-profile/us.guardrail.v1:0", region);
            expect(await asRole(supervisor, { action: "bedrock:ApplyGuardrail", resource }), region).to.equal(
                "Allowed",
            );
        }
    });
    it("denies another guardrail, the profile outside its geography, another profile, and changing the guardrail", async () => {
        const denied = [
            { action: "bedrock:ApplyGuardrail", resource: bedrock("guardrail/zz9999zzzz99") },
            {
                action: "bedrock:ApplyGuardrail",
                resource: bedrock("guardrail-profile/us.guardrail.v1:0", "eu-west-1"),
            },
            { action: "bedrock:ApplyGuardrail", resource: bedrock("guardrail-profile/eu.guardrail.v1:0") },
            { action: "bedrock:UpdateGuardrail", resource: guardrail },
            { action: "bedrock:DeleteGuardrail", resource: guardrail },
        ];
        for (const request of denied) {
            expect(await asRole(supervisor, request), JSON.stringify(request)).to.equal("ImplicitlyDenied");
        }
    });
    it("allows kms:Decrypt on the guardrail's key under the key-policy statement handed out, and nothing else", async () => {
        const keyPolicy = policyDocument(keyPolicyOf(guardrailKey) ?? []);
        expect(
            await asRole(supervisor, { action: "kms:Decrypt", resource: guardrailKey }, keyPolicy),
        ).to.equal("Allowed");
        expect(
            await asRole(supervisor, { action: "kms:Encrypt", resource: guardrailKey }, keyPolicy),
        ).to.equal("ImplicitlyDenied");
        const memoryKey = kms(SUPERVISOR.memoryKey);
        expect(
            await asRole(
                supervisor,
                { action: "kms:Decrypt", resource: memoryKey },
                defaultKeyPolicy(memoryKey),
            ),
        ).to.equal("ImplicitlyDenied");
    });
    it("hands the guardrail key's owner a statement naming the role itself, not the service", () => {
        expect(keyPolicyOf(guardrailKey)).to.deep.equal([
            {
                Sid: "AllowAgentRoleToDecryptGuardrail",
                Effect: "Allow",
                Principal: { AWS: supervisor.roleArn },
                Action: ["kms:Decrypt"],
                Resource: [guardrailKey],
            },
        ]);
    });
});

describe("IAM evaluation (iam-simulate): collaborators", () => {
    it("allows GetAgentAlias and InvokeAgent on each collaborator alias", async () => {
        for (const alias of SUPERVISOR.collaborators) {
            for (const action of ["bedrock:GetAgentAlias", "bedrock:InvokeAgent"]) {
                const resource = bedrock(`agent-alias/${alias}`);
                expect(await asRole(supervisor, { action, resource }), `${action} ${alias}`).to.equal(
                    "Allowed",
                );
            }
        }
    });
    it("denies another alias of a collaborator, an alias in another account, and changing an alias", async () => {
        const denied = [
            { action: "bedrock:InvokeAgent", resource: bedrock("agent-alias/COLLAB0001/OTHERALIAS") },
            {
                action: "bedrock:InvokeAgent",
                resource: bedrock("agent-alias/COLLAB0001/ALIAS00001", "us-east-1", OTHER_ACCOUNT),
                resourceAccount: OTHER_ACCOUNT,
            },
            { action: "bedrock:UpdateAgentAlias", resource: bedrock("agent-alias/COLLAB0001/ALIAS00001") },
        ];
        for (const request of denied) {
            expect(await asRole(supervisor, request), JSON.stringify(request)).to.equal("ImplicitlyDenied");
        }
    });
});

describe("IAM evaluation (iam-simulate): prompts", () => {
    it("allows GetPrompt on the prompt version named, and denies the draft, another version and another prompt", async () => {
        const get = (resource: string) => asRole(supervisor, { action: "bedrock:GetPrompt", resource });
        expect(await get(bedrock(`prompt/${SUPERVISOR.prompt}:2`))).to.equal("Allowed");
        expect(await get(bedrock(`prompt/${SUPERVISOR.prompt}`))).to.equal("ImplicitlyDenied");
        expect(await get(bedrock(`prompt/${SUPERVISOR.prompt}:3`))).to.equal("ImplicitlyDenied");
        expect(await get(bedrock("prompt/OTHERPROMP"))).to.equal("ImplicitlyDenied");
    });
});

describe("IAM evaluation (iam-simulate): code-interpreter files", () => {
    const file = "arn:aws:s3:::agent-files/sales/2026.csv";
    const inAccount = { "aws:ResourceAccount": ACCOUNT };
    it("allows the four object reads on the file named, in a bucket of the agent's account", async () => {
        for (const action of [
            "s3:GetObject",
            "s3:GetObjectVersion",
            "s3:GetObjectAttributes",
            "s3:GetObjectVersionAttributes",
        ]) {
            expect(await asRole(supervisor, { action, resource: file, context: inAccount }), action).to.equal(
                "Allowed",
            );
        }
    });
    it("denies writing it, another object, and the same object in another account's bucket", async () => {
        const denied = [
            { action: "s3:PutObject", resource: file, context: inAccount },
            {
                action: "s3:GetObject",
                resource: "arn:aws:s3:::agent-files/sales/2025.csv",
                context: inAccount,
            },
            {
                action: "s3:GetObject",
                resource: file,
                resourceAccount: OTHER_ACCOUNT,
                context: { "aws:ResourceAccount": OTHER_ACCOUNT },
            },
        ];
        for (const request of denied) {
            expect(await asRole(supervisor, request), JSON.stringify(request)).to.equal("ImplicitlyDenied");
        }
    });
});

describe("IAM evaluation (iam-simulate): the callers' policy", () => {
    const ownAlias = bedrock(`agent-alias/${SUPERVISOR.ownAlias}`);
    const forAgent = { "kms:EncryptionContext:aws:bedrock:arn": AGENT };
    const memoryKey = kms(SUPERVISOR.memoryKey);
    const forAlias = { "kms:EncryptionContext:aws-crypto-ec:aws:bedrock:arn": ownAlias };
    const viaBedrock = { ...forAlias, "kms:ViaService": "bedrock.us-east-1.amazonaws.com" };
    it("allows the callers InvokeAgent on the agent's alias, and denies another alias and a collaborator", async () => {
        expect(await asCaller(supervisor, { action: "bedrock:InvokeAgent", resource: ownAlias })).to.equal(
            "Allowed",
        );
        for (const resource of [
            bedrock("agent-alias/AGENT12345/OTHERALIAS"),
            bedrock(`agent-alias/${SUPERVISOR.collaborators[0]}`),
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
            StringLike: { "kms:EncryptionContext:aws:bedrock:arn": [bedrock("agent/*")] },
        });
        expect(conditionOf("UseAgentMemoryKey")).to.deep.equal({
            StringEquals: { "kms:ViaService": ["bedrock.us-east-1.amazonaws.com"] },
            StringLike: {
                "kms:EncryptionContext:aws-crypto-ec:aws:bedrock:arn": [bedrock("agent-alias/*/*")],
            },
        });
        const pinned = plan({ ...supervisorArgs(), agentIds: ["AGENT12345"] });
        expect(
            pinned.callerPolicy?.Statement.find((s) => s.Sid === "UseAgentMemoryKey")?.Condition?.StringLike,
        ).to.deep.equal({
            "kms:EncryptionContext:aws-crypto-ec:aws:bedrock:arn": [bedrock("agent-alias/AGENT12345/*")],
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
        expect(keyPolicyOf(memoryKey)).to.deep.equal([
            {
                Sid: "AllowBedrockAgentMemory",
                Effect: "Allow",
                Principal: { Service: "bedrock.amazonaws.com" },
                Action: ["kms:GenerateDataKeyWithoutPlaintext", "kms:ReEncryptFrom", "kms:ReEncryptTo"],
                Resource: [memoryKey],
                Condition: {
                    ArnLike: { "aws:SourceArn": [bedrock("agent-alias/*/*")] },
                    StringEquals: { "aws:SourceAccount": [ACCOUNT] },
                },
            },
        ]);
    });
});

describe("IAM evaluation (iam-simulate): custom orchestration", () => {
    const orchestration = supervisor.lambdaPermissions.find(
        (p) => p.functionKey === "custom--orchestration",
    )!;
    const invoke = { principal: "bedrock.amazonaws.com", action: "lambda:InvokeFunction" };
    it("lets Bedrock invoke the orchestration function for an agent of the account", async () => {
        expect(await invokeFunction(orchestration, { ...invoke, context: FROM_AGENT })).to.equal("Allowed");
    });
    it("denies another principal, an agent of another account, and a request without the confused-deputy keys", async () => {
        const denied = [
            { ...invoke, principal: "lambda.amazonaws.com", context: FROM_AGENT },
            {
                ...invoke,
                context: {
                    "aws:SourceAccount": OTHER_ACCOUNT,
                    "aws:SourceArn": AGENT.replace(ACCOUNT, OTHER_ACCOUNT),
                },
            },
            { ...invoke, context: {} },
        ];
        for (const request of denied) {
            expect(await invokeFunction(orchestration, request), JSON.stringify(request)).to.equal(
                "ImplicitlyDenied",
            );
        }
    });
});
