import { expect } from "chai";
import { minimalArgs } from "../../support/fixtures";
import { plan, planFailure, PlainArgs } from "../../support/plan";

const TABLE = "arn:aws:dynamodb:us-east-1:123456789012:table/orders";
type Extra = NonNullable<PlainArgs["extraStatements"]>[number];
const withExtra = (...extra: Extra[]) => ({ ...minimalArgs(), extraStatements: extra });
const extraOf = (...extra: Extra[]) => plan(withExtra(...extra)).inlinePolicy.Statement.slice(1);
const failure = (...extra: Extra[]) => planFailure(withExtra(...extra));

describe("capability: extra statements", () => {
    it("writes the statement with IAM's spelling of each action, its resources and conditions", () => {
        expect(
            extraOf({
                sid: "ReadOrders",
                actions: ["dynamodb:query", "dynamodb:GetItem"],
                resources: [TABLE],
                conditions: [{ operator: "StringEquals", key: "aws:ResourceTag/team", values: ["support"] }],
            }),
        ).to.deep.equal([
            {
                Sid: "ReadOrders",
                Effect: "Allow",
                Action: ["dynamodb:GetItem", "dynamodb:Query"],
                Resource: [TABLE],
                Condition: { StringEquals: { "aws:ResourceTag/team": ["support"] } },
            },
        ]);
    });

    it("refuses an action IAM does not define and a wildcard action, naming the action", () => {
        expect(failure({ sid: "A", actions: ["dynamodb:GetItems"], resources: [TABLE] }).message).to.match(
            /^extraStatements\[0\]\.actions\[0\]: "dynamodb:GetItems" is not an action IAM defines/,
        );
        expect(
            failure({ sid: "A", actions: ["dynamodb:GetItem", "dynamodb:*"], resources: [TABLE] }).message,
        ).to.match(/^extraStatements\[0\]\.actions\[1\]: "dynamodb:\*" is a wildcard/);
        expect(failure({ sid: "A", actions: ["*"], resources: ["*"] }).argument).to.equal(
            "extraStatements[0].actions[0]",
        );
    });

    it('refuses "*" where the actions take a resource, and an ARN where they take only "*"', () => {
        expect(failure({ sid: "A", actions: ["dynamodb:GetItem"], resources: ["*"] }).message).to.match(
            /^extraStatements\[0\]\.resources\[0\]: is "\*" but the actions take resources/,
        );
        expect(failure({ sid: "A", actions: ["dynamodb:ListTables"], resources: [TABLE] }).argument).to.equal(
            "extraStatements[0].resources[0]",
        );
        expect(
            extraOf({ sid: "A", actions: ["dynamodb:ListTables"], resources: ["*"] })[0].Resource,
        ).to.deep.equal(["*"]);
        expect(
            failure({ sid: "A", actions: ["dynamodb:GetItem", "dynamodb:ListTables"], resources: [TABLE] })
                .message,
        ).to.match(/^extraStatements\[0\]\.actions: mixes dynamodb:ListTables/);
    });

    it("refuses a resource of another type, partition, region or account, or all of a type; lets a wildcard narrow within one", () => {
        const refused = [
            "arn:aws:dynamodb:eu-west-1:123456789012:table/orders",
            "arn:aws:dynamodb:us-east-1:210987654321:table/orders",
            "arn:aws:s3:::reports/a.csv",
            "arn:aws-cn:dynamodb:us-east-1:123456789012:table/orders",
            "arn:aws:dynamodb:*:123456789012:table/orders",
            "arn:aws:dynamodb:us-east-1:*:table/orders",
            "arn:aws:dynamodb:us-east-1:123456789012:table/*",
            "arn:aws:dynamodb:us-east-1:123456789012:table/${aws:username}",
            "orders",
        ];
        for (const resource of refused) {
            const error = failure({ sid: "A", actions: ["dynamodb:GetItem"], resources: [TABLE, resource] });
            expect(error.argument, resource).to.equal("extraStatements[0].resources[1]");
        }
        expect(
            failure({ sid: "A", actions: ["dynamodb:GetItem"], resources: ["orders"] }).message,
        ).to.include("Example of a valid value: arn:aws:dynamodb:us-east-1:123456789012:table/${TableName}");
        expect(
            extraOf({ sid: "A", actions: ["s3:GetObject"], resources: ["arn:aws:s3:::reports/2026/*"] })[0]
                .Resource,
        ).to.deep.equal(["arn:aws:s3:::reports/2026/*"]);
    });

    it('takes a Deny, which may be "*" as it only narrows what the role may do', () => {
        expect(
            extraOf({ sid: "NoDeletes", effect: "Deny", actions: ["s3:DeleteObject"], resources: ["*"] })[0],
        ).to.deep.equal({ Sid: "NoDeletes", Effect: "Deny", Action: ["s3:DeleteObject"], Resource: ["*"] });
        expect(
            failure({ sid: "A", effect: "allow", actions: ["s3:GetObject"], resources: ["*"] }).argument,
        ).to.equal("extraStatements[0].effect");
    });

    it("refuses an id the component writes, a repeated id, an id IAM would refuse, and an unknown condition operator", () => {
        const read = { actions: ["s3:GetObject"], resources: ["arn:aws:s3:::reports/a.csv"] };
        expect(failure({ sid: "InvokeFoundationModels", ...read }).message).to.match(
            /^extraStatements\[0\]\.sid: "InvokeFoundationModels" is the id of a statement the component writes/,
        );
        expect(failure({ sid: "Read", ...read }, { sid: "Read", ...read }).argument).to.equal(
            "extraStatements[1].sid",
        );
        expect(failure({ sid: "Read-1", ...read }).argument).to.equal("extraStatements[0].sid");
        expect(
            failure({
                sid: "Read",
                ...read,
                conditions: [{ operator: "StringEqual", key: "aws:SourceIp", values: ["x"] }],
            }).argument,
        ).to.equal("extraStatements[0].conditions[0].operator");
        expect(failure({ sid: "Read", ...read, extra: true } as Extra).argument).to.equal(
            "extraStatements[0].extra",
        );
    });
});
