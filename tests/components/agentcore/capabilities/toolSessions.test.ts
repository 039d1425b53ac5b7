// The tools a runtime drives: each given as AWS's built-in or a custom tool of the account, by id
// or ARN, checked before anything is created; a custom code interpreter flagged.
import { expect } from "chai";
import { planRuntime, runtimeArgs, runtimeFailure } from "../../../support/agentCoreFixtures";

const statementOf = (plan: ReturnType<typeof planRuntime>, sid: string) =>
    plan.inlinePolicy.Statement.find((s) => s.Sid === sid);

describe("capability: tool sessions (browsers, codeInterpreters)", () => {
    it("names AWS's built-in tools in account aws whether given by id or ARN, and custom ones in the account", () => {
        const plan = planRuntime({
            ...runtimeArgs(),
            browsers: [
                "arn:aws:bedrock-agentcore:us-east-1:aws:browser/aws.browser.v1",
                "aws.browser.v1",
                "arn:aws:bedrock-agentcore:us-east-1:123456789012:browser-custom/support_browser-AbCdE12345",
            ],
            codeInterpreters: ["aws.codeinterpreter.v1"],
        });
        expect(statementOf(plan, "UseBrowsers")?.Resource).to.deep.equal([
            "arn:aws:bedrock-agentcore:us-east-1:123456789012:browser-custom/support_browser-AbCdE12345",
            "arn:aws:bedrock-agentcore:us-east-1:aws:browser/aws.browser.v1",
        ]);
        expect(statementOf(plan, "UseCodeInterpreters")?.Resource).to.deep.equal([
            "arn:aws:bedrock-agentcore:us-east-1:aws:code-interpreter/aws.codeinterpreter.v1",
        ]);
        expect(statementOf(plan, "ConnectBrowserStreams")).to.deep.include({ Resource: ["*"] });
        expect(plan.warnings).to.deep.equal([]);
    });

    it("writes no statement for tools when none is given, and no browser stream without a browser", () => {
        const none = planRuntime({ ...runtimeArgs(), browsers: [], codeInterpreters: [] });
        const interpreterOnly = planRuntime({
            ...runtimeArgs(),
            codeInterpreters: ["aws.codeinterpreter.v1"],
        });
        const sids = (plan: ReturnType<typeof planRuntime>) => plan.inlinePolicy.Statement.map((s) => s.Sid);
        expect(sids(none)).to.not.include.members([
            "UseBrowsers",
            "UseCodeInterpreters",
            "ConnectBrowserStreams",
        ]);
        expect(sids(interpreterOnly)).to.include("UseCodeInterpreters");
        expect(sids(interpreterOnly)).to.not.include("ConnectBrowserStreams");
    });

    it("warns that code run in a custom code interpreter holds that interpreter's execution role", () => {
        const plan = planRuntime({ ...runtimeArgs(), codeInterpreters: ["analysis-AbCdE12345"] });
        expect(plan.warnings).to.deep.equal([
            "codeInterpreters lets the runtime support_agent run code in arn:aws:bedrock-agentcore:us-east-1:123456789012:code-interpreter-custom/analysis-AbCdE12345, with that code interpreter's execution role: it holds whatever that role may do",
        ]);
    });

    it("refuses a tool of another kind, account, region or partition, a built-in in the account, a wildcard and a bare name, naming the item", () => {
        const cases: [string, string, RegExp][] = [
            [
                "browsers",
                "aws.codeinterpreter.v1",
                /neither AWS's built-in browser \(aws\.browser\.v1\) nor the id of a custom browser/,
            ],
            ["browsers", "support_browser", /neither AWS's built-in browser/],
            ["browsers", "*", /neither AWS's built-in browser/],
            [
                "browsers",
                "arn:aws:bedrock-agentcore:us-east-1:123456789012:browser/aws.browser.v1",
                /has account "123456789012" but it must be "aws"/,
            ],
            [
                "browsers",
                "arn:aws:bedrock-agentcore:us-west-2:aws:browser/aws.browser.v1",
                /has region "us-west-2"/,
            ],
            [
                "browsers",
                "arn:aws:bedrock-agentcore:us-east-1:aws:browser/*",
                /is not an ARN of a bedrock-agentcore browser/,
            ],
            [
                "codeInterpreters",
                "arn:aws:bedrock-agentcore:us-east-1:210987654321:code-interpreter-custom/analysis-AbCdE12345",
                /has account "210987654321"/,
            ],
            [
                "codeInterpreters",
                "arn:aws:bedrock-agentcore:us-east-1:123456789012:browser-custom/support_browser-AbCdE12345",
                /is not an ARN of a bedrock-agentcore code-interpreter-custom/,
            ],
            [
                "codeInterpreters",
                "arn:aws-cn:bedrock-agentcore:us-east-1:aws:code-interpreter/aws.codeinterpreter.v1",
                /has partition "aws-cn"/,
            ],
        ];
        for (const [argument, value, problem] of cases) {
            const error = runtimeFailure({ ...runtimeArgs(), [argument]: [value] });
            expect(error.argument, value).to.equal(`${argument}[0]`);
            expect(error.problem, value).to.match(problem);
        }
        expect(runtimeFailure({ ...runtimeArgs(), browsers: "aws.browser.v1" }).argument).to.equal(
            "browsers",
        );
    });
});
