// A custom code interpreter's execution role: one entry of the AgentCore kind table.
import { extraStatements } from "../grants/extraStatements";
import { argumentNames } from "../roles/roleArguments";
import { CUSTOM_CODE_INTERPRETER } from "./agentCoreArns";
import {
    AgentCoreCodeInterpreterRoleArgs,
    CODE_INTERPRETER_ARGUMENTS,
} from "./agentCoreCodeInterpreterRoleArgs";
import type { AgentCoreKindEntry } from "./agentCoreKinds";
import { interpreterInputs, interpreterOutputs } from "./capabilities/interpreterFiles";
import { networkMode } from "./capabilities/networkMode";

/** A custom code interpreter's execution role (`aws.bedrock.AgentcoreCodeInterpreter.executionRoleArn`). @internal */
export const CODE_INTERPRETER_KIND: AgentCoreKindEntry<AgentCoreCodeInterpreterRoleArgs> = {
    kind: "codeInterpreter",
    type: "bedrock-agent-role:index:AgentCoreCodeInterpreterRole",
    words: {
        role: "AgentCore code interpreter role",
        resource: "code interpreter",
        resources: "code interpreters",
    },
    rolePrefix: "AgentCoreCodeInterpreter_",
    // Named alone, it is granted nothing.
    mayGrantNothing: true,
    inlinePolicyName: "AgentCoreCodeInterpreterPermissions",
    trustStatementId: "AllowAgentCoreCodeInterpreterToAssumeRole",
    arguments: CODE_INTERPRETER_ARGUMENTS,
    argumentNames: argumentNames(CODE_INTERPRETER_ARGUMENTS),
    argsExample: '{ codeInterpreterName: "analysis_sandbox" }',
    nameArgument: "codeInterpreterName",
    names: { pattern: /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/, example: "analysis_sandbox" },
    idName: (name) => name,
    resourceRule: CUSTOM_CODE_INTERPRETER,
    sourcesBelow: [],
    user: {
        type: "aws:bedrock/agentcoreCodeInterpreter:AgentcoreCodeInterpreter",
        roleInput: "executionRoleArn",
        nameInput: "name",
    },
    capabilities: [
        interpreterInputs,
        interpreterOutputs,
        networkMode(["PUBLIC", "SANDBOX", "VPC"]),
        extraStatements,
    ],
};
