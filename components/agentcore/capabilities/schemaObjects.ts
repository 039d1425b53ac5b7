import type * as pulumi from "@pulumi/pulumi";
import { optionalList } from "../../iam/argumentTypes";
import { sortedUnique, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { s3ObjectArn, S3ObjectArgs } from "../../grants/s3Objects";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The S3 objects holding the gateway targets' schemas. */
export interface SchemaObjectsArgs {
    /** OpenAPI or Smithy schemas of the gateway's targets, in S3 buckets of the account. */
    schemaObjects?: pulumi.Input<pulumi.Input<S3ObjectArgs>[]>;
}

/** Target schemas: `s3:GetObject` on each object, in a bucket of the account. @internal */
export const schemaObjects: AgentCoreCapability<SchemaObjectsArgs> = {
    grant(args, context) {
        const objects = optionalList(
            "schemaObjects",
            args.schemaObjects,
            '[{ bucket: "schemas", key: "orders/openapi.json" }]',
        ).map((object, i) => s3ObjectArn(`schemaObjects[${i}]`, object, context));
        if (objects.length === 0) {
            return noGrants();
        }
        return {
            identity: [
                statement({
                    Sid: "ReadTargetSchemas",
                    Effect: "Allow",
                    Action: ["s3:GetObject"],
                    Resource: sortedUnique(objects),
                    Condition: { StringEquals: { "aws:ResourceAccount": [context.environment.account] } },
                }),
            ],
            keyPolicy: [],
        };
    },
};
