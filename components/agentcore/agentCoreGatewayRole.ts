import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { agentCoreRoleIdentity } from "./agentCoreDocuments";
import { GATEWAY_FAMILY } from "./agentCoreFamilies";
import { constructedIdentity, declareAgentCoreRole } from "./agentCoreRoleResources";
import type { AgentCoreGatewayRoleArgs } from "./agentCoreGatewayRoleArgs";

// Each AgentCore component declares its own outputs: Pulumi's schema inference finds only classes
// that extend ComponentResource directly, so the two cannot share a base class.
/**
 * The service role of an Amazon Bedrock AgentCore gateway, and nothing more: invoking its Lambda
 * targets and interceptors, getting tokens and keys from its outbound credential providers (and
 * their secrets), reading its targets' schemas, asking its policy engine, and using its key. The
 * trust policy admits AgentCore acting for the gateways of this name in this account only.
 *
 * `roleArn` resolves only once every policy is attached: give it to
 * `aws.bedrock.AgentcoreGateway.roleArn`, and CreateGatewayTarget's dry-run invoke finds them.
 */
export class AgentCoreGatewayRole extends pulumi.ComponentResource {
    /** The gateway's service role. */
    public readonly role: aws.iam.Role;
    /** ARN of the role, resolved once every policy is attached. */
    public readonly roleArn: pulumi.Output<string>;
    /** Name of the role, resolved once every policy is attached. */
    public readonly roleName: pulumi.Output<string>;
    /**
     * The gateway's name, as checked: give it to `aws.bedrock.AgentcoreGateway.name`, so that the gateway
     * is the one the trust policy admits (a gateway of another name could never assume the role).
     */
    public readonly gatewayName: pulumi.Output<string>;
    /** The role's trust policy, as JSON. */
    public readonly trustPolicy: pulumi.Output<string>;
    /** The role's inline identity policy, as JSON. */
    public readonly identityPolicy: pulumi.Output<string>;
    /** Customer-managed policies holding the statements that did not fit inline, as JSON; usually empty. */
    public readonly managedPolicies: pulumi.Output<string[]>;
    /**
     * Every KMS key's statements, by key ARN, as a JSON list: the gateway key's, naming the role.
     * Resolved once the role exists, since KMS refuses a key policy naming a principal that does not.
     */
    public readonly keyPolicyStatements: pulumi.Output<{ [keyArn: string]: string }>;

    /**
     * @param name unique name of the component; the default role name is derived from it
     * @param args the gateway and what it may reach
     * @param opts options; a `provider` given here also supplies the account, region and partition
     */
    constructor(name: string, args: AgentCoreGatewayRoleArgs, opts?: pulumi.ComponentResourceOptions) {
        const source = { project: pulumi.getProject(), stack: pulumi.getStack(), componentName: name };
        const identity = constructedIdentity(name, () => agentCoreRoleIdentity(GATEWAY_FAMILY, args, source));
        super("bedrock-agent-role:index:AgentCoreGatewayRole", name, {}, opts);
        const outputs = declareAgentCoreRole(this, name, GATEWAY_FAMILY, args, identity, source);
        this.role = outputs.role;
        this.roleArn = outputs.roleArn;
        this.roleName = outputs.roleName;
        this.gatewayName = outputs.resourceName;
        this.trustPolicy = outputs.trustPolicy;
        this.identityPolicy = outputs.identityPolicy;
        this.managedPolicies = outputs.managedPolicies;
        this.keyPolicyStatements = outputs.keyPolicyStatements;
        this.registerOutputs({
            roleArn: this.roleArn,
            roleName: this.roleName,
            gatewayName: this.gatewayName,
            trustPolicy: this.trustPolicy,
            identityPolicy: this.identityPolicy,
            managedPolicies: this.managedPolicies,
            keyPolicyStatements: this.keyPolicyStatements,
        });
    }
}
