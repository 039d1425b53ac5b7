import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { constructedShape, declareRoleComponent } from "../resources/roleComponent";
import { agentCoreComponent } from "./agentCoreComponent";
import { AGENTCORE_KINDS } from "./agentCoreKinds";
import type { AgentCoreGatewayRoleArgs } from "./agentCoreGatewayRoleArgs";

/** The gateway's role as its component declares it. */
const GATEWAY = agentCoreComponent(AGENTCORE_KINDS.gateway);

/**
 * The service role of an Amazon Bedrock AgentCore gateway, and nothing more: invoking its Lambda
 * targets and interceptors, the methods and paths of its API Gateway stages, its runtime
 * endpoints, other gateways and its function URLs that it signs requests to with this role, getting tokens and
 * keys from its outbound credential providers (and their secrets), reading its targets' schemas,
 * asking its policy engine, and using its key. The trust policy admits AgentCore acting for the
 * gateways of this name in this account only.
 *
 * `roleArn` resolves only once every policy is attached: give it to
 * `aws.bedrock.AgentcoreGateway.roleArn`, and CreateGatewayTarget's dry-run invoke finds them.
 */
export class AgentCoreGatewayRole extends pulumi.ComponentResource {
    /** The gateway's service role. */
    declare public readonly role: aws.iam.Role;
    /** ARN of the role, resolved once every policy is attached. */
    declare public readonly roleArn: pulumi.Output<string>;
    /** Name of the role, resolved once every policy is attached. */
    declare public readonly roleName: pulumi.Output<string>;
    /**
     * The gateway's name, as checked: give it to `aws.bedrock.AgentcoreGateway.name`, so that the gateway
     * is the one the trust policy admits (a gateway of another name could never assume the role).
     */
    declare public readonly gatewayName: pulumi.Output<string>;
    /** The role's trust policy, as JSON. */
    declare public readonly trustPolicy: pulumi.Output<string>;
    /** The role's inline identity policy, as JSON. */
    declare public readonly identityPolicy: pulumi.Output<string>;
    /** Customer-managed policies holding the statements that did not fit inline, as JSON; usually empty. */
    declare public readonly managedPolicies: pulumi.Output<string[]>;
    /**
     * Every KMS key's statements, by key ARN, as a JSON list: the gateway key's, naming the role.
     * Resolved once the role exists, since KMS refuses a key policy naming a principal that does not.
     */
    declare public readonly keyPolicyStatements: pulumi.Output<{ [keyArn: string]: string }>;
    /**
     * The statements the principal that creates the gateway needs in its own identity policy
     * because of the role, as a JSON list: `iam:PassRole` on the role to AgentCore only, creating, updating and deleting the role and the policies the component writes on it (on their ARNs only; with `permissionsBoundary`, only while the role carries it), and with `managedPrivateEndpoints`
     * the gateway network service-linked role AgentCore creates (`iam:CreateServiceLinkedRole` for it only).
     */
    declare public readonly deployerStatements: pulumi.Output<string>;
    /**
     * The identity policy the principals that invoke the gateway need, as JSON: `InvokeGateway` on
     * the gateway's ids, from where `callers` says. Attach it with `callerRolePolicyArgs`. Empty
     * without `callers`.
     */
    declare public readonly callerPolicy: pulumi.Output<string>;
    /**
     * The gateway's resource-based policy, as a JSON list of statements without `Resource`: who else
     * may invoke it, as `resourcePolicy` asks. Attach it to the gateway with
     * `agentCoreResourcePolicyArgs`, which writes each one's ARN in `Resource`. Empty without
     * `resourcePolicy`.
     */
    declare public readonly resourcePolicy: pulumi.Output<string>;
    /**
     * The policies the destinations of the gateway's logs and traces (`logDelivery`) need for
     * `delivery.logs.amazonaws.com`, as JSON: `logGroups` (a policy document by log group ARN, for
     * `aws.cloudwatch.LogResourcePolicy` with `resourceArn`), `buckets` (statements to add to each
     * bucket's policy, by bucket name) and `xray` (a policy document by policy name, for
     * `aws.xray.ResourcePolicy`). Each admits deliveries from this account's delivery sources only;
     * X-Ray's, from the sources named for this gateway only. Attach each before the delivery is
     * created. Empty without `logDelivery`.
     */
    declare public readonly deliveryPolicies: pulumi.Output<string>;

    /**
     * @param name unique name of the component; the default role name is derived from it
     * @param args the gateway and what it may reach
     * @param opts options; a `provider` given here also supplies the account, region and partition
     */
    constructor(name: string, args: AgentCoreGatewayRoleArgs, opts?: pulumi.ComponentResourceOptions) {
        const constructed = constructedShape(name, GATEWAY, args);
        super(GATEWAY.type, name, {}, opts);
        this.registerOutputs(declareRoleComponent(this, name, GATEWAY, args, constructed));
    }
}
