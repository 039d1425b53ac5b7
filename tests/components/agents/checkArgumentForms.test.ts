import { expect } from "chai";
import { ArgumentError } from "../../../components/iam/argumentError";
import { checkArgumentForms } from "../../../components/agents/agentPermissionsPlan";
import { componentShape } from "../../../components/agents/componentShape";
import type { PlainArgs } from "../../support/plan";
import { fullArgs, minimalArgs } from "../../support/fixtures";

describe("checkArgumentForms, run before the provider's environment is known", () => {
    const source = { project: "agents", stack: "test", componentName: "support-agent" };
    const checkForms = (args: PlainArgs) => checkArgumentForms(args, source, componentShape(args, source));
    it("accepts well-formed ARNs of any partition, region and account, which only the plan can judge", () => {
        expect(() =>
            checkForms({
                ...fullArgs(),
                knowledgeBases: ["arn:aws-cn:bedrock:cn-north-1:210987654321:knowledge-base/KB12345678"],
                permissionsBoundary: "arn:aws-us-gov:iam::210987654321:policy/Boundary",
            }),
        ).to.not.throw();
    });
    it("refuses what is malformed whatever the environment, with sample values in the example", () => {
        expect(() => checkForms({ ...minimalArgs(), customerEncryptionKey: "alias/agents" })).to.throw(
            ArgumentError,
            /^customerEncryptionKey: .*arn:aws:kms:us-east-1:123456789012:key\//,
        );
        expect(() => checkForms({ ...minimalArgs(), region: "europe" })).to.throw(ArgumentError, /^region:/);
        expect(() => checkForms({ ...minimalArgs(), quotas: { managedPoliciesPerRole: 50 } })).to.throw(
            ArgumentError,
            /^quotas\.managedPoliciesPerRole:/,
        );
        expect(() => checkForms({ ...minimalArgs(), roleNameSuffix: "x".repeat(40) })).to.throw(
            ArgumentError,
            /^roleNameSuffix:/,
        );
    });
});
