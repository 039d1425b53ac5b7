import { expect } from "chai";
import { minimalArgs } from "../../../support/fixtures";
import { plan, planFailure } from "../../../support/plan";

const KEY = "arn:aws:kms:us-east-1:123456789012:key/9abcabcd-12ab-34cd-56ef-1234567890ab";

describe("capability: the agent's memory key", () => {
    it("grants the role nothing and puts the key's grants on the callers, as Bedrock uses the caller's identity", () => {
        const p = plan({ ...minimalArgs(), memoryEncryptionKey: KEY });
        expect(p.inlinePolicy).to.deep.equal(plan(minimalArgs()).inlinePolicy);
        expect(p.callerPolicy?.Statement.map((s) => s.Sid)).to.deep.equal(["UseAgentMemoryKey"]);
        expect(p.keyPolicies.map((k) => k.keyArn)).to.deep.equal([KEY]);
    });

    it("refuses an alias and a key of another region", () => {
        expect(planFailure({ ...minimalArgs(), memoryEncryptionKey: "alias/memory" }).argument).to.equal(
            "memoryEncryptionKey",
        );
        expect(
            planFailure({ ...minimalArgs(), memoryEncryptionKey: KEY.replace("us-east-1", "eu-west-1") })
                .argument,
        ).to.equal("memoryEncryptionKey");
    });
});
