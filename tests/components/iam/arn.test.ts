import { expect } from "chai";
import { ArgumentError } from "../../../components/iam/argumentError";
import { KNOWLEDGE_BASE } from "../../../components/grants/knowledgeBases";
import { FOUNDATION_MODEL } from "../../../components/grants/modelReferences";
import { checkArn, formatArn, idOrArn, parseArn } from "../../../components/iam/arn";
import { ArnScope } from "../../../components/iam/awsEnvironment";
import { S3_OBJECT } from "../../../components/grants/s3Objects";
import { LAMBDA_FUNCTION } from "../../../components/grants/lambdaFunctions";
import { IAM_ROLE } from "../../../components/iam/roleIdentity";

const env: ArnScope = {
    environment: { partition: "aws", account: "123456789012", region: "us-east-1" },
};

describe("arn", () => {
    it("parses an ARN whose resource part contains colons and formats it back unchanged", () => {
        const text = "arn:aws:lambda:us-east-1:123456789012:function:orders:prod";
        const arn = parseArn(text);
        expect(arn).to.deep.equal({
            partition: "aws",
            service: "lambda",
            region: "us-east-1",
            account: "123456789012",
            resource: "function:orders:prod",
        });
        expect(formatArn(arn!)).to.equal(text);
    });

    it("returns undefined for text that is not shaped like an ARN", () => {
        expect(parseArn("KB12345678")).to.equal(undefined);
        expect(parseArn("arn:aws:s3")).to.equal(undefined);
    });

    it("builds the ARN of a bare id in the agent's partition, region and account", () => {
        expect(idOrArn("kb", "KB12345678", KNOWLEDGE_BASE, env)).to.equal(
            "arn:aws:bedrock:us-east-1:123456789012:knowledge-base/KB12345678",
        );
        expect(idOrArn("m", "amazon.nova-pro-v1:0", FOUNDATION_MODEL, env)).to.equal(
            "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0",
        );
        expect(idOrArn("f", "orders", LAMBDA_FUNCTION, env)).to.equal(
            "arn:aws:lambda:us-east-1:123456789012:function:orders",
        );
    });

    it("rejects an ARN of another service, naming the argument and showing a valid ARN", () => {
        expect(() => checkArn("knowledgeBases[0]", "arn:aws:s3:::bucket/key", KNOWLEDGE_BASE, env))
            .to.throw(ArgumentError, /^knowledgeBases\[0\]: .*not an ARN of a bedrock knowledge-base/)
            .with.property("message")
            .that.contains("arn:aws:bedrock:us-east-1:123456789012:knowledge-base/KB12345678");
    });

    it("rejects an ARN of another resource type of the same service", () => {
        expect(() =>
            checkArn("kb", "arn:aws:bedrock:us-east-1:123456789012:agent/AGENT12345", KNOWLEDGE_BASE, env),
        ).to.throw(ArgumentError, /not an ARN of a bedrock knowledge-base/);
    });

    it("rejects an ARN in another partition, region or account, saying which field differs", () => {
        const kb = (p: string, r: string, a: string) =>
            `arn:${p}:bedrock:${r}:${a}:knowledge-base/KB12345678`;
        expect(() => checkArn("kb", kb("aws-cn", "us-east-1", "123456789012"), KNOWLEDGE_BASE, env)).to.throw(
            /has partition "aws-cn" but it must be "aws"/,
        );
        expect(() => checkArn("kb", kb("aws", "eu-west-1", "123456789012"), KNOWLEDGE_BASE, env)).to.throw(
            /has region "eu-west-1" but it must be "us-east-1"/,
        );
        expect(() => checkArn("kb", kb("aws", "us-east-1", "210987654321"), KNOWLEDGE_BASE, env)).to.throw(
            /has account "210987654321" but it must be "123456789012"/,
        );
    });

    it("requires the account field of a foundation-model ARN and the region of an S3 ARN to be empty", () => {
        expect(() =>
            checkArn(
                "m",
                "arn:aws:bedrock:us-east-1:123456789012:foundation-model/amazon.nova-pro-v1:0",
                FOUNDATION_MODEL,
                env,
            ),
        ).to.throw(/has account "123456789012" but it must be empty/);
        expect(() => checkArn("s", "arn:aws:s3:us-east-1::bucket/key", S3_OBJECT, env)).to.throw(
            /has region "us-east-1" but it must be empty/,
        );
    });

    it("rejects an empty value and a malformed id with the id and ARN forms as examples", () => {
        expect(() => idOrArn("knowledgeBases[1]", " ", KNOWLEDGE_BASE, env)).to.throw(
            /knowledgeBases\[1\]: is empty/,
        );
        expect(() => idOrArn("knowledgeBases[1]", "kb-1", KNOWLEDGE_BASE, env)).to.throw(
            /"kb-1" is neither a valid id nor an ARN.*KB12345678 or arn:aws:bedrock/,
        );
    });

    it("refuses an account in an ARN whose kind carries neither account nor region (an S3 object), and a region in one whose kind carries only the account (an IAM role)", () => {
        expect(() => checkArn("s", "arn:aws:s3::123456789012:bucket/key", S3_OBJECT, env)).to.throw(
            /has account "123456789012" but it must be empty/,
        );
        expect(() =>
            checkArn("r", "arn:aws:iam:us-east-1:123456789012:role/support-agent", IAM_ROLE, env),
        ).to.throw(/has region "us-east-1" but it must be empty/);
        expect(checkArn("r", "arn:aws:iam::123456789012:role/support-agent", IAM_ROLE, env)).to.equal(
            "support-agent",
        );
    });
});
