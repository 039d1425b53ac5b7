import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { constructedShape, declareRoleComponent } from "../resources/roleComponent";
import { agentCoreComponent } from "./agentCoreComponent";
import { AGENTCORE_KINDS } from "./agentCoreKinds";
import type { AgentCoreRuntimeRoleArgs } from "./agentCoreRuntimeRoleArgs";

/** The runtime's role as its component declares it. */
const RUNTIME = agentCoreComponent(AGENTCORE_KINDS.runtime);

/**
 * The execution role of an Amazon Bedrock AgentCore runtime, and nothing more: pulling its own
 * image (or reading its own code), writing its own logs, traces and metrics, invoking the models
 * named (through their profiles), and using the memories, gateways, credential providers,
 * knowledge bases and guardrails named. The trust policy admits AgentCore acting for the runtimes
 * of this name in this account only.
 *
 * `roleArn` resolves only once every policy is attached: give it to
 * `aws.bedrock.AgentcoreAgentRuntime.roleArn`, and CreateAgentRuntime's image check finds them.
 */
export class AgentCoreRuntimeRole extends pulumi.ComponentResource {
    /** The runtime's execution role. */
    declare public readonly role: aws.iam.Role;
    /** ARN of the role, resolved once every policy is attached. */
    declare public readonly roleArn: pulumi.Output<string>;
    /** Name of the role, resolved once every policy is attached. */
    declare public readonly roleName: pulumi.Output<string>;
    /**
     * The runtime's name, as checked: give it to `aws.bedrock.AgentcoreAgentRuntime.agentRuntimeName`, so that the runtime
     * is the one the trust policy admits (a runtime of another name could never assume the role).
     */
    declare public readonly runtimeName: pulumi.Output<string>;
    /** The role's trust policy, as JSON. */
    declare public readonly trustPolicy: pulumi.Output<string>;
    /** The role's inline identity policy, as JSON. */
    declare public readonly identityPolicy: pulumi.Output<string>;
    /** Customer-managed policies holding the statements that did not fit inline, as JSON; usually empty. */
    declare public readonly managedPolicies: pulumi.Output<string[]>;
    /**
     * Every KMS key's statements, by key ARN, as a JSON list (a guardrail's key naming the role).
     * Resolved once the role exists, since KMS refuses a key policy naming a principal that does not.
     */
    declare public readonly keyPolicyStatements: pulumi.Output<{ [keyArn: string]: string }>;
    /**
     * The statements the principal that creates the runtime needs in its own identity policy
     * because of the role, as a JSON list: `iam:PassRole` on the role to AgentCore, creating, updating and deleting the role and the policies the component writes on it (on their ARNs only; with `permissionsBoundary`, only while the role carries it), the runtime-identity service-linked role the first runtime of the account creates (`iam:CreateServiceLinkedRole` for that role and service only), and in `VPC` mode the
     * network service-linked role.
     */
    declare public readonly deployerStatements: pulumi.Output<string>;
    /**
     * The identity policy the principals that invoke the runtime need, as JSON: what `callers`
     * asks, on the runtime's ids and the endpoints named. Attach it with `callerRolePolicyArgs`.
     * Empty without `callers`.
     */
    declare public readonly callerPolicy: pulumi.Output<string>;
    /**
     * The runtime's resource-based policy, as a JSON list of statements without `Resource`: who else
     * may invoke it, as `resourcePolicy` asks. Attach it to the runtime and to each endpoint called with
     * `agentCoreResourcePolicyArgs`, which writes each one's ARN in `Resource`. Empty without
     * `resourcePolicy`.
     */
    declare public readonly resourcePolicy: pulumi.Output<string>;
    /**
     * The policies the destinations of the runtime's logs and traces (`logDelivery`) need for
     * `delivery.logs.amazonaws.com`, as JSON: `logGroups` (a policy document by log group ARN, for
     * `aws.cloudwatch.LogResourcePolicy` with `resourceArn`), `buckets` (statements to add to each
     * bucket's policy, by bucket name) and `xray` (a policy document by policy name, for
     * `aws.xray.ResourcePolicy`). Each admits deliveries from this account's delivery sources only;
     * X-Ray's, from the sources named for this runtime only. Attach each before the delivery is
     * created. Empty without `logDelivery`.
     */
    declare public readonly deliveryPolicies: pulumi.Output<string>;

    /**
     * @param name unique name of the component; the default role name is derived from it
     * @param args the runtime, what it runs and what it may use
     * @param opts options; a `provider` given here also supplies the account, region and partition
     */
    constructor(name: string, args: AgentCoreRuntimeRoleArgs, opts?: pulumi.ComponentResourceOptions) {
        const constructed = constructedShape(name, RUNTIME, args);
        super(RUNTIME.type, name, {}, opts);
        this.registerOutputs(declareRoleComponent(this, name, RUNTIME, args, constructed));
    }
}
