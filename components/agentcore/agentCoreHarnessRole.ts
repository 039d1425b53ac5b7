import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { constructedShape, declareRoleComponent } from "../resources/roleComponent";
import { agentCoreComponent } from "./agentCoreComponent";
import { AGENTCORE_KINDS } from "./agentCoreKinds";
import type { AgentCoreHarnessRoleArgs } from "./agentCoreHarnessRoleArgs";

/** The harness's role as its component declares it. */
const HARNESS = agentCoreComponent(AGENTCORE_KINDS.harness);

/**
 * The execution role of an Amazon Bedrock AgentCore harness, and nothing more: pulling AgentCore's
 * managed container (from ECR Public, or in a VPC from AWS's `harness-<region>` repository) or its
 * custom image, writing its runtime's logs, traces and metrics, getting its own workload access
 * tokens, invoking the models named (through their profiles), and using the browsers, code
 * interpreters, memories, gateways and credential providers named. The trust policy admits
 * AgentCore acting for the harnesses of this name, and the runtimes it runs them on, in this
 * account only.
 *
 * `roleArn` resolves only once every policy is attached: give it to
 * `aws.bedrock.AgentcoreHarness.executionRoleArn`.
 */
export class AgentCoreHarnessRole extends pulumi.ComponentResource {
    /** The harness's execution role. */
    declare public readonly role: aws.iam.Role;
    /** ARN of the role, resolved once every policy is attached. */
    declare public readonly roleArn: pulumi.Output<string>;
    /** Name of the role, resolved once every policy is attached. */
    declare public readonly roleName: pulumi.Output<string>;
    /**
     * The harness's name, as checked: give it to `aws.bedrock.AgentcoreHarness.harnessName`, so that the harness
     * is the one the trust policy admits (a harness of another name could never assume the role).
     */
    declare public readonly harnessName: pulumi.Output<string>;
    /** The role's trust policy, as JSON. */
    declare public readonly trustPolicy: pulumi.Output<string>;
    /** The role's inline identity policy, as JSON. */
    declare public readonly identityPolicy: pulumi.Output<string>;
    /** Customer-managed policies holding the statements that did not fit inline, as JSON; usually empty. */
    declare public readonly managedPolicies: pulumi.Output<string[]>;
    /** Every KMS key's statements, by key ARN, as a JSON list; empty, as a harness's role is given no key. */
    declare public readonly keyPolicyStatements: pulumi.Output<{ [keyArn: string]: string }>;
    /**
     * The statements the principal that creates the harness needs in its own identity policy
     * because of the role, as a JSON list: `iam:PassRole` on the role to AgentCore only, creating, updating and deleting the role and the policies the component writes on it (on their ARNs only; with `permissionsBoundary`, only while the role carries it), and in `VPC` mode the
     * network service-linked role AgentCore creates (`iam:CreateServiceLinkedRole` for it only).
     */
    declare public readonly deployerStatements: pulumi.Output<string>;

    /**
     * @param name unique name of the component; the default role name is derived from it
     * @param args the harness, its container and what its agent loop may use
     * @param opts options; a `provider` given here also supplies the account, region and partition
     */
    constructor(name: string, args: AgentCoreHarnessRoleArgs, opts?: pulumi.ComponentResourceOptions) {
        const constructed = constructedShape(name, HARNESS, args);
        super(HARNESS.type, name, {}, opts);
        this.registerOutputs(declareRoleComponent(this, name, HARNESS, args, constructed));
    }
}
