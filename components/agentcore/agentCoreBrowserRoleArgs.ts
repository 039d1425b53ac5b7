import type * as pulumi from "@pulumi/pulumi";
import type { ArgumentTable } from "../roles/roleArguments";
import { AgentCoreRoleArgs, ROLE_ARGUMENTS } from "./agentCoreArguments";
import type { EnterprisePoliciesArgs } from "./capabilities/enterprisePolicies";
import type { NetworkModeArgs } from "./capabilities/networkMode";
import type { SessionRecordingArgs } from "./capabilities/sessionRecording";

/**
 * Arguments of {@link AgentCoreBrowserRole}: the custom browser the role is for, where it records
 * its sessions, and its enterprise policy files. Every list may be given in any order.
 */
export interface AgentCoreBrowserRoleArgs
    extends SessionRecordingArgs, EnterprisePoliciesArgs, NetworkModeArgs, AgentCoreRoleArgs {
    /**
     * The browser's name, as `aws.bedrock.AgentcoreBrowser` gets it (`name`): letters, digits and
     * `_`, starting with a letter. The trust policy admits the browsers of this name only
     * (`browser-custom/<name>-??????????`: the name, `-` and the ten characters AgentCore appends).
     */
    browserName: pulumi.Input<string>;
}

/** Every argument of {@link AgentCoreBrowserRoleArgs}, declared once beside it. @internal */
export const BROWSER_ARGUMENTS: ArgumentTable<AgentCoreBrowserRoleArgs> = {
    browserName: { config: "string", example: "research_browser" },
    recording: { config: "map", example: "{ bucket: browser-recordings, prefix: sessions/ }" },
    enterprisePolicies: {
        config: "list",
        example: "[{ bucket: browser-policies, key: managed/allow-list.json }]",
    },
    networkMode: { config: "string", example: "VPC" },
    ...ROLE_ARGUMENTS,
};
