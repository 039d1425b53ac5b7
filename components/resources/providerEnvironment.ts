import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { AwsEnvironment } from "../iam/awsEnvironment";

/**
 * Partition, account and region of the AWS provider of `parent`: the explicit `provider` of its
 * options, or the stack's default provider.
 * @internal
 */
export function providerEnvironment(parent: pulumi.Resource): pulumi.Output<AwsEnvironment> {
    const invoke = { parent };
    return pulumi
        .all([
            aws.getPartitionOutput({}, invoke).partition,
            aws.getCallerIdentityOutput({}, invoke).accountId,
            aws.getRegionOutput({}, invoke).region,
        ])
        .apply(([partition, account, region]) => ({ partition, account, region }));
}
