import type * as pulumi from "@pulumi/pulumi";
import { s3Objects, S3ObjectArgs } from "../../grants/s3Objects";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The S3 objects holding the gateway targets' schemas. */
export interface SchemaObjectsArgs {
    /** OpenAPI or Smithy schemas of the gateway's targets, in S3 buckets of the account. */
    schemaObjects?: pulumi.Input<pulumi.Input<S3ObjectArgs>[]>;
}

/** Target schemas: `s3:GetObject` on each object, in a bucket of the account. @internal */
export const schemaObjects: AgentCoreCapability<SchemaObjectsArgs> = s3Objects({
    argument: "schemaObjects",
    example: '[{ bucket: "schemas", key: "orders/openapi.json" }]',
    sid: "ReadTargetSchemas",
    actions: ["s3:GetObject"],
});
