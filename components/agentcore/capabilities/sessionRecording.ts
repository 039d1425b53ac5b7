import type * as pulumi from "@pulumi/pulumi";
import { s3Prefixes, S3PrefixArgs } from "../../grants/s3Prefixes";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** Where the browser records its sessions. */
export interface SessionRecordingArgs {
    /**
     * The browser's recording location, as given to `aws.bedrock.AgentcoreBrowser.recording.s3Location`:
     * AgentCore uploads each session's recording, in parts, under `<prefix>/<session id>/`. The
     * role may write there only, in a bucket of the account.
     */
    recording?: pulumi.Input<S3PrefixArgs>;
}

/**
 * Session recording: `s3:PutObject`, `s3:ListMultipartUploadParts` and `s3:AbortMultipartUpload`
 * on the objects under the recording prefix, in a bucket of the account, as AgentCore's
 * browser-resource-session-management page grants them (it uploads recordings in parts).
 * @internal
 */
export const sessionRecording: AgentCoreCapability<SessionRecordingArgs> = s3Prefixes({
    argument: "recording",
    one: true,
    sid: "WriteSessionRecordings",
    actions: ["s3:PutObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"],
});
