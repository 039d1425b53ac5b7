import { expect } from "chai";
import { minimalArgs } from "../support/fixtures";
import { plan, PlainArgs, planFailure } from "../support/plan";

const agents = (n: number) => Array.from({ length: n }, (_, i) => `AGENT${String(i).padStart(5, "0")}`);
const schema = (bucket: string, key = "orders.json"): PlainArgs => ({
    ...minimalArgs(),
    actionGroups: [{ name: "orders", apiSchema: { bucket, key } }],
});

describe("boundary: limits AWS enforces are errors before anything is created", () => {
    it("refuses permissions that alone take one function's policy over Lambda's 20 KB, naming the function, the limit and the fix", () => {
        const error = planFailure({
            ...minimalArgs(),
            agentIds: agents(60),
            quotas: { trustPolicySize: 4096 },
            actionGroups: [{ name: "orders", lambdaFunction: "orders" }],
        });
        expect(error.argument).to.equal("actionGroups[0].lambdaFunction");
        expect(error.message).to.match(
            /function:orders would hold \d+ bytes from 60 permissions of this role alone, over Lambda's fixed limit of 20480; give the action groups their own functions, or pin fewer agents/,
        );
    });

    it("counts two action groups that share a function together against its 20 KB", () => {
        const shared = (n: number) =>
            plan({
                ...minimalArgs(),
                agentIds: agents(n),
                quotas: { trustPolicySize: 4096 },
                actionGroups: [
                    { name: "orders", lambdaFunction: "shared" },
                    { name: "tickets", lambdaFunction: "shared" },
                ],
            });
        expect(shared(22).warnings).to.have.length(1);
        expect(() => shared(30)).to.throw(/over Lambda's fixed limit of 20480/);
    });

    for (const [bucket, rule] of [
        ["ab", /3 to 63 characters/],
        ["Agent-Schemas", /lowercase letters, digits, periods and hyphens/],
        ["-schemas", /begin and end with a letter or digit/],
        ["agent..schemas", /two adjacent periods/],
        ["192.168.5.4", /IP address/],
        ["xn--schemas", /must not begin with xn--/],
        ["schemas-s3alias", /must not end with -s3alias/],
    ] as const) {
        it(`refuses the bucket name "${bucket}", which S3 would refuse`, () => {
            expect(planFailure(schema(bucket)).message).to.match(rule);
        });
    }

    it("counts an object key's 1,024 bytes in UTF-8, not in characters", () => {
        expect(planFailure(schema("agent-schemas", "é".repeat(600))).message).to.match(/1 to 1024 bytes/);
    });

    it("gives two roles whose name suffixes differ only in punctuation different statement ids on a shared function", () => {
        const statementId = (roleNameSuffix: string) =>
            plan({
                ...minimalArgs(),
                roleNameSuffix,
                actionGroups: [{ name: "orders", lambdaFunction: "shared" }],
            }).lambdaPermissions[0].statementId;
        expect(statementId("support.prod")).to.not.equal(statementId("support,prod"));
        expect(statementId("support.prod")).to.match(/^[a-zA-Z0-9_-]{1,100}$/);
    });

    it("says a raised quota is above IAM's ceiling, not that it is not a whole number", () => {
        expect(planFailure({ ...minimalArgs(), quotas: { trustPolicySize: 5000 } }).message).to.equal(
            "quotas.trustPolicySize: 5000 characters is above the maximum of 4096. Example of a valid value: 4096",
        );
        expect(planFailure({ ...minimalArgs(), quotas: { trustPolicySize: 2048.5 } }).problem).to.equal(
            "2048.5 is not a whole number",
        );
    });

    it("shows, for too many managed policies, an example within IAM's ceiling", () => {
        const kbs = Array.from({ length: 2000 }, (_, i) => `KB${String(i).padStart(8, "0")}`);
        const error = planFailure({ ...minimalArgs(), knowledgeBases: kbs });
        expect(error.argument).to.equal("quotas.managedPoliciesPerRole");
        expect(error.example).to.equal("at most 20, with fewer resources granted");
    });
});
