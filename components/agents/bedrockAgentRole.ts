import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { BedrockAgentRoleArgs } from "./bedrockAgentRoleArgs";
import { AGENT_COMPONENT } from "./agentComponent";
import { constructedShape, declareRoleComponent } from "../resources/roleComponent";

/**
 * The IAM an Amazon Bedrock agent needs and nothing more: its service role (or an existing one),
 * the role's trust policy, its identity policy, and a Lambda permission for each function the
 * agent invokes; and, for others to apply, the statements its keys' policies and its callers
 * need. Every
 * document is scoped to the exact resources named in the args and carries the confused-deputy
 * conditions.
 *
 * `roleArn` resolves only once the identity policy is attached, so an `aws.bedrock.AgentAgent`
 * built from it is created after its permissions exist.
 */
export class BedrockAgentRole extends pulumi.ComponentResource {
    /** The agent's service role: created, or the existing role, read. */
    declare public readonly role: aws.iam.Role;
    /** ARN of the role, resolved once every policy is attached. */
    declare public readonly roleArn: pulumi.Output<string>;
    /** Name of the role, resolved once every policy is attached. */
    declare public readonly roleName: pulumi.Output<string>;
    /** The role's trust policy, as JSON. */
    declare public readonly trustPolicy: pulumi.Output<string>;
    /** The role's inline identity policy, as JSON. */
    declare public readonly identityPolicy: pulumi.Output<string>;
    /**
     * Customer-managed policies attached to the role, as JSON, holding the statements that did not
     * fit IAM's inline quota; empty for most agents.
     */
    declare public readonly managedPolicies: pulumi.Output<string[]>;
    /**
     * The first of `foundationModels`, as given: what `aws.bedrock.AgentAgent`'s `foundationModel`
     * takes, so a program states its model once.
     */
    declare public readonly foundationModel: pulumi.Output<string>;
    /** One permission per action-group Lambda function and admitted agent. */
    declare public readonly lambdaPermissions: aws.lambda.Permission[];
    /**
     * The statement to add to the customer-managed KMS key's policy, as JSON, so that Bedrock may
     * use the key for this agent. Empty when no key is given.
     */
    declare public readonly keyPolicyStatement: pulumi.Output<string>;
    /**
     * Every KMS key's statements, by key ARN, as a JSON list: what each key's policy needs (the
     * agent's key, a guardrail's key naming the role, the memory key). A key policy is replaced
     * whole when written, so the component hands the statements to the key's owner. Resolved once
     * the role exists, since KMS refuses a key policy naming a principal that does not.
     */
    declare public readonly keyPolicyStatements: pulumi.Output<{ [keyArn: string]: string }>;
    /**
     * The identity policy the principals that invoke the agent need, as JSON: `bedrock:InvokeAgent`
     * on `agentAliases`, and the grants on the agent's and its memory's keys that AWS asks of the
     * caller. Empty when they need nothing from these args.
     */
    declare public readonly callerPolicy: pulumi.Output<string>;
    /**
     * The statements the principal that creates the agent needs in its own identity policy because
     * of the role, as a JSON list: `iam:PassRole` on the role to Bedrock only
     * (`iam:PassedToService`), where AWS's managed policies pass any role named `*AmazonBedrock*`;
     * creating, updating and deleting the role and the policies the component writes on it (on their ARNs only; with `permissionsBoundary`, only while the role carries it); and the Lambda permissions on each function (`lambda:AddPermission` for
     * Bedrock only), once the functions are known.
     */
    declare public readonly deployerStatements: pulumi.Output<string>;

    /**
     * @param name unique name of the component; the default role name is derived from it
     * @param args what the agent may use
     * @param opts options; a `provider` given here also supplies the default account, region and partition
     */
    constructor(name: string, args: BedrockAgentRoleArgs, opts?: pulumi.ComponentResourceOptions) {
        // What names resources is checked before the component registers, so such a mistake
        // leaves nothing behind in the stack; everything else by the one pipeline, before any child
        // resource is declared.
        const constructed = constructedShape(name, AGENT_COMPONENT, args);
        super(AGENT_COMPONENT.type, name, {}, opts);
        this.registerOutputs(declareRoleComponent(this, name, AGENT_COMPONENT, args, constructed));
    }
}
