// What a row of AWS's requests is (tests/support/awsRequests.ts), and how one is written: shared by
// the table and the files of rows it joins (tests/support/requests/*.ts).

/**
 * Who makes a request: the role as the service uses it, a principal that calls the agent (the
 * callers' policy), the principal that creates the resource (the deployer's statements), or a
 * service principal acting for itself (trust, Lambda, key and log destinations' policies).
 */
export type Principal =
    | "role"
    | "caller"
    | "deployer"
    | "bedrock.amazonaws.com"
    | "bedrock-agentcore.amazonaws.com"
    | "delivery.logs.amazonaws.com"
    | typeof ANONYMOUS
    | `arn:aws:iam::${string}`;

/** An unsigned caller: how the evaluator is asked for a caller IAM does not authenticate (an OAuth caller's). */
/** The Amazon Bedrock AgentCore Developer Guide, whose pages most rows cite. */
export const AGENTCORE_GUIDE = "https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide";

export const ANONYMOUS = "anonymous";

/** Where a row's form comes from: an AWS page and what it shows, or what the row rests on instead. */
export interface Citation {
    /** The AWS page that shows the request or its form. */
    url: string;
    /** A short quote of, or pointer into, the page. */
    shows: string;
    /** Set when AWS does not document the exact form: what the row rests on instead. */
    unconfirmed?: string;
}

/** One request an AWS service makes, and the decision the package's documents must give it. */
export interface AwsRequest {
    /**
     * A stable name by which tests select the row: `<area>.<capability>[.<which>].<Action>`, and
     * `.neighbour` after a neighbour's request.
     */
    name: string;
    principal: Principal;
    action: string;
    /** The resource's ARN exactly as AWS presents it; {@link THE_ROLE} for `sts:AssumeRole`. */
    resource: string;
    /** Every context key AWS sends that a grant can depend on, with its value in AWS's form. */
    context: Record<string, string | string[]>;
    /**
     * `Allowed` for the requests the grants exist for; `ImplicitlyDenied` for AWS's real form of a
     * neighbour's request (another resource whose name extends ours); `ExplicitlyDenied` for a
     * request a Deny exists for (a call from outside the VPCs named).
     */
    expected: "Allowed" | "ImplicitlyDenied" | "ExplicitlyDenied";
    source: Citation;
}

/** The resource of an `sts:AssumeRole` on the role under test: whatever its planned ARN is. */
export const THE_ROLE = "the role itself";

/** A row as written: where it sits (its name's prefix), and the request; its name ends with the action. */
export type RowSpec = Omit<AwsRequest, "name" | "expected" | "context"> & {
    at: string;
    context?: AwsRequest["context"];
};
const tableRow = ({ at, ...spec }: RowSpec, expected: AwsRequest["expected"], suffix = ""): AwsRequest => ({
    name: `${at}.${spec.action.split(":")[1]}${suffix}`,
    context: {},
    ...spec,
    expected,
});
/** A request the grants exist for. */
export const allowed = (spec: RowSpec): AwsRequest => tableRow(spec, "Allowed");
/** AWS's real form of a request for a resource whose name extends ours: never granted. */
export const neighbour = (spec: RowSpec): AwsRequest => tableRow(spec, "ImplicitlyDenied", ".neighbour");
/** AWS's form of a request a Deny statement exists for: always denied, whatever else allows it. */
export const denied = (spec: RowSpec): AwsRequest => tableRow(spec, "ExplicitlyDenied", ".denied");
/** A row of any kind: `expected` says which. */
export const requestRow = (spec: RowSpec, expected: AwsRequest["expected"] = "Allowed"): AwsRequest =>
    expected === "Allowed" ? allowed(spec) : expected === "ImplicitlyDenied" ? neighbour(spec) : denied(spec);
