import { expect } from "chai";
import { ArgumentError } from "../../../components/iam/argumentError";
import { quotaLimits } from "../../../components/iam/quotas";
import { minimalArgs } from "../../support/fixtures";
import { plan } from "../../support/plan";

const agents = (n: number) => Array.from({ length: n }, (_, i) => `AGENT${String(i).padStart(5, "0")}`);

describe("quotas", () => {
    it("uses AWS's default quotas unless raised ones are given", () => {
        expect(quotaLimits(undefined)).to.deep.equal({
            inlineMax: 10240,
            managedMax: 6144,
            managedPoliciesMax: 10,
            trustPolicyMax: 2048,
        });
        expect(quotaLimits({ trustPolicySize: 4096, managedPoliciesPerRole: 20 })).to.include({
            trustPolicyMax: 4096,
            managedPoliciesMax: 20,
        });
    });

    it("refuses a raised quota above IAM's ceiling, or a trust policy quota below IAM's default", () => {
        expect(() => quotaLimits({ trustPolicySize: 5000 })).to.throw(
            ArgumentError,
            /^quotas\.trustPolicySize: 5000/,
        );
        expect(() => quotaLimits({ trustPolicySize: 1024 })).to.throw(
            ArgumentError,
            /below the minimum of 2048/,
        );
        expect(() => quotaLimits({ managedPoliciesPerRole: 21 })).to.throw(
            ArgumentError,
            /^quotas\.managedPoliciesPerRole/,
        );
    });

    it("accepts no managed policy at all, for a role whose managed policy slots are taken", () => {
        expect(quotaLimits({ managedPoliciesPerRole: 0 }).managedPoliciesMax).to.equal(0);
    });

    it("refuses a trust policy over 2,048 characters by default, naming agentIds, and accepts it under a raised quota", () => {
        expect(() => plan({ ...minimalArgs(), agentIds: agents(40) })).to.throw(
            ArgumentError,
            /^agentIds: .*over the limit of 2048/,
        );
        expect(
            plan({ ...minimalArgs(), agentIds: agents(40), quotas: { trustPolicySize: 4096 } }).trustPolicy
                .Statement,
        ).to.have.length(1);
    });

    it("warns when the permissions of one shared function approach Lambda's 20 KB resource-policy limit", () => {
        const shared = { ...minimalArgs(), actionGroups: [{ name: "orders", lambdaFunction: "orders" }] };
        expect(plan({ ...shared, agentIds: agents(10) }).warnings).to.deep.equal([]);
        const crowded = plan({ ...shared, agentIds: agents(45), quotas: { trustPolicySize: 4096 } });
        expect(crowded.warnings).to.have.length(1);
        expect(crowded.warnings[0]).to.match(
            /function:orders would hold \d+ bytes from 45 permissions.*20480/,
        );
    });
});
