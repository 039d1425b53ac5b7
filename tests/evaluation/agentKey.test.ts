import { expect } from "chai";
import { policyDocument } from "../../components/iam/policyDocument";
import { awsRequest, awsRequests } from "../support/awsRequests";
import {
    ACCOUNT,
    AGENT,
    asRole,
    decideAws,
    defaultKeyPolicy,
    fullPlan,
    KEY,
    keyPolicyOf,
    pinnedPlan,
} from "../support/iamEvaluation";

import type { AgentPermissionsPlan } from "../../components/agents/agentPermissionsPlan";

const full = fullPlan();
const pinned = pinnedPlan();
const decrypt = awsRequest("agents.agentKey.role.Decrypt");

describe("IAM evaluation (iam-simulate): customer-managed KMS key", () => {
    it("allows the role's Decrypt for the agent under the key's default policy, whether every agent or this one is admitted", async () => {
        expect(await decideAws(full, decrypt, defaultKeyPolicy(KEY))).to.equal("Allowed");
        expect(await decideAws(pinned, decrypt, defaultKeyPolicy(KEY))).to.equal("Allowed");
    });
    it("lets Bedrock use the key for the agent under the key-policy statement handed out", async () => {
        const keyPolicy = policyDocument(keyPolicyOf(full, KEY) ?? []);
        for (const request of awsRequests("agents.agentKey.bedrock")) {
            expect(await decideAws(full, request, keyPolicy), request.name).to.equal("Allowed");
        }
    });
    it("denies the key without the encryption context and denies another key", async () => {
        expect(await asRole(full, { action: "kms:Decrypt", resource: KEY })).to.equal("ImplicitlyDenied");
        const otherKey = KEY.replace("1234abcd", "9999abcd");
        const context = { "kms:EncryptionContext:aws:bedrock:arn": AGENT };
        expect(await asRole(full, { action: "kms:Decrypt", resource: otherKey, context })).to.equal(
            "ImplicitlyDenied",
        );
        expect(await asRole(full, { action: "kms:Encrypt", resource: KEY, context })).to.equal(
            "ImplicitlyDenied",
        );
    });
    it("scopes the key to the agents' encryption context, the pinned agent's own once pinned", async () => {
        const kms = (p: AgentPermissionsPlan) =>
            p.inlinePolicy.Statement.find((s) => s.Sid === "UseAgentEncryptionKey")!;
        expect(kms(full).Resource).to.deep.equal([KEY]);
        expect(kms(full).Condition).to.deep.equal({
            StringLike: {
                "kms:EncryptionContext:aws:bedrock:arn": [`arn:aws:bedrock:us-east-1:${ACCOUNT}:agent/*`],
            },
        });
        expect(kms(pinned).Condition).to.deep.equal({
            StringEquals: { "kms:EncryptionContext:aws:bedrock:arn": [AGENT] },
        });
        const otherAgent = {
            ...decrypt.context,
            "kms:EncryptionContext:aws:bedrock:arn": AGENT.replace("AGENT12345", "AGENT99999"),
        };
        expect(await decideAws(pinned, { ...decrypt, context: otherAgent }, defaultKeyPolicy(KEY))).to.equal(
            "ImplicitlyDenied",
        );
    });
});
