// The Lambda functions Bedrock invokes for the agent outside its action groups: the custom
// orchestration function and the prompt-override parser, one builder (agentFunction) each.
import { expect } from "chai";
import { fullArgs, minimalArgs } from "../../../support/fixtures";
import { plan, planFailure } from "../../../support/plan";

const FUNCTIONS = [
    { argument: "customOrchestration", key: "custom--orchestration", name: "orchestrator" },
    { argument: "promptOverrideParser", key: "prompt--parser", name: "parse-output" },
] as const;

for (const { argument, key, name } of FUNCTIONS) {
    const given = (lambdaFunction: string) =>
        ({ [argument]: { lambdaFunction } }) as Parameters<typeof plan>[0];

    describe(`capability: ${argument}`, () => {
        it("gives the function a Lambda permission like an action group's, with its own statement id, and the role nothing", () => {
            const p = plan({
                ...fullArgs(),
                customOrchestration: { lambdaFunction: "orchestrator" },
                promptOverrideParser: { lambdaFunction: "parse-output" },
            });
            const permissions = p.lambdaPermissions.filter((s) => s.functionKey === key);
            expect(permissions).to.have.length(1);
            expect(permissions[0]).to.include({
                functionArn: `arn:aws:lambda:us-east-1:123456789012:function:${name}`,
                principal: "bedrock.amazonaws.com",
                action: "lambda:InvokeFunction",
                sourceAccount: "123456789012",
                sourceArn: "arn:aws:bedrock:us-east-1:123456789012:agent/*",
            });
            const ids = p.lambdaPermissions.map((s) => s.statementId);
            expect(new Set(ids).size).to.equal(ids.length);
            expect(p.inlinePolicy).to.deep.equal(plan(fullArgs()).inlinePolicy);
        });

        it("pins the permission to the agents named, as the action groups' are, a qualified function included", () => {
            const qualified = `arn:aws:lambda:us-east-1:123456789012:function:${name}:live`;
            const p = plan({ ...minimalArgs(), agentIds: ["AGENT12345"], ...given(qualified) });
            const [permission] = p.lambdaPermissions.filter((s) => s.functionKey === key);
            expect(permission).to.include({
                functionArn: qualified,
                sourceArn: "arn:aws:bedrock:us-east-1:123456789012:agent/AGENT12345",
            });
        });

        it("refuses an unknown field, a function in another account and a value that is not a map", () => {
            expect(
                planFailure({
                    ...minimalArgs(),
                    [argument]: { lambdaFunction: "f", qualifier: "1" },
                } as never).argument,
            ).to.equal(`${argument}.qualifier`);
            expect(
                planFailure({
                    ...minimalArgs(),
                    ...given("arn:aws:lambda:us-east-1:210987654321:function:f"),
                }).argument,
            ).to.equal(`${argument}.lambdaFunction`);
            expect(planFailure({ ...minimalArgs(), [argument]: name } as never).argument).to.equal(argument);
        });
    });
}
