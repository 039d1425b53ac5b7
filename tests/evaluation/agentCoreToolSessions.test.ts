// A runtime that drives browsers and code interpreters: every session request AWS's pages show for
// the tools it is given is allowed, AWS's built-ins and custom ones alike, and no other tool opens.
import { expect } from "chai";
import { AwsRequest, awsRequests } from "../support/awsRequests";
import { asRole, decideAws, OTHER_ACCOUNT } from "../support/iamEvaluation";
import { agentCoreArn, planRuntime, runtimeArgs } from "../support/agentCoreFixtures";
import {
    BUILT_IN_BROWSER,
    BUILT_IN_CODE_INTERPRETER,
    CUSTOM_BROWSER,
    CUSTOM_CODE_INTERPRETER,
} from "../support/requests/toolSessions";
import type { AgentCorePlan } from "../../components/agentcore/agentCoreDocuments";

const decisions = (p: AgentCorePlan, requests: AwsRequest[]) =>
    Promise.all(requests.map(async (r) => `${r.name}: ${await decideAws(p, r)}`));
const expected = (requests: AwsRequest[]) => requests.map((r) => `${r.name}: ${r.expected}`);
const denied = (requests: AwsRequest[]) => requests.map((r) => `${r.name}: ImplicitlyDenied`);

const ALL_TOOLS = planRuntime({
    ...runtimeArgs(),
    browsers: ["aws.browser.v1", "support_browser-AbCdE12345"],
    codeInterpreters: [BUILT_IN_CODE_INTERPRETER, "analysis-AbCdE12345"],
});
const BUILT_INS = planRuntime({
    ...runtimeArgs(),
    browsers: [BUILT_IN_BROWSER],
    codeInterpreters: ["aws.codeinterpreter.v1"],
});

describe("IAM evaluation (iam-simulate): a runtime driving browsers and code interpreters", () => {
    it("allows every session request on the tools it is given, AWS's built-ins and custom ones, and denies their neighbours", async () => {
        const requests = awsRequests("agentcore.tools");
        expect(await decisions(ALL_TOOLS, requests)).to.deep.equal(expected(requests));
    });

    it("opens no custom tool when given only AWS's built-ins, and grants nothing for tools when given none", async () => {
        const builtIn = [
            ...awsRequests("agentcore.tools.builtInBrowser"),
            ...awsRequests("agentcore.tools.builtInCodeInterpreter"),
            ...awsRequests("agentcore.tools.browserStream"),
        ];
        const custom = [
            ...awsRequests("agentcore.tools.customBrowser"),
            ...awsRequests("agentcore.tools.customCodeInterpreter"),
        ];
        expect(await decisions(BUILT_INS, builtIn)).to.deep.equal(expected(builtIn));
        expect(await decisions(BUILT_INS, custom)).to.deep.equal(denied(custom));
        const none = planRuntime(runtimeArgs());
        const every = awsRequests("agentcore.tools");
        expect(await decisions(none, every)).to.deep.equal(denied(every));
    });

    it("denies another region's built-in, another account's or name's custom tool, saving browser profiles and every control-plane action", async () => {
        const requests: [string, string][] = [
            [
                "bedrock-agentcore:StartBrowserSession",
                agentCoreArn("browser/aws.browser.v1", "aws", "us-west-2"),
            ],
            [
                "bedrock-agentcore:InvokeCodeInterpreter",
                agentCoreArn("code-interpreter-custom/analysis-AbCdE12345", OTHER_ACCOUNT),
            ],
            [
                "bedrock-agentcore:InvokeCodeInterpreter",
                agentCoreArn("code-interpreter-custom/billing-AbCdE12345"),
            ],
            ["bedrock-agentcore:SaveBrowserSessionProfile", CUSTOM_BROWSER],
            ["bedrock-agentcore:DeleteBrowser", CUSTOM_BROWSER],
            ["bedrock-agentcore:GetCodeInterpreter", CUSTOM_CODE_INTERPRETER],
            ["bedrock-agentcore:DeleteCodeInterpreter", CUSTOM_CODE_INTERPRETER],
        ];
        const decided = await Promise.all(
            requests.map(([action, resource]) =>
                asRole(ALL_TOOLS, { action, resource }).then((d) => `${action} on ${resource}: ${d}`),
            ),
        );
        expect(decided.filter((d) => !d.endsWith(": ImplicitlyDenied"))).to.deep.equal([]);
    });
});
