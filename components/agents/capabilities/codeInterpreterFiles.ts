import { optionalList } from "../../iam/argumentTypes";
import { sortedUnique, statement } from "../../iam/policyDocument";
import { s3ObjectArn, S3ObjectArgs } from "../../grants/s3Objects";
import { noGrants } from "../../grants/grant";
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
export const codeInterpreterFiles: AgentCapability<CodeInterpreterFilesArgs> = {
    grant(args, context) {
        const objects = optionalList(
            "codeInterpreterFiles",
            args.codeInterpreterFiles,
            '[{ bucket: "agent-files", key: "data.csv" }]',
        ).map((object, i) => s3ObjectArn(`codeInterpreterFiles[${i}]`, object, context));
        if (objects.length === 0) {
            return noGrants();
        }
        return {
            identity: [
                statement({
                    Sid: "ReadCodeInterpreterFiles",
                    Effect: "Allow",
                    Action: [
                        "s3:GetObject",
                        "s3:GetObjectAttributes",
                        "s3:GetObjectVersion",
                        "s3:GetObjectVersionAttributes",
                    ],
                    Resource: sortedUnique(objects),
                    Condition: { StringEquals: { "aws:ResourceAccount": [context.environment.account] } },
                }),
            ],
            keyPolicy: [],
        };
    },
};
