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
    // The answers whole: a field read through an Output is an Output more for each.
    return pulumi
        .all([
            aws.getPartitionOutput({}, invoke),
            aws.getCallerIdentityOutput({}, invoke),
            aws.getRegionOutput({}, invoke),
        ])
        .apply(([{ partition }, { accountId }, { region }]) => ({ partition, account: accountId, region }));
}
