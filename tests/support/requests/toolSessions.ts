// The requests a runtime's or a harness's role makes to drive browsers and code interpreters, as
// AWS presents them: AWS's built-in tools (account `aws`) and custom ones of the account. Written
// from AWS's pages, never from the package's statements (see ../awsRequests.ts).
import { AwsRequest, Citation, requestRow, AGENTCORE_GUIDE } from "./requestRows";
import { agentCoreArn } from "../agentCoreFixtures";

const CONTROL_PLANE = "https://docs.aws.amazon.com/bedrock-agentcore-control/latest/APIReference";
const HARNESS_SECURITY = `${AGENTCORE_GUIDE}/harness-security.html`;
const AGENTCORE_ACTIONS =
    "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrockagentcore.html";

/** AWS's built-in browser and code interpreter, in account `aws` of the region. */
export const BUILT_IN_BROWSER = agentCoreArn("browser/aws.browser.v1", "aws");
export const BUILT_IN_CODE_INTERPRETER = agentCoreArn("code-interpreter/aws.codeinterpreter.v1", "aws");
/** A custom browser and code interpreter of the account. */
export const CUSTOM_BROWSER = agentCoreArn("browser-custom/support_browser-AbCdE12345");
export const CUSTOM_CODE_INTERPRETER = agentCoreArn("code-interpreter-custom/analysis-AbCdE12345");

/** A request of the role. */
const byRole = (
    at: string,
    action: string,
    resource: string,
    source: Citation,
    expected: AwsRequest["expected"] = "Allowed",
): AwsRequest => requestRow({ at, principal: "role", action, resource, source }, expected);

const BROWSER_SESSION_ACTIONS = [
    "bedrock-agentcore:StartBrowserSession",
    "bedrock-agentcore:GetBrowserSession",
    "bedrock-agentcore:UpdateBrowserStream",
    "bedrock-agentcore:StopBrowserSession",
];
const CODE_INTERPRETER_ACTIONS = [
    "bedrock-agentcore:StartCodeInterpreterSession",
    "bedrock-agentcore:GetCodeInterpreterSession",
    "bedrock-agentcore:ListCodeInterpreterSessions",
    "bedrock-agentcore:InvokeCodeInterpreter",
    "bedrock-agentcore:StopCodeInterpreterSession",
];

const BUILT_IN_FORM = (tool: string): Citation => ({
    url: HARNESS_SECURITY,
    shows: `the execution role's ${tool} statement on "arn:aws:bedrock-agentcore:<region>:aws:${tool === "browser" ? "browser" : "code-interpreter"}/*"; the built-in's id in ${CONTROL_PLANE}/API_HarnessAgentCore${tool === "browser" ? "Browser" : "CodeInterpreter"}Config.html (${tool === "browser" ? "aws.browser.v1" : "aws.codeinterpreter.v1"}, account aws)`,
});
const CUSTOM_FORM = (tool: string): Citation => ({
    url: HARNESS_SECURITY,
    shows: `optional statement for a custom ${tool}: the same actions on "arn:aws:bedrock-agentcore:<region>:<account>:${tool === "browser" ? "browser-custom" : "code-interpreter-custom"}/<id>"`,
});

/** Every request a role driving the tools makes, and the neighbours' that must be denied. */
export const TOOL_SESSION_REQUESTS: AwsRequest[] = [
    ...BROWSER_SESSION_ACTIONS.map((action) =>
        byRole("agentcore.tools.builtInBrowser", action, BUILT_IN_BROWSER, BUILT_IN_FORM("browser")),
    ),
    ...BROWSER_SESSION_ACTIONS.map((action) =>
        byRole("agentcore.tools.customBrowser", action, CUSTOM_BROWSER, CUSTOM_FORM("browser")),
    ),
    ...[
        "bedrock-agentcore:ConnectBrowserAutomationStream",
        "bedrock-agentcore:ConnectBrowserLiveViewStream",
    ].map((action) =>
        byRole("agentcore.tools.browserStream", action, "*", {
            url: AGENTCORE_ACTIONS,
            shows: `${action.split(":")[1]} has no resource type: IAM authorizes it against "*"`,
            unconfirmed: `${HARNESS_SECURITY} and browser-resource-session-management.html scope it to browser ARNs, which under the reference match nothing; which form AgentCore enforces is not documented`,
        }),
    ),
    ...CODE_INTERPRETER_ACTIONS.map((action) =>
        byRole(
            "agentcore.tools.builtInCodeInterpreter",
            action,
            BUILT_IN_CODE_INTERPRETER,
            BUILT_IN_FORM("code interpreter"),
        ),
    ),
    ...CODE_INTERPRETER_ACTIONS.map((action) =>
        byRole(
            "agentcore.tools.customCodeInterpreter",
            action,
            CUSTOM_CODE_INTERPRETER,
            CUSTOM_FORM("code interpreter"),
        ),
    ),
    byRole(
        "agentcore.tools.customBrowser",
        "bedrock-agentcore:StartBrowserSession",
        agentCoreArn("browser-custom/support_browser_admin-AbCdE12345"),
        {
            ...CUSTOM_FORM("browser"),
            shows: `a browser whose name extends support_browser's: ${CUSTOM_FORM("browser").shows}`,
        },
        "ImplicitlyDenied",
    ),
    byRole(
        "agentcore.tools.customCodeInterpreter",
        "bedrock-agentcore:InvokeCodeInterpreter",
        agentCoreArn("code-interpreter-custom/analysis_admin-AbCdE12345"),
        {
            ...CUSTOM_FORM("code interpreter"),
            shows: `a code interpreter whose name extends analysis's: ${CUSTOM_FORM("code interpreter").shows}`,
        },
        "ImplicitlyDenied",
    ),
];
