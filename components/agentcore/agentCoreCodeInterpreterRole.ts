import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { constructedShape, declareRoleComponent } from "../resources/roleComponent";
import { agentCoreComponent } from "./agentCoreComponent";
import { AGENTCORE_KINDS } from "./agentCoreKinds";
import type { AgentCoreCodeInterpreterRoleArgs } from "./agentCoreCodeInterpreterRoleArgs";

/** The code interpreter's role as its component declares it. */
const CODE_INTERPRETER = agentCoreComponent(AGENTCORE_KINDS.codeInterpreter);

/**
 * The execution role of an Amazon Bedrock AgentCore custom code interpreter: reading files under
 * its input prefixes (and listing under those prefixes only), writing under its output prefixes,
 * and the extra statements given. AgentCore serves the role's credentials inside the sandbox, so
 * any code the interpreter runs, often written by a model, holds every permission of this role.
 * The trust policy admits AgentCore acting for the code interpreters of this name in this account only.
 *
 * `roleArn` resolves only once every policy is attached: give it to
 * `aws.bedrock.AgentcoreCodeInterpreter.executionRoleArn`.
 */
export class AgentCoreCodeInterpreterRole extends pulumi.ComponentResource {
    /** The code interpreter's execution role. */
    declare public readonly role: aws.iam.Role;
    /** ARN of the role, resolved once every policy is attached. */
    declare public readonly roleArn: pulumi.Output<string>;
    /** Name of the role, resolved once every policy is attached. */
    declare public readonly roleName: pulumi.Output<string>;
    /**
     * The code interpreter's name, as checked: give it to `aws.bedrock.AgentcoreCodeInterpreter.name`,
     * so that the code interpreter is the one the trust policy admits.
     */
    declare public readonly codeInterpreterName: pulumi.Output<string>;
    /** The role's trust policy, as JSON. */
    declare public readonly trustPolicy: pulumi.Output<string>;
    /** The role's inline identity policy, as JSON. */
    declare public readonly identityPolicy: pulumi.Output<string>;
    /** Customer-managed policies holding the statements that did not fit inline, as JSON; usually empty. */
    declare public readonly managedPolicies: pulumi.Output<string[]>;
    /** Every KMS key's statements, by key ARN, as a JSON list: none for a code interpreter's own grants. */
    declare public readonly keyPolicyStatements: pulumi.Output<{ [keyArn: string]: string }>;
    /**
     * The statements the principal that creates the code interpreter needs in its own identity policy
     * because of the role, as a JSON list: `iam:PassRole` on the role to AgentCore only, creating, updating and deleting the role and the policies the component writes on it (on their ARNs only; with `permissionsBoundary`, only while the role carries it), and in `VPC` mode the
     * network service-linked role AgentCore creates (`iam:CreateServiceLinkedRole` for it only).
     */
    declare public readonly deployerStatements: pulumi.Output<string>;

    /**
     * @param name unique name of the component; the default role name is derived from it
     * @param args the code interpreter and the S3 prefixes its code reads and writes
     * @param opts options; a `provider` given here also supplies the account, region and partition
     */
    constructor(
        name: string,
        args: AgentCoreCodeInterpreterRoleArgs,
        opts?: pulumi.ComponentResourceOptions,
    ) {
        const constructed = constructedShape(name, CODE_INTERPRETER, args);
        super(CODE_INTERPRETER.type, name, {}, opts);
        this.registerOutputs(declareRoleComponent(this, name, CODE_INTERPRETER, args, constructed));
    }
}
