import { expect } from "chai";
import { minimalArgs } from "../../../support/fixtures";
import { plan, planFailure } from "../../../support/plan";

const KEY = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

describe("capability: the agent's customer-managed key", () => {
    it("accepts the key by id or ARN, and grants the same key either way", () => {
        const byId = plan({
            ...minimalArgs(),
            customerEncryptionKey: "1234abcd-12ab-34cd-56ef-1234567890ab",
        });
        const byArn = plan({ ...minimalArgs(), customerEncryptionKey: KEY });
        expect(byArn.inlinePolicy).to.deep.equal(byId.inlinePolicy);
        expect(byId.inlinePolicy.Statement[1].Resource).to.deep.equal([KEY]);
    });

    it("refuses a KMS alias, since IAM authorizes KMS requests against the key", () => {
        expect(planFailure({ ...minimalArgs(), customerEncryptionKey: "alias/agents" }).message).to.match(
            /^customerEncryptionKey: .*alias/,
        );
        expect(planFailure({ ...minimalArgs(), customerEncryptionKey: "not-a-key" }).argument).to.equal(
            "customerEncryptionKey",
        );
    });
});
