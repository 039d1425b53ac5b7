// Where the resource's logs and traces are delivered (vended logs, "V2 permissions": CloudWatch
// Logs' AWS-vended-logs-permissions-V2.html): a delivery source on the resource
// (aws.cloudwatch.LogDeliverySource), a delivery destination (a log group, a bucket, X-Ray) and a
// delivery pairing them. Nothing is granted to the role: the deployer creates the three, and
// delivery.logs.amazonaws.com writes to the destination under the destination's own policy.
import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../../iam/argumentError";
import { mapArgument, optionalBoolean, optionalList, stringArgument } from "../../iam/argumentTypes";
import { namedResource } from "../../iam/arn";
import type { ArnScope } from "../../iam/awsEnvironment";
import { bucketNameProblem } from "../../grants/s3Objects";
import { noGrants } from "../../grants/grant";
import { agentCoreArn } from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";
import { Delivery, deliveryDeployerStatements, deliveryPolicies } from "./deliveryDestinations";
import { LOG_GROUP } from "./evaluatedLogs";

/** One delivery of the resource's logs or traces: its source, its destination, and the delivery pairing them. */
export interface LogDeliveryArgs {
    /**
     * The delivery source's name, as `aws.cloudwatch.LogDeliverySource.name` takes it: 1 to 60
     * letters, digits, `_` or `-` (CloudWatch Logs' DeliverySource API). The deployer may create
     * delivery sources of the names given only, each on this resource only.
     */
    source: pulumi.Input<string>;
    /**
     * What the source sends (`aws.cloudwatch.LogDeliverySource.logType`): `APPLICATION_LOGS`,
     * `USAGE_LOGS` or `TRACES`, the values AgentCore takes. `TRACES` go to X-Ray only.
     */
    logType: pulumi.Input<string>;
    /**
     * The delivery destination's name, as `aws.cloudwatch.LogDeliveryDestination.name` takes it
     * (the same rules as a source's): the deployer may create destinations of the names given only.
     */
    destination: pulumi.Input<string>;
    /**
     * The log group the destination delivers to, by name or ARN, in the resource's account and
     * region: the destination's `destinationResourceArn` is its ARN.
     */
    logGroup?: pulumi.Input<string>;
    /**
     * The S3 bucket the destination delivers to, by name: the destination's `destinationResourceArn`
     * is the bucket's ARN, without a prefix (AWS writes under `AWSLogs/<account>/`).
     */
    bucket?: pulumi.Input<string>;
    /** Whether the destination is X-Ray (`deliveryDestinationType: "XRAY"`), for `TRACES` only. */
    xray?: pulumi.Input<boolean>;
}

/** The deliveries of the resource's logs and traces. */
export interface LogDeliveriesArgs {
    /**
     * Where the resource's logs and traces are delivered, each delivery with exactly one of
     * `logGroup`, `bucket` or `xray`: the component then outputs `deliveryPolicies` (each
     * destination's policy for `delivery.logs.amazonaws.com`, for its owner to attach before the
     * delivery is created) and adds the delivery's actions to `deployerStatements`.
     */
    logDelivery?: pulumi.Input<pulumi.Input<LogDeliveryArgs>[]>;
}

/** Delivery source and destination names (DeliverySource, GetDeliveryDestinationPolicy API: `[\w-]*`, 1 to 60). */
const DELIVERY_NAME = /^[\w-]{1,60}$/;
/** The log types AgentCore delivers (`@pulumi/aws` LogDeliverySource.logType: "For Amazon Bedrock AgentCore"). */
const LOG_TYPES = ["APPLICATION_LOGS", "USAGE_LOGS", "TRACES"];
const FIELDS: (keyof LogDeliveryArgs)[] = ["source", "logType", "destination", "logGroup", "bucket", "xray"];
const EXAMPLE =
    '[{ source: "support_memory-logs", logType: "APPLICATION_LOGS", destination: "support_memory-logs-cwl", logGroup: "/aws/vendedlogs/support_memory" }]';

function deliveryName(argument: string, value: unknown, example: string): string {
    const name = stringArgument(argument, value, `"${example}"`);
    if (!DELIVERY_NAME.test(name)) {
        throw new ArgumentError(
            argument,
            `"${name}" is not a name CloudWatch Logs accepts (${DELIVERY_NAME.source})`,
            `"${example}"`,
        );
    }
    return name;
}

