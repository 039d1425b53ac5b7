import { expect } from "chai";
import { ACCOUNT, AGENT, asRole, fullPlan, KEY, pinnedPlan } from "../support/iamEvaluation";

import type { AgentPermissionsPlan } from "../../components/agents/agentPermissionsPlan";

const full = fullPlan();
const pinned = pinnedPlan();

describe("IAM evaluation (iam-simulate): customer-managed KMS key", () => {
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
    it("scopes the key to the agents' encryption context (structure asserted: the evaluator ignores kms:EncryptionContext:* keys)", () => {
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
    });
});
