// What a careless or hostile extra statement cannot do: name a condition key IAM does not define,
// reach a bucket of another account, or hide a resource behind characters that look alike.
import { expect } from "chai";
import { minimalArgs } from "../../support/fixtures";
import { plan, planFailure, PlainArgs } from "../../support/plan";

type Extra = NonNullable<PlainArgs["extraStatements"]>[number];
const withExtra = (...extra: Extra[]) => ({ ...minimalArgs(), extraStatements: extra });
const extraOf = (...extra: Extra[]) => plan(withExtra(...extra)).inlinePolicy.Statement.slice(1);
const failure = (...extra: Extra[]) => planFailure(withExtra(...extra));
const REPORTS = "arn:aws:s3:::reports/2026/*";
const read = (more: Partial<Extra> = {}): Extra => ({
    sid: "ReadReports",
    actions: ["s3:GetObject"],
    resources: [REPORTS],
    ...more,
});

describe("capability: extra statements, checked against what they could be turned into", () => {
    it("refuses a condition key IAM does not define, since a missing key makes a negated operator true", () => {
        const misspelt = failure(
            read({ conditions: [{ operator: "StringNotEquals", key: "aws:ResourceAcount", values: ["1"] }] }),
        );
        expect(misspelt.argument).to.equal("extraStatements[0].conditions[0].key");
        expect(misspelt.problem).to.match(
            /"aws:ResourceAcount" is not a condition key IAM defines for these actions/,
        );
    });

    it("refuses another service's condition key, and takes global, tag and the actions' own keys", () => {
        expect(
            failure({
                sid: "ReadOrders",
                actions: ["dynamodb:GetItem"],
                resources: ["arn:aws:dynamodb:us-east-1:123456789012:table/orders"],
                conditions: [{ operator: "StringLike", key: "s3:prefix", values: ["a"] }],
            }).argument,
        ).to.equal("extraStatements[0].conditions[0].key");
        const keys = [
            "aws:PrincipalTag/team",
            "aws:ResourceTag/project",
            "s3:ExistingObjectTag/level",
            "aws:SourceIp",
        ];
        for (const key of keys) {
            const operator = key === "aws:SourceIp" ? "IpAddress" : "StringEquals";
            expect(
                extraOf(read({ conditions: [{ operator, key, values: ["10.0.0.0/8"] }] })),
                key,
            ).to.have.length(1);
        }
    });

    it("holds an S3 statement that allows to the agent's account, unless the user states the account", () => {
        expect(extraOf(read())[0].Condition).to.deep.equal({
            StringEquals: { "aws:ResourceAccount": ["123456789012"] },
        });
        const stated = [{ operator: "StringEquals", key: "aws:ResourceAccount", values: ["210987654321"] }];
        expect(extraOf(read({ conditions: stated }))[0].Condition).to.deep.equal({
            StringEquals: { "aws:ResourceAccount": ["210987654321"] },
        });
        expect(extraOf(read({ effect: "Deny" }))[0].Condition).to.equal(undefined);
    });

    it("refuses S3 actions beside other services' in one statement", () => {
        expect(
            failure(read({ actions: ["s3:GetObject", "dynamodb:GetItem"], resources: ["*"] })).argument,
        ).to.match(/^extraStatements\[0\]\.(actions|resources\[0\])$/);
    });

    it("refuses a bucket that is a pattern or a name S3 refuses", () => {
        for (const bucket of ["reports-*", "rep?rts", "Reports", "a..b"]) {
            const refused = failure(read({ resources: [`arn:aws:s3:::${bucket}/2026/*`] }));
            expect(refused.argument, bucket).to.equal("extraStatements[0].resources[0]");
            expect(refused.problem, bucket).to.match(/^bucket /);
        }
    });

    it("refuses white space, characters that only look like ASCII, and an account field that is not 12 digits", () => {
        const table = "arn:aws:dynamodb:us-east-1:123456789012:table/orders";
        for (const resource of [
            ` ${table}`,
            `${table} `,
            table.replace("orders", "оrders"),
            "arn:aws:dynamodb:us-east-1:aws:table/orders",
        ]) {
            const refused = failure({
                sid: "ReadOrders",
                actions: ["dynamodb:GetItem"],
                resources: [resource],
            });
            expect(refused.argument, resource).to.equal("extraStatements[0].resources[0]");
        }
    });

    it("matches actions without case, as IAM does, and writes them in IAM's spelling", () => {
        expect(
            extraOf({
                sid: "ReadOrders",
                actions: ["DYNAMODB:getitem"],
                resources: ["arn:aws:dynamodb:us-east-1:123456789012:table/orders"],
            })[0].Action,
        ).to.deep.equal(["dynamodb:GetItem"]);
    });
});
