import type * as pulumi from "@pulumi/pulumi";
import { s3Prefixes, S3PrefixArgs } from "../../grants/s3Prefixes";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The S3 prefixes the code a code interpreter runs reads and writes. */
export interface InterpreterFilesArgs {
    /** Where the code reads its input files: it may read the objects under each prefix, and list under it only. */
    inputPrefixes?: pulumi.Input<pulumi.Input<S3PrefixArgs>[]>;
    /** Where the code writes its output files: it may write objects under each prefix only. */
    outputPrefixes?: pulumi.Input<pulumi.Input<S3PrefixArgs>[]>;
}

/**
 * Input files: `s3:GetObject` on the objects under each input prefix, and `s3:ListBucket` on its
 * bucket for listings under those prefixes only (`s3:prefix`), in buckets of the account.
 * @internal
 */
export const interpreterInputs: AgentCoreCapability<InterpreterFilesArgs> = s3Prefixes({
    argument: "inputPrefixes",
    sid: "ReadInputFiles",
    actions: ["s3:GetObject"],
    listSid: "ListInputFiles",
});

/**
 * Output files: `s3:PutObject` on the objects under each output prefix, in buckets of the account.
 * @internal
 */
export const interpreterOutputs: AgentCoreCapability<InterpreterFilesArgs> = s3Prefixes({
    argument: "outputPrefixes",
    sid: "WriteOutputFiles",
    actions: ["s3:PutObject"],
});
