import { expect } from "chai";
import { readFileSync } from "fs";
import * as path from "path";
import { catalogAction, catalogSource, matchesArnFormat } from "../../../components/iam/actionCatalog";
import { CATALOG_FILE, catalogText } from "../../../scripts/actionCatalog";

describe("IAM action catalog (data/actionCatalog.json)", () => {
    it("is the installed Service Authorization Reference data: `npm run catalog` rewrites it when that changes", async function () {
        this.timeout(60000);
        expect(
            readFileSync(CATALOG_FILE, "utf8") === (await catalogText()),
            "data/actionCatalog.json is stale",
        ).to.equal(true);
        expect(catalogSource()).to.match(/^@cloud-copilot\/iam-data \d/);
    });

    it("finds an action without case, in IAM's spelling, with its resource types' ARN formats", () => {
        expect(catalogAction("bedrock:applyguardrail")).to.deep.equal({
            action: "bedrock:ApplyGuardrail",
            arnFormats: [
                "arn:${Partition}:bedrock:${Region}:${Account}:guardrail/${GuardrailId}",
                "arn:${Partition}:bedrock:${Region}:${Account}:guardrail-profile/${ResourceId}",
            ],
        });
        expect(catalogAction("bedrock:AssociateThirdPartyKnowledgeBase")?.arnFormats).to.deep.equal([]);
    });

    it("finds no wildcard, unknown service or malformed name", () => {
        for (const name of [
            "bedrock:*",
            "bedrock:Invoke*",
            "nosuch:GetItem",
            "bedrock",
            "bedrock:InvokeModel:x",
            "",
        ]) {
            expect(catalogAction(name), name).to.equal(undefined);
        }
    });

    it("matches an ARN to a format in the agent's partition, region and account, with a literal start to the resource name", () => {
        const table = "arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}";
        const env = { partition: "aws", region: "us-east-1", account: "123456789012" };
        expect(matchesArnFormat("arn:aws:dynamodb:us-east-1:123456789012:table/orders", table, env)).to.equal(
            true,
        );
        expect(matchesArnFormat("arn:aws:dynamodb:us-east-1:123456789012:table/ord*", table, env)).to.equal(
            true,
        );
        expect(matchesArnFormat("arn:aws:dynamodb:us-east-1:123456789012:table/*", table, env)).to.equal(
            false,
        );
        expect(
            matchesArnFormat("arn:aws:dynamodb:us-east-1:123456789012:table/orders", table, {
                ...env,
                partition: "aws-cn",
            }),
        ).to.equal(false);
        expect(
            matchesArnFormat("arn:aws:dynamodb:us-east-1:123456789012:stream/orders", table, env),
        ).to.equal(false);
    });

    it("holds every action of the privilege-escalation list, in IAM's spelling, with the pages it comes from", () => {
        const list = JSON.parse(
            readFileSync(path.resolve(__dirname, "../../../data/privilegeEscalationActions.json"), "utf8"),
        ) as { actions: { action: string; why: string; source: string }[] };
        expect(list.actions.length).to.be.greaterThan(0);
        expect(list.actions.filter(({ action }) => catalogAction(action)?.action !== action)).to.deep.equal(
            [],
        );
        expect(list.actions.filter(({ why, source }) => !why || !/^https:\/\//.test(source))).to.deep.equal(
            [],
        );
    });
});
