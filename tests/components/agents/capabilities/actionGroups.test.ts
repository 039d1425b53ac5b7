import { expect } from "chai";
import { minimalArgs } from "../../../support/fixtures";
import { plan, PlainArgs, planFailure } from "../../../support/plan";

const withGroups = (actionGroups: PlainArgs["actionGroups"]): PlainArgs => ({
    ...minimalArgs(),
    actionGroups,
});
const withSchema = (apiSchema: object) => withGroups([{ name: "orders", apiSchema }]);

describe("capability: action groups", () => {
    it("grants s3:GetObject on each schema object, in a bucket of the agent's account", () => {
        const schemas = plan(
            withGroups([
                { name: "orders", apiSchema: { bucket: "agent-schemas", key: "orders.json" } },
                { name: "tickets", apiSchema: { arn: "arn:aws:s3:::agent-schemas/tickets.json" } },
            ]),
        ).inlinePolicy.Statement[1];
        expect(schemas).to.deep.equal({
            Sid: "ReadActionGroupApiSchemas",
            Effect: "Allow",
            Action: ["s3:GetObject"],
            Resource: ["arn:aws:s3:::agent-schemas/orders.json", "arn:aws:s3:::agent-schemas/tickets.json"],
            Condition: { StringEquals: { "aws:ResourceAccount": ["123456789012"] } },
        });
    });

    it("checks each function against the agent's environment, and keeps it as given for its permission", () => {
        const [permission] = plan(
            withGroups([{ name: "orders", lambdaFunction: "orders-fn" }]),
        ).lambdaPermissions;
        expect(permission.function).to.equal("orders-fn");
        expect(permission.functionArn).to.equal("arn:aws:lambda:us-east-1:123456789012:function:orders-fn");
    });

    it("refuses an action group with an invalid or repeated name, or that grants nothing", () => {
        expect(planFailure(withGroups([{ name: "bad name", lambdaFunction: "f" }])).argument).to.equal(
            "actionGroups[0].name",
        );
        const twice = [
            { name: "orders", lambdaFunction: "a" },
            { name: "orders", lambdaFunction: "b" },
        ];
        expect(planFailure(withGroups(twice)).message).to.match(
            /^actionGroups\[1\]\.name: "orders" names two/,
        );
        expect(planFailure(withGroups([{ name: "orders" }])).message).to.match(/grants nothing/);
    });

    it("refuses a schema given both as bucket and key and as an ARN, or with a part missing", () => {
        expect(
            planFailure(withSchema({ bucket: "b-1", key: "k", arn: "arn:aws:s3:::b-1/k" })).message,
        ).to.match(/^actionGroups\[0\]\.apiSchema: give either bucket and key, or arn, but not both/);
        expect(planFailure(withSchema({ bucket: "bucket-1" })).message).to.match(/key is missing or empty/);
        expect(planFailure(withSchema({ key: "k" })).message).to.match(/bucket is missing or empty/);
        expect(planFailure(withSchema({})).argument).to.equal("actionGroups[0].apiSchema");
    });

    it("refuses a schema key with characters IAM would read as wildcards or variables", () => {
        expect(planFailure(withSchema({ bucket: "schemas", key: "a/*.json" })).message).to.match(
            /holds \*, \? or \$, which IAM would read as wildcards or variables/,
        );
    });

    it("refuses a schema ARN that is not an S3 object ARN", () => {
        expect(planFailure(withSchema({ arn: "arn:aws:s3:::bucket-only" })).argument).to.equal(
            "actionGroups[0].apiSchema.arn",
        );
    });

    it("refuses a Lambda given by an ARN of another account", () => {
        const args = withGroups([
            { name: "o", lambdaFunction: "arn:aws:lambda:us-east-1:210987654321:function:orders" },
        ]);
        expect(planFailure(args).message).to.match(
            /^actionGroups\[0\]\.lambdaFunction: .*account "210987654321"/,
        );
    });
});
