import { expect } from "chai";
import { ArgumentError } from "../../../components/iam/argumentError";
import { renderPolicy } from "../../../components/iam/policyDocument";
import { minimalArgs } from "../../support/fixtures";
import { plan } from "../../support/plan";

const ACCOUNT = "123456789012";

describe("awsEnvironment: the agent's partition, account and region", () => {
    it("writes every ARN in the GovCloud partition when the provider is in aws-us-gov", () => {
        const gov = { partition: "aws-us-gov", account: ACCOUNT, region: "us-gov-west-1" };
        const p = plan({ ...minimalArgs(), knowledgeBases: ["KBPRODUCTS"] }, gov);
        const text = renderPolicy(p.inlinePolicy) + renderPolicy(p.trustPolicy);
        expect(text).to.include("arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/");
        expect(text).to.include(
            "arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:knowledge-base/KBPRODUCTS",
        );
        expect(text).to.include("arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:agent/*");
        expect(text).to.not.match(/arn:aws:/);
    });

    it("accepts an explicit aws-us-gov partition, account and region that agree with a GovCloud provider", () => {
        const gov = { partition: "aws-us-gov", account: ACCOUNT, region: "us-gov-west-1" };
        const p = plan(
            { ...minimalArgs(), partition: "aws-us-gov", account: ACCOUNT, region: "us-gov-east-1" },
            gov,
        );
        expect(p.environment).to.deep.equal({
            partition: "aws-us-gov",
            account: ACCOUNT,
            region: "us-gov-east-1",
        });
        expect(renderPolicy(p.trustPolicy)).to.include(
            "arn:aws-us-gov:bedrock:us-gov-east-1:123456789012:agent/*",
        );
    });

    it("writes China-partition ARNs for an aws-cn provider", () => {
        const cn = { partition: "aws-cn", account: ACCOUNT, region: "cn-north-1" };
        const text = renderPolicy(plan(minimalArgs(), cn).inlinePolicy);
        expect(text).to.include("arn:aws-cn:bedrock:cn-north-1::foundation-model/");
    });

    it("takes an explicit region over the provider's, for an agent in another region than the provider", () => {
        const p = plan({ ...minimalArgs(), region: "eu-central-1" });
        expect(p.environment.region).to.equal("eu-central-1");
        expect(p.inlinePolicy.Statement[0].Resource![0]).to.match(/^arn:aws:bedrock:eu-central-1::/);
    });

    it("refuses an explicit account or partition that contradicts the provider's, where the role is created", () => {
        expect(() => plan({ ...minimalArgs(), account: "210987654321" })).to.throw(
            ArgumentError,
            /^account: "210987654321" contradicts the provider's account "123456789012"/,
        );
        expect(() => plan({ ...minimalArgs(), partition: "aws-us-gov" })).to.throw(
            ArgumentError,
            /^partition:/,
        );
    });

    it("refuses an explicit region that is not a region's name", () => {
        expect(() => plan({ ...minimalArgs(), region: "Frankfurt" })).to.throw(
            ArgumentError,
            /^region: "Frankfurt"/,
        );
    });
});
