import type * as pulumi from "@pulumi/pulumi";
import type { ArgumentTable } from "../roles/roleArguments";
import { AgentCoreRoleArgs, ROLE_ARGUMENTS } from "./agentCoreArguments";
import type { InterpreterFilesArgs } from "./capabilities/interpreterFiles";
import type { NetworkModeArgs } from "./capabilities/networkMode";

/**
 * Arguments of {@link AgentCoreCodeInterpreterRole}: the custom code interpreter the role is for,
 * and the S3 prefixes the code it runs may read and write. Anything else goes in
 * `extraStatements`. Every list may be given in any order.
 */
export interface AgentCoreCodeInterpreterRoleArgs
    extends InterpreterFilesArgs, NetworkModeArgs, AgentCoreRoleArgs {
    /**
     * The code interpreter's name, as `aws.bedrock.AgentcoreCodeInterpreter` gets it (`name`):
     * letters, digits and `_`, starting with a letter. The trust policy admits the code
     * interpreters of this name only (`code-interpreter-custom/<name>-??????????`).
     */
    codeInterpreterName: pulumi.Input<string>;
}

/** Every argument of {@link AgentCoreCodeInterpreterRoleArgs}, declared once beside it. @internal */
export const CODE_INTERPRETER_ARGUMENTS: ArgumentTable<AgentCoreCodeInterpreterRoleArgs> = {
    codeInterpreterName: { config: "string", example: "analysis_sandbox" },
    inputPrefixes: { config: "list", example: "[{ bucket: analysis-data, prefix: input/ }]" },
    outputPrefixes: { config: "list", example: "[{ bucket: analysis-data, prefix: output/ }]" },
    networkMode: { config: "string", example: "VPC" },
    ...ROLE_ARGUMENTS,
};
