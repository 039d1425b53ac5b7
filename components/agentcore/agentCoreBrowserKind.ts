// A custom browser's execution role: one entry of the AgentCore kind table.
import { extraStatements } from "../grants/extraStatements";
import { argumentNames } from "../roles/roleArguments";
import { CUSTOM_BROWSER } from "./agentCoreArns";
import { AgentCoreBrowserRoleArgs, BROWSER_ARGUMENTS } from "./agentCoreBrowserRoleArgs";
import type { AgentCoreKindEntry } from "./agentCoreKinds";
import { enterprisePolicies } from "./capabilities/enterprisePolicies";
import { networkMode } from "./capabilities/networkMode";
import { sessionRecording } from "./capabilities/sessionRecording";

/** A custom browser's execution role (`aws.bedrock.AgentcoreBrowser.executionRoleArn`). @internal */
export const BROWSER_KIND: AgentCoreKindEntry<AgentCoreBrowserRoleArgs> = {
    kind: "browser",
    type: "bedrock-agent-role:index:AgentCoreBrowserRole",
    words: { role: "AgentCore browser role", resource: "browser", resources: "browsers" },
    rolePrefix: "AgentCoreBrowser_",
    // Named alone, it is granted nothing.
    mayGrantNothing: true,
    inlinePolicyName: "AgentCoreBrowserPermissions",
    trustStatementId: "AllowAgentCoreBrowserToAssumeRole",
    arguments: BROWSER_ARGUMENTS,
    argumentNames: argumentNames(BROWSER_ARGUMENTS),
    argsExample: '{ browserName: "research_browser" }',
    nameArgument: "browserName",
    // CreateBrowser's name has no "-": AgentCore appends "-" and ten characters to make the id.
    names: { pattern: /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/, example: "research_browser" },
    idName: (name) => name,
    resourceRule: CUSTOM_BROWSER,
    sourcesBelow: [],
    user: {
        type: "aws:bedrock/agentcoreBrowser:AgentcoreBrowser",
        roleInput: "executionRoleArn",
        nameInput: "name",
    },
    capabilities: [sessionRecording, enterprisePolicies, networkMode(["PUBLIC", "VPC"]), extraStatements],
};
