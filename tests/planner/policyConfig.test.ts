// --policy-config: the offline plan reads the policy configuration Pulumi's CLI and policy groups
// take (https://www.pulumi.com/docs/using-pulumi/crossguard/configuration: a level per policy, as
// a string or an object's enforcementLevel, and `all` for every policy), checking every key.
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parsePolicyConfig, readPolicyConfig } from "../../planner/policyConfig";
import { AGENT_IAM_RULES } from "../../policies/agentIamRules";

const parse = (config: unknown) => parsePolicyConfig("policy-config.json", JSON.stringify(config));
const ruleIds = AGENT_IAM_RULES.map((rule) => rule.id);

describe("planner: --policy-config", () => {
    it("takes a rule's level as a string or an object's enforcementLevel, with the resources it exempts", () => {
        expect(
            parse({
                "agent-iam-pass-role": "disabled",
                "agent-iam-unknown-names": {
                    enforcementLevel: "advisory",
                    exemptResources: ["legacy-policy"],
                },
            }),
        ).to.deep.equal({
            "agent-iam-pass-role": { enforcementLevel: "disabled" },
            "agent-iam-unknown-names": { enforcementLevel: "advisory", exemptResources: ["legacy-policy"] },
        });
        expect(parse({ "agent-iam-pass-role": { exemptResources: ["ci-deployer"] } })).to.deep.equal({
            "agent-iam-pass-role": { exemptResources: ["ci-deployer"] },
        });
        expect(parse({})).to.deep.equal({});
    });

    it("sets every rule's level with `all`, which a rule's own level overrides, as Pulumi applies them", () => {
        const settings = parse({ all: "advisory", "agent-iam-pass-role": { exemptResources: ["ci"] } });
        expect(Object.keys(settings)).to.deep.equal(ruleIds);
        expect(settings["agent-iam-pass-role"]).to.deep.equal({
            enforcementLevel: "advisory",
            exemptResources: ["ci"],
        });
        expect(settings["agent-iam-unknown-names"]).to.deep.equal({ enforcementLevel: "advisory" });
        expect(
            parse({ all: { enforcementLevel: "disabled" }, "agent-iam-pass-role": "mandatory" }),
        ).to.deep.include({
            "agent-iam-pass-role": { enforcementLevel: "mandatory" },
            "agent-iam-unknown-names": { enforcementLevel: "disabled" },
        });
    });

    it("refuses a rule id the pack does not have, naming it and the closest id, or every id when none is close", () => {
        expect(() => parse({ "agent-iam-passrole": "disabled" })).to.throw(
            '--policy-config: policy-config.json: "agent-iam-passrole" is not a rule of the pack; did you mean agent-iam-pass-role?',
        );
        expect(() => parse({ "s3-no-public-read": "disabled" })).to.throw(
            `"s3-no-public-read" is not a rule of the pack (one of ${ruleIds.join(", ")})`,
        );
    });

    it("refuses a level the pack's rules do not take, a field a rule does not take, and exemptions that are not names", () => {
        expect(() => parse({ "agent-iam-pass-role": "remediate" })).to.throw(
            '"agent-iam-pass-role" has the enforcement level "remediate"; the pack\'s rules take advisory, mandatory, disabled',
        );
        expect(() => parse({ "agent-iam-pass-role": { enforcementlevel: "advisory" } })).to.throw(
            '"agent-iam-pass-role" has "enforcementlevel", which it does not take; did you mean enforcementLevel?',
        );
        expect(() => parse({ all: { exemptResources: ["ci"] } })).to.throw(
            '"all" has "exemptResources", which it does not take (one of enforcementLevel)',
        );
        expect(() => parse({ "agent-iam-pass-role": { exemptResources: "ci" } })).to.throw(
            '"agent-iam-pass-role".exemptResources is "ci", not a list of resource names',
        );
        expect(() => parse({ "agent-iam-pass-role": 1 })).to.throw(
            '"agent-iam-pass-role" is 1, not a level or an object',
        );
        expect(() => parse(["agent-iam-pass-role"])).to.throw("is not an object of rule ids");
        expect(() => parsePolicyConfig("policy-config.json", "{ oops")).to.throw(
            "--policy-config: policy-config.json: is not JSON",
        );
    });

    it("reads the file, and names --policy-config when there is none", () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), "policy-config-"));
        const file = path.join(folder, "policy-config.json");
        fs.writeFileSync(file, '{ "agent-iam-pass-role": "advisory" }');
        expect(readPolicyConfig(file)).to.deep.equal({
            "agent-iam-pass-role": { enforcementLevel: "advisory" },
        });
        expect(() => readPolicyConfig(path.join(folder, "missing.json"))).to.throw(
            /^--policy-config: .*missing\.json: is not a file\. Example of a valid value: --policy-config policy-config\.json/,
        );
    });
});
