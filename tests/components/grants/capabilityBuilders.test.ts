// The three capability shapes many capabilities share, each built once: fixed actions on named
// resources; actions on S3 objects of the role's account; a KMS key's statements with their
// key-policy twins.
import { expect } from "chai";
import { keyStatements } from "../../../components/grants/keyStatements";
import { namedResources } from "../../../components/grants/namedResources";
import { s3Objects } from "../../../components/grants/s3Objects";
import type { CapabilityGrants, GrantContext } from "../../../components/grants/grant";
import type { ArnRule } from "../../../components/iam/arn";
import { argumentErrorFrom } from "../../support/argumentErrors";

const CONTEXT: GrantContext = {
    environment: { partition: "aws", account: "123456789012", region: "us-east-1" },
    servicePrincipal: "bedrock.amazonaws.com",
    sourceArns: ["arn:aws:bedrock:us-east-1:123456789012:agent/*"],
    sourceIds: [],
    roleArn: "arn:aws:iam::123456789012:role/support",
    subject: "the agent",
};
const THING: ArnRule = {
    service: "bedrock",
    resourcePrefix: "prompt/",
    resource: /^[0-9A-Z]{10}$/,
    scope: "regional",
    exampleResource: "PROMPT1234",
};

describe("capability builders", () => {
    it("named resources: the actions on exactly the resources named, by id or ARN, sorted and once each; nothing for an empty list; an error naming the item", () => {
        const capability = namedResources<{ things?: string[] }>({
            argument: "things",
            rule: THING,
            sid: "GetThings",
            actions: ["bedrock:GetPrompt"],
        });
        const grants = capability.grant(
            {
                things: [
                    "PROMPTBBBB",
                    "arn:aws:bedrock:us-east-1:123456789012:prompt/PROMPTAAAA",
                    "PROMPTBBBB",
                ],
            },
            CONTEXT,
        ) as CapabilityGrants;
        expect(grants.identity).to.deep.equal([
            {
                Sid: "GetThings",
                Effect: "Allow",
                Action: ["bedrock:GetPrompt"],
                Resource: [
                    "arn:aws:bedrock:us-east-1:123456789012:prompt/PROMPTAAAA",
                    "arn:aws:bedrock:us-east-1:123456789012:prompt/PROMPTBBBB",
                ],
            },
        ]);
        expect((capability.grant({ things: [] }, CONTEXT) as CapabilityGrants).identity).to.deep.equal([]);
        expect(
            argumentErrorFrom(() => capability.grant({ things: ["PROMPTAAAA", "*"] }, CONTEXT)).argument,
        ).to.equal("things[1]");
    });

    it("S3 objects: the actions on exactly the objects named, held to the role's account", () => {
        const capability = s3Objects<{ files?: unknown[] }>({
            argument: "files",
            example: "[]",
            sid: "ReadFiles",
            actions: ["s3:GetObject"],
        });
        const grants = capability.grant(
            { files: [{ bucket: "agent-files", key: "a.csv" }] },
            CONTEXT,
        ) as CapabilityGrants;
        expect(grants.identity[0].Resource).to.deep.equal(["arn:aws:s3:::agent-files/a.csv"]);
        expect(grants.identity[0].Condition).to.deep.equal({
            StringEquals: { "aws:ResourceAccount": ["123456789012"] },
        });
        expect(
            argumentErrorFrom(() => capability.grant({ files: [{ bucket: "agent-files" }] }, CONTEXT))
                .argument,
        ).to.equal("files[0]");
    });

    it("KMS keys: each use's statement for the role or the callers, and its key-policy twin naming the role or the service, with the use's actions and conditions unless the twin says otherwise", () => {
        const key = { id: "k", arn: "arn:aws:kms:us-east-1:123456789012:key/k" };
        const condition = { StringEquals: { "kms:ViaService": ["bedrock.us-east-1.amazonaws.com"] } };
        const grants = keyStatements(
            key,
            [
                {
                    sid: "Use",
                    actions: ["kms:Decrypt"],
                    condition,
                    to: "role",
                    keyPolicy: { principal: "role", sid: "RoleUse" },
                },
                {
                    sid: "Call",
                    actions: ["kms:GenerateDataKey"],
                    to: "callers",
                    keyPolicy: { principal: "service", sid: "ServiceUse", actions: ["kms:Encrypt"] },
                },
            ],
            CONTEXT,
        );
        expect(grants.identity.map((s) => s.Sid)).to.deep.equal(["Use"]);
        expect(grants.callers?.map((s) => s.Sid)).to.deep.equal(["Call"]);
        const [roleTwin, serviceTwin] = grants.keyPolicy.map((k) => k.statement);
        expect(roleTwin).to.deep.equal({
            Sid: "RoleUse",
            Effect: "Allow",
            Principal: { AWS: CONTEXT.roleArn },
            Action: ["kms:Decrypt"],
            Resource: [key.arn],
            Condition: condition,
        });
        expect(serviceTwin.Principal).to.deep.equal({ Service: "bedrock.amazonaws.com" });
        expect(serviceTwin.Action).to.deep.equal(["kms:Encrypt"]);
        expect(serviceTwin.Condition).to.equal(undefined);
    });
});
