// The resource policies a log or trace destination needs so that CloudWatch Logs' delivery service
// (delivery.logs.amazonaws.com) may write to it: written by the package, attached by the
// destination's owner (CloudWatch Logs, "Logging that requires additional permissions [V2]").
import { policyDocument, ResourceStatement } from "../iam/policyDocument";

/** The principal that writes vended logs and traces to their destinations. */
export const LOG_DELIVERY_PRINCIPAL = "delivery.logs.amazonaws.com";

/**
 * One destination's policy: a log group's resource policy (`aws.cloudwatch.LogResourcePolicy` with
 * `resourceArn`), the statements to add to a bucket's policy, or an X-Ray resource policy
 * (`aws.xray.ResourcePolicy`).
 */
export interface DeliveryPolicy {
    /** Which kind of policy it is. */
    on: "logGroup" | "bucket" | "xray";
    /** What it is attached to: the log group's ARN, the bucket's name, or the X-Ray policy's name. */
    name: string;
    /** Its statements, each naming `delivery.logs.amazonaws.com`. */
    statements: ResourceStatement[];
}

/** The output's member for each kind of policy. */
const MEMBERS: Record<DeliveryPolicy["on"], string> = {
    logGroup: "logGroups",
    bucket: "buckets",
    xray: "xray",
};

/**
 * The policies as the component outputs them, as JSON: `logGroups` (a policy document by log
 * group ARN), `buckets` (statements by bucket name) and `xray` (a policy document by policy name),
 * each present only when not empty; sorted, so the same policies give the same text.
 * @internal
 */
export function renderDeliveryPolicies(policies: DeliveryPolicy[]): string {
    const output: Record<string, Record<string, unknown>> = {};
    const sorted = [...policies].sort((a, b) =>
        a.on === b.on ? (a.name < b.name ? -1 : 1) : a.on < b.on ? -1 : 1,
    );
    for (const policy of sorted) {
        const member = (output[MEMBERS[policy.on]] ??= {});
        member[policy.name] = policy.on === "bucket" ? policy.statements : policyDocument(policy.statements);
    }
    return JSON.stringify(output, null, 2);
}
