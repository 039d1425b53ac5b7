import { expect } from "chai";
import { ArgumentError } from "../../../components/iam/argumentError";
import { MANAGED_POLICY_MAX } from "../../../components/iam/limits";
import { IdentityStatement, policySize, statement } from "../../../components/iam/policyDocument";
import { packPolicies } from "../../../components/iam/policyPacking";

const kbs = (n: number, from = 0) =>
    Array.from(
        { length: n },
        (_, i) =>
            `arn:aws:bedrock:us-east-1:123456789012:knowledge-base/KB${String(i + from).padStart(8, "0")}`,
    );
const retrieve = (resources: string[]) =>
    statement<IdentityStatement>({
        Sid: "RetrieveFromKnowledgeBases",
        Effect: "Allow",
        Action: ["bedrock:Retrieve"],
        Resource: resources,
    });
const invoke = statement<IdentityStatement>({
    Sid: "InvokeFoundationModels",
    Effect: "Allow",
    Action: ["bedrock:InvokeModel"],
    Resource: ["arn:aws:bedrock:us-east-1::foundation-model/m.a"],
});
const ENV = { partition: "aws", account: "123456789012", region: "us-east-1" };
const limits = { inlineMax: 10240, managedMax: MANAGED_POLICY_MAX.value, managedPoliciesMax: 10 };
const argumentOf = (sid: string) => `the argument of ${sid}`;

describe("policyPacking", () => {
    it("keeps everything inline while it fits IAM's 10,240 inline characters", () => {
        const packed = packPolicies([invoke, retrieve(kbs(100))], limits, ENV, argumentOf);
        expect(packed.managed).to.deep.equal([]);
        expect(packed.inline.Statement).to.have.length(2);
        expect(policySize(packed.inline)).to.be.at.most(10240);
    });

    it("spills a statement that does not fit inline into managed policies of at most 6,144 characters each", () => {
        const packed = packPolicies([invoke, retrieve(kbs(400))], limits, ENV, argumentOf);
        expect(packed.inline.Statement.map((s) => s.Sid)).to.deep.equal(["InvokeFoundationModels"]);
        expect(packed.managed.length).to.be.within(4, 8);
        for (const part of packed.managed) {
            expect(policySize(part.document)).to.be.at.most(MANAGED_POLICY_MAX.value);
        }
        const granted = packed.managed.flatMap((part) => part.document.Statement[0].Resource);
        expect(granted.sort()).to.deep.equal(kbs(400));
    });

    it("changes exactly one managed policy when one knowledge base is added", () => {
        const before = packPolicies([invoke, retrieve(kbs(400))], limits, ENV, argumentOf).managed;
        const after = packPolicies(
            [invoke, retrieve([...kbs(400), ...kbs(1, 9000)])],
            limits,
            ENV,
            argumentOf,
        ).managed;
        expect(after.map((p) => p.key)).to.deep.equal(before.map((p) => p.key));
        const changed = after.filter((part, i) => JSON.stringify(part) !== JSON.stringify(before[i]));
        expect(changed).to.have.length(1);
    });

    it("packs the same input the same way every time, whatever the order of a statement's resources", () => {
        const a = packPolicies([invoke, retrieve(kbs(400))], limits, ENV, argumentOf);
        // Written without statement(), which would sort the list before the packer sees it.
        const reversed: IdentityStatement = { ...retrieve(kbs(400)), Resource: kbs(400).reverse() };
        expect(reversed.Resource[0]).to.equal(kbs(400)[399]);
        const b = packPolicies([invoke, reversed], limits, ENV, argumentOf);
        expect(JSON.stringify(b)).to.equal(JSON.stringify(a));
    });

    it("never splits a statement's condition values, naming its argument when it cannot fit a managed policy", () => {
        const secrets = Array.from(
            { length: 300 },
            (_, i) => `arn:aws:secretsmanager:us-east-1:123456789012:secret:s${i}-AbC123`,
        );
        const big = statement<IdentityStatement>({
            Sid: "AssociateThirdPartyKnowledgeBases",
            Effect: "Allow",
            Action: ["bedrock:AssociateThirdPartyKnowledgeBase"],
            Resource: ["*"],
            Condition: { StringEquals: { "bedrock:ThirdPartyKnowledgeBaseCredentialsSecretArn": secrets } },
        });
        expect(() => packPolicies([invoke, big], limits, ENV, argumentOf)).to.throw(
            ArgumentError,
            /^the argument of AssociateThirdPartyKnowledgeBases: statement AssociateThirdPartyKnowledgeBases alone is \d+ characters, over the 6144 of a managed policy, and only its resources may be split/,
        );
    });

    it("never leaves the inline policy empty, which IAM would reject", () => {
        const packed = packPolicies([retrieve(kbs(400))], limits, ENV, argumentOf);
        expect(packed.inline.Statement).to.have.length(1);
    });

    it("refuses, naming the quota, when more managed policies are needed than allowed", () => {
        expect(() =>
            packPolicies([invoke, retrieve(kbs(400))], { ...limits, managedPoliciesMax: 2 }, ENV, argumentOf),
        ).to.throw(
            ArgumentError,
            /^quotas\.managedPoliciesPerRole: the identity policy needs \d+ managed policies.*at most 2/,
        );
    });

    it("lays the policies out the same way in every partition and region, so the layout is known before the provider answers", () => {
        const gov = { partition: "aws-us-gov", account: "123456789012", region: "us-gov-west-1" };
        const inGov = (arns: string[]) =>
            arns.map((arn) =>
                arn.replace("arn:aws:bedrock:us-east-1:", "arn:aws-us-gov:bedrock:us-gov-west-1:"),
            );
        const commercial = packPolicies([invoke, retrieve(kbs(400))], limits, ENV, argumentOf).managed;
        const govCloud = packPolicies([invoke, retrieve(inGov(kbs(400)))], limits, gov, argumentOf).managed;
        expect(govCloud.map((p) => p.key)).to.deep.equal(commercial.map((p) => p.key));
        expect(govCloud.map((p) => p.document.Statement[0].Resource)).to.deep.equal(
            commercial.map((p) => inGov(p.document.Statement[0].Resource)),
        );
    });
});
