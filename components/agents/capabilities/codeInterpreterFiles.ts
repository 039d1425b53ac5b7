import { s3Objects, S3ObjectArgs } from "../../grants/s3Objects";
import type { AgentCapability } from "../invokedFunctions";

/** Arguments of the files the agent's code interpreter reads. */
export interface CodeInterpreterFilesArgs {
    /** Input files of the code interpreter, in S3 buckets of the agent's account. */
    codeInterpreterFiles?: S3ObjectArgs[];
}

/**
 * Code interpreter input files: the four object reads (`s3:GetObject`, `GetObjectVersion`,
 * `GetObjectAttributes`, `GetObjectVersionAttributes`) on exactly the objects named, in buckets
 * of the agent's account.
 * @internal
 */
export const codeInterpreterFiles: AgentCapability<CodeInterpreterFilesArgs> = s3Objects({
    argument: "codeInterpreterFiles",
    example: '[{ bucket: "agent-files", key: "data.csv" }]',
    sid: "ReadCodeInterpreterFiles",
    actions: [
        "s3:GetObject",
        "s3:GetObjectAttributes",
        "s3:GetObjectVersion",
        "s3:GetObjectVersionAttributes",
    ],
});
