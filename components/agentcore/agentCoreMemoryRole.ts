import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { constructedShape, declareRoleComponent } from "../resources/roleComponent";
import { agentCoreComponent } from "./agentCoreComponent";
import { AGENTCORE_KINDS } from "./agentCoreKinds";
import type { AgentCoreMemoryRoleArgs } from "./agentCoreMemoryRoleArgs";

/** The memory's role as its component declares it. */
const MEMORY = agentCoreComponent(AGENTCORE_KINDS.memory);

/**
 * The execution role of an Amazon Bedrock AgentCore memory, and nothing more: invoking the models
 * its built-in strategies with overrides name (through their profiles), publishing to its
 * self-managed strategies' topics and delivering their payloads to their buckets, streaming its
 * records to its Kinesis stream, each encrypted resource's key only through its service and for
 * that resource. The trust policy admits AgentCore acting for the memories of this name in this
 * account only. The memory's own customer-managed key is the deployer's to use, not the role's:
 * `deployerStatements` holds what the deployer needs.
 *
 * `roleArn` resolves only once every policy is attached: give it to
 * `aws.bedrock.AgentcoreMemory.memoryExecutionRoleArn`, and CreateMemory's check of its stream
 * finds them.
 */
export class AgentCoreMemoryRole extends pulumi.ComponentResource {
    /** The memory's execution role. */
    declare public readonly role: aws.iam.Role;
    /** ARN of the role, resolved once every policy is attached. */
    declare public readonly roleArn: pulumi.Output<string>;
    /** Name of the role, resolved once every policy is attached. */
    declare public readonly roleName: pulumi.Output<string>;
    /**
     * The memory's name, as checked: give it to `aws.bedrock.AgentcoreMemory.name`, so that the memory
     * is the one the trust policy admits (a memory of another name could never assume the role).
     */
    declare public readonly memoryName: pulumi.Output<string>;
    /** The role's trust policy, as JSON. */
    declare public readonly trustPolicy: pulumi.Output<string>;
    /** The role's inline identity policy, as JSON. */
    declare public readonly identityPolicy: pulumi.Output<string>;
    /** Customer-managed policies holding the statements that did not fit inline, as JSON; usually empty. */
    declare public readonly managedPolicies: pulumi.Output<string[]>;
    /**
     * Every KMS key's statements, by key ARN, as a JSON list: the keys of the topics, buckets and
     * stream the memory delivers to, naming the role. Resolved once the role exists, since KMS
     * refuses a key policy naming a principal that does not.
     */
    declare public readonly keyPolicyStatements: pulumi.Output<{ [keyArn: string]: string }>;
    /**
     * The statements the principal that creates the memory needs in its own identity policy, as a
     * JSON list: `iam:PassRole` on the role to AgentCore only, creating, updating and deleting the role and the policies the component writes on it (on their ARNs only; with `permissionsBoundary`, only while the role carries it), and with `customerEncryptionKey` the
     * memory key's use through AgentCore, which AgentCore's storage-encryption page asks of the
     * deployer, not of the role.
     */
    declare public readonly deployerStatements: pulumi.Output<string>;
    /**
     * The identity policy the principals that use the memory need, as JSON: what `callers` asks,
     * on the memory's ids, narrowed by actor, session and namespace where given. Attach it with
     * `callerRolePolicyArgs`. Empty without `callers`.
     */
    declare public readonly callerPolicy: pulumi.Output<string>;
    /**
     * The policies the destinations of the memory's logs and traces (`logDelivery`) need for
     * `delivery.logs.amazonaws.com`, as JSON: `logGroups` (a policy document by log group ARN, for
     * `aws.cloudwatch.LogResourcePolicy` with `resourceArn`), `buckets` (statements to add to each
     * bucket's policy, by bucket name) and `xray` (a policy document by policy name, for
     * `aws.xray.ResourcePolicy`). Each admits deliveries from this account's delivery sources only;
     * X-Ray's, from the sources named for this memory only. Attach each before the delivery is
     * created. Empty without `logDelivery`.
     */
    declare public readonly deliveryPolicies: pulumi.Output<string>;

    /**
     * @param name unique name of the component; the default role name is derived from it
     * @param args the memory and what AgentCore does with it
     * @param opts options; a `provider` given here also supplies the account, region and partition
     */
    constructor(name: string, args: AgentCoreMemoryRoleArgs, opts?: pulumi.ComponentResourceOptions) {
        const constructed = constructedShape(name, MEMORY, args);
        super(MEMORY.type, name, {}, opts);
        this.registerOutputs(declareRoleComponent(this, name, MEMORY, args, constructed));
    }
}
