import type * as pulumi from "@pulumi/pulumi";
import { s3Objects, S3ObjectArgs } from "../../grants/s3Objects";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The browser's own enterprise policy files. */
export interface EnterprisePoliciesArgs {
    /**
     * The browser's enterprise policy files (the `MANAGED` ones given to
     * `aws.bedrock.AgentcoreBrowser.enterprisePolicies`), each the JSON object itself, in a bucket
     * of the account. Files given per session (`RECOMMENDED`, at StartBrowserSession) are read
     * with the caller's credentials: grant those to whoever starts sessions, not here.
     */
    enterprisePolicies?: pulumi.Input<pulumi.Input<S3ObjectArgs>[]>;
}

/**
 * Enterprise policy files: `s3:GetObject` and `s3:GetObjectVersion` (a file may be pinned to a
 * version) on exactly those objects, in a bucket of the account, as AgentCore's
 * browser-enterprise-policies page grants them.
 * @internal
 */
export const enterprisePolicies: AgentCoreCapability<EnterprisePoliciesArgs> = s3Objects({
    argument: "enterprisePolicies",
    example: '[{ bucket: "browser-policies", key: "managed/allow-list.json" }]',
    sid: "ReadEnterprisePolicies",
    actions: ["s3:GetObject", "s3:GetObjectVersion"],
});
