import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { constructedShape, declareRoleComponent } from "../resources/roleComponent";
import { agentCoreComponent } from "./agentCoreComponent";
import { AGENTCORE_KINDS } from "./agentCoreKinds";
import type { AgentCoreBrowserRoleArgs } from "./agentCoreBrowserRoleArgs";

/** The browser's role as its component declares it. */
const BROWSER = agentCoreComponent(AGENTCORE_KINDS.browser);

/**
 * The execution role of an Amazon Bedrock AgentCore custom browser, and nothing more: writing its
 * session recordings under its recording prefix, and reading its enterprise policy files. The
 * trust policy admits AgentCore acting for the browsers of this name in this account only.
 * What AgentCore reads with the caller's credentials (root CA certificates' secrets, per-session
 * policy files) belongs to the caller, not to this role.
 *
 * `roleArn` resolves only once every policy is attached: give it to
 * `aws.bedrock.AgentcoreBrowser.executionRoleArn`.
 */
export class AgentCoreBrowserRole extends pulumi.ComponentResource {
    /** The browser's execution role. */
    declare public readonly role: aws.iam.Role;
    /** ARN of the role, resolved once every policy is attached. */
    declare public readonly roleArn: pulumi.Output<string>;
    /** Name of the role, resolved once every policy is attached. */
    declare public readonly roleName: pulumi.Output<string>;
    /**
     * The browser's name, as checked: give it to `aws.bedrock.AgentcoreBrowser.name`, so that the
     * browser is the one the trust policy admits (a browser of another name could never assume the role).
     */
    declare public readonly browserName: pulumi.Output<string>;
    /** The role's trust policy, as JSON. */
    declare public readonly trustPolicy: pulumi.Output<string>;
    /** The role's inline identity policy, as JSON. */
    declare public readonly identityPolicy: pulumi.Output<string>;
    /** Customer-managed policies holding the statements that did not fit inline, as JSON; usually empty. */
    declare public readonly managedPolicies: pulumi.Output<string[]>;
    /** Every KMS key's statements, by key ARN, as a JSON list: none for a browser's own grants. */
    declare public readonly keyPolicyStatements: pulumi.Output<{ [keyArn: string]: string }>;
    /**
     * The statements the principal that creates the browser needs in its own identity policy
     * because of the role, as a JSON list: `iam:PassRole` on the role to AgentCore only, creating, updating and deleting the role and the policies the component writes on it (on their ARNs only; with `permissionsBoundary`, only while the role carries it), and in `VPC` mode the
     * network service-linked role AgentCore creates (`iam:CreateServiceLinkedRole` for it only).
     */
    declare public readonly deployerStatements: pulumi.Output<string>;

    /**
     * @param name unique name of the component; the default role name is derived from it
     * @param args the browser, its recording location and its policy files
     * @param opts options; a `provider` given here also supplies the account, region and partition
     */
    constructor(name: string, args: AgentCoreBrowserRoleArgs, opts?: pulumi.ComponentResourceOptions) {
        const constructed = constructedShape(name, BROWSER, args);
        super(BROWSER.type, name, {}, opts);
        this.registerOutputs(declareRoleComponent(this, name, BROWSER, args, constructed));
    }
}