/** One delivery, checked: names, log type, and exactly one destination that fits the log type. */
function checkedDelivery(item: unknown, argument: string, scope: ArnScope): Delivery {
    const given = mapArgument(argument, item, FIELDS, EXAMPLE);
    const source = deliveryName(`${argument}.source`, given.source, "support_memory-logs");
    const logType = stringArgument(`${argument}.logType`, given.logType, '"APPLICATION_LOGS"');
    if (!LOG_TYPES.includes(logType)) {
        throw new ArgumentError(
            `${argument}.logType`,
            `"${logType}" is not a log type AgentCore delivers (${LOG_TYPES.join(", ")})`,
            '"APPLICATION_LOGS"',
        );
    }
    const destination = deliveryName(`${argument}.destination`, given.destination, "support_memory-logs-cwl");
    const xray = optionalBoolean(`${argument}.xray`, given.xray) === true;
    const chosen = [given.logGroup !== undefined, given.bucket !== undefined, xray].filter(Boolean).length;
    if (chosen !== 1) {
        throw new ArgumentError(
            argument,
            `${chosen === 0 ? "names no" : "names more than one"} destination: give exactly one of logGroup, bucket or xray: true`,
            EXAMPLE,
        );
    }
    if (xray !== (logType === "TRACES")) {
        throw new ArgumentError(
            xray ? `${argument}.xray` : `${argument}.logType`,
            xray
                ? `X-Ray takes traces only, not ${logType}`
                : "TRACES are delivered to X-Ray only: give xray: true instead of a log group or bucket",
            '{ logType: "TRACES", xray: true }',
        );
    }
    if (given.logGroup !== undefined) {
        const value = stringArgument(`${argument}.logGroup`, given.logGroup, LOG_GROUP.exampleResource);
        const group = namedResource(`${argument}.logGroup`, value, LOG_GROUP, scope);
        return { source, logType, destination, to: { logGroup: group } };
    }
    if (given.bucket !== undefined) {
        const bucket = stringArgument(`${argument}.bucket`, given.bucket, '"support-logs"');
        const problem = bucketNameProblem(bucket);
        if (problem) {
            throw new ArgumentError(`${argument}.bucket`, `"${bucket}" ${problem}`, '"support-logs"');
        }
        return { source, logType, destination, to: { bucket } };
    }
    return { source, logType, destination, to: { xray: true } };
}

/**
 * Refuses names that contradict each other: a source has one log type (a delivery source is one
 * resource) and one delivery per destination; a destination delivers to one place.
 */
function checkConsistent(deliveries: Delivery[]): void {
    deliveries.forEach((delivery, i) => {
        const earlier = deliveries.slice(0, i);
        const sameSource = earlier.find((d) => d.source === delivery.source);
        if (
            sameSource &&
            (sameSource.logType !== delivery.logType || sameSource.destination === delivery.destination)
        ) {
            throw new ArgumentError(
                `logDelivery[${i}].source`,
                `"${delivery.source}" is named by an earlier delivery ${sameSource.logType !== delivery.logType ? `of ${sameSource.logType}: a source sends one log type` : "to the same destination"}`,
                '"support_memory-usage"',
            );
        }
        const sameDestination = earlier.find((d) => d.destination === delivery.destination);
        if (sameDestination && JSON.stringify(sameDestination.to) !== JSON.stringify(delivery.to)) {
            throw new ArgumentError(
                `logDelivery[${i}].destination`,
                `"${delivery.destination}" is named by an earlier delivery to another place: a destination delivers to one log group, bucket or X-Ray`,
                '"support_memory-logs-s3"',
            );
        }
    });
}

/**
 * Log and trace delivery: each destination's policy for `delivery.logs.amazonaws.com`, handed to
 * its owner, and the deployer's delivery actions on the sources and destinations named only, each
 * source on this resource only; nothing on the role.
 * @internal
 */
export const logDelivery: AgentCoreCapability<LogDeliveriesArgs> = {
    grant(args, context) {
        const deliveries = optionalList("logDelivery", args.logDelivery, EXAMPLE).map((item, i) =>
            checkedDelivery(item, `logDelivery[${i}]`, context),
        );
        if (deliveries.length === 0) {
            return noGrants();
        }
        checkConsistent(deliveries);
        const resource = agentCoreArn(context, `${context.kind}/${context.resourceIds}`);
        return {
            ...noGrants(),
            deliveryPolicies: deliveryPolicies(deliveries, resource, context),
            deployer: deliveryDeployerStatements(deliveries, resource, context),
        };
    },
};
