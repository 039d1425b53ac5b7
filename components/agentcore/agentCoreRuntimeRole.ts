import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { agentCoreRoleIdentity } from "./agentCoreDocuments";
import { RUNTIME_FAMILY } from "./agentCoreFamilies";
import { constructedIdentity, declareAgentCoreRole } from "./agentCoreRoleResources";
import type { AgentCoreRuntimeRoleArgs } from "./agentCoreRuntimeRoleArgs";

// Each AgentCore component declares its own outputs: Pulumi's schema inference finds only classes
// that extend ComponentResource directly, so the two cannot share a base class.
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
    public readonly role: aws.iam.Role;
    /** ARN of the role, resolved once every policy is attached. */
    public readonly roleArn: pulumi.Output<string>;
    /** Name of the role, resolved once every policy is attached. */
    public readonly roleName: pulumi.Output<string>;
    /**
     * The runtime's name, as checked: give it to `aws.bedrock.AgentcoreAgentRuntime.agentRuntimeName`, so that the runtime
     * is the one the trust policy admits (a runtime of another name could never assume the role).
     */
    public readonly runtimeName: pulumi.Output<string>;
    /** The role's trust policy, as JSON. */
    public readonly trustPolicy: pulumi.Output<string>;
    /** The role's inline identity policy, as JSON. */
    public readonly identityPolicy: pulumi.Output<string>;
    /** Customer-managed policies holding the statements that did not fit inline, as JSON; usually empty. */
    public readonly managedPolicies: pulumi.Output<string[]>;
    /**
     * Every KMS key's statements, by key ARN, as a JSON list (a guardrail's key naming the role).
     * Resolved once the role exists, since KMS refuses a key policy naming a principal that does not.
     */
    public readonly keyPolicyStatements: pulumi.Output<{ [keyArn: string]: string }>;

    /**
     * @param name unique name of the component; the default role name is derived from it
     * @param args the runtime, what it runs and what it may use
     * @param opts options; a `provider` given here also supplies the account, region and partition
     */
    constructor(name: string, args: AgentCoreRuntimeRoleArgs, opts?: pulumi.ComponentResourceOptions) {
        const source = { project: pulumi.getProject(), stack: pulumi.getStack(), componentName: name };
        const identity = constructedIdentity(name, () => agentCoreRoleIdentity(RUNTIME_FAMILY, args, source));
        super("bedrock-agent-role:index:AgentCoreRuntimeRole", name, {}, opts);
        const outputs = declareAgentCoreRole(this, name, RUNTIME_FAMILY, args, identity, source);
        this.role = outputs.role;
        this.roleArn = outputs.roleArn;
        this.roleName = outputs.roleName;
        this.runtimeName = outputs.resourceName;
        this.trustPolicy = outputs.trustPolicy;
        this.identityPolicy = outputs.identityPolicy;
        this.managedPolicies = outputs.managedPolicies;
        this.keyPolicyStatements = outputs.keyPolicyStatements;
        this.registerOutputs({
            roleArn: this.roleArn,
            roleName: this.roleName,
            runtimeName: this.runtimeName,
            trustPolicy: this.trustPolicy,
            identityPolicy: this.identityPolicy,
            managedPolicies: this.managedPolicies,
            keyPolicyStatements: this.keyPolicyStatements,
        });
    }
}
