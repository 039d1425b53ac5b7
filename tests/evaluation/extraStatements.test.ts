import { expect } from "chai";
import { awsRequest, awsRequests } from "../support/awsRequests";
import { minimalArgs } from "../support/fixtures";
import { ACCOUNT, asRole, decideAws, OTHER_ACCOUNT } from "../support/iamEvaluation";
import { plan } from "../support/plan";

const TABLE = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`;
const withExtras = plan({
    ...minimalArgs(),
    extraStatements: [
        { sid: "ReadOrders", actions: ["dynamodb:GetItem", "dynamodb:Query"], resources: [TABLE] },
        { sid: "ReadReports", actions: ["s3:GetObject"], resources: ["arn:aws:s3:::reports/2026/*"] },
        {
            sid: "NoReportsOf2026Q4",
            effect: "Deny",
            actions: ["s3:GetObject"],
            resources: ["arn:aws:s3:::reports/2026/q4/*"],
        },
    ],
});
const report = awsRequest("extra.reports.GetObject");

describe("IAM evaluation (iam-simulate): extra statements", () => {
    it("allows exactly the actions on the resources named, and a wildcard only within the prefix given", async () => {
        for (const request of awsRequests("extra")) {
            expect(await decideAws(withExtras, request), request.name).to.equal("Allowed");
        }
    });
    it("holds S3 grants to the agent's account, as S3 ARNs carry none: a bucket of that name elsewhere is denied", async () => {
        expect(
            await asRole(withExtras, {
                ...report,
                resourceAccount: OTHER_ACCOUNT,
                context: { "aws:ResourceAccount": OTHER_ACCOUNT },
            }),
        ).to.equal("ImplicitlyDenied");
    });
    it("denies the neighbours: another action, another table, another prefix", async () => {
        const denied = [
            { action: "dynamodb:PutItem", resource: TABLE },
            { action: "dynamodb:GetItem", resource: `${TABLE}-archive` },
            { action: "s3:GetObject", resource: "arn:aws:s3:::reports/2025/q1/sales.csv" },
            { action: "s3:PutObject", resource: "arn:aws:s3:::reports/2026/q1/sales.csv" },
        ];
        for (const request of denied) {
            expect(await asRole(withExtras, request), JSON.stringify(request)).to.equal("ImplicitlyDenied");
        }
    });
    it("lets an extra Deny override what the role is otherwise allowed", async () => {
        expect(
            await asRole(withExtras, {
                action: "s3:GetObject",
                resource: "arn:aws:s3:::reports/2026/q4/sales.csv",
            }),
        ).to.equal("ExplicitlyDenied");
    });
});
