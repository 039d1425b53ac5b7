import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import {
    AgentDocuments,
    AgentPermissionsPlan,
    checkArgumentForms,
    completePlan,
    documentsScope,
    INLINE_POLICY_NAME,
    ManagedPolicyName,
    planAgentDocuments,
} from "./agentPermissionsPlan";
import { BedrockAgentRoleArgs } from "./bedrockAgentRoleArgs";
import { InvokedFunction, withoutFunctions } from "./capabilities/capability";
import { componentShape, isPlain } from "./componentShape";
import type { AwsEnvironment } from "./iam/awsEnvironment";
import { renderPolicy } from "./iam/policyDocument";
import { lambdaFunctionTarget, LambdaPermissionSlot } from "./lambdaPermissions";
import { reportPlan } from "./planObservers";

/**
 * The IAM an Amazon Bedrock agent needs and nothing more: its service role, the role's trust
 * policy, its identity policy, and a Lambda permission for each action-group function. Every
 * document is scoped to the exact resources named in the args and carries the confused-deputy
 * conditions.
 *
 * `roleArn` resolves only once the identity policy is attached, so an `aws.bedrock.AgentAgent`
 * built from it is created after its permissions exist.
 */
export class BedrockAgentRole extends pulumi.ComponentResource {
    /** The agent's service role. */
    public readonly role: aws.iam.Role;
    /** ARN of the role, resolved once every policy is attached. */
    public readonly roleArn: pulumi.Output<string>;
    /** Name of the role, resolved once every policy is attached. */
    public readonly roleName: pulumi.Output<string>;
    /** The role's trust policy, as JSON. */
    public readonly trustPolicy: pulumi.Output<string>;
    /** The role's inline identity policy, as JSON. */
    public readonly identityPolicy: pulumi.Output<string>;
    /**
     * Customer-managed policies attached to the role, as JSON, holding the statements that did not
     * fit IAM's inline quota; empty for most agents.
     */
    public readonly managedPolicies: pulumi.Output<string[]>;
    /** One permission per action-group Lambda function and admitted agent. */
    public readonly lambdaPermissions: aws.lambda.Permission[];
    /**
     * The statement to add to the customer-managed KMS key's policy, as JSON, so that Bedrock may
     * use the key for this agent. Empty when no key is given.
     */
    public readonly keyPolicyStatement: pulumi.Output<string>;

    /**
     * @param name unique name of the component; the default role name is derived from it
     * @param args what the agent may use
     * @param opts options; a `provider` given here also supplies the default account, region and partition
     */
    constructor(name: string, args: BedrockAgentRoleArgs, opts?: pulumi.ComponentResourceOptions) {
        // Checked before the component registers, so a mistake leaves nothing behind in the stack.
        const source = { project: pulumi.getProject(), stack: pulumi.getStack(), componentName: name };
        const shape = componentShape(args, source);
        const declaredManagedPolicies = isPlain(args)
            ? checkArgumentForms(args as pulumi.Unwrap<BedrockAgentRoleArgs>, source, shape)
            : undefined;
        super("bedrock-agent-role:index:BedrockAgentRole", name, {}, opts);

        const documents = pulumi
            .all([pulumi.output(withoutFunctions(args)), this.providerEnvironment()])
            .apply(([planned, provider]) =>
                planAgentDocuments({ args: planned, provider, source, shape, declaredManagedPolicies }),
            );
        const checkFunctions = (functions: InvokedFunction[], values: unknown[], planned: AgentDocuments) =>
            Object.fromEntries(
                functions.map((fn, i) => [
                    fn.key,
                    lambdaFunctionTarget(fn.argument, values[i], documentsScope(planned)),
                ]),
            );
        // Nothing is created until every function checks too; in a preview, a function that is not
        // known yet is checked when it is, so that it never makes a document unknown.
        const gating = pulumi.runtime.isDryRun()
            ? shape.functions.filter((fn) => isPlain(fn.value))
            : shape.functions;
        const plan = pulumi
            .all([documents, pulumi.all(gating.map((fn) => fn.value))])
            .apply(([planned, values]) => (checkFunctions(gating, values, planned), planned));
        const complete: pulumi.Output<AgentPermissionsPlan> = pulumi
            .all([plan, pulumi.all(shape.functions.map((fn) => fn.value))])
            .apply(([planned, values]) =>
                completePlan(planned, checkFunctions(shape.functions, values, planned)),
            );

        this.role = new aws.iam.Role(
            name,
            {
                name: shape.roleName,
                assumeRolePolicy: plan.apply((p) => renderPolicy(p.trustPolicy)),
                path: plan.apply((p) => p.role.path),
                description: plan.apply((p) => p.role.description),
                maxSessionDuration: plan.apply((p) => p.role.maxSessionDuration),
                permissionsBoundary: plan.apply((p) => p.role.permissionsBoundary),
                tags: plan.apply((p) => p.role.tags),
            },
            { parent: this },
        );
        const inlinePolicy = new aws.iam.RolePolicy(
            `${name}-identity`,
            {
                role: this.role.name,
                name: INLINE_POLICY_NAME,
                policy: plan.apply((p) => renderPolicy(p.inlinePolicy)),
            },
            { parent: this },
        );
        // A thousand functions stay cheap when permissions share outputs: one per function, one per
        // agent, each passing through the field of the first spec that carries that value.
        const specField = (
            field: "function" | "sourceAccount" | "sourceArn",
            same: (slot: LambdaPermissionSlot) => string,
        ) => {
            const shared = new Map<string, pulumi.Output<string>>();
            return (slot: LambdaPermissionSlot): pulumi.Output<string> => {
                const key = same(slot);
                if (!shared.has(key)) {
                    const first = shape.slots.indexOf(slot);
                    shared.set(
                        key,
                        complete.apply((p) => p.lambdaPermissions[first][field]),
                    );
                }
                return shared.get(key) as pulumi.Output<string>;
            };
        };
        const functionOf = specField("function", (slot) => slot.functionKey);
        const sourceAccountOf = specField("sourceAccount", () => "");
        const sourceArnOf = specField("sourceArn", (slot) => slot.agentKey ?? "");
        this.lambdaPermissions = shape.slots.map(
            (slot) =>
                new aws.lambda.Permission(
                    slot.resourceName,
                    {
                        function: functionOf(slot),
                        statementId: slot.statementId,
                        action: slot.action,
                        principal: slot.principal,
                        sourceAccount: sourceAccountOf(slot),
                        sourceArn: sourceArnOf(slot),
                    },
                    { parent: this },
                ),
        );
        // With plain args the managed policies are known now and declared as such; with outputs,
        // their number is known only once the args resolve.
        const attachmentIds = declaredManagedPolicies
            ? pulumi.all(declaredManagedPolicies.map((part) => this.attachManagedPolicy(name, part, plan)))
            : plan.apply((p) =>
                  pulumi.all(p.managedPolicies.map((part) => this.attachManagedPolicy(name, part, plan))),
              );

        complete.apply((p) => p.warnings.forEach((warning) => pulumi.log.warn(warning, this)));
        reportPlan({ name, plan: complete });
        const attached = pulumi.all([this.role.arn, this.role.name, inlinePolicy.id, attachmentIds]);
        this.roleArn = attached.apply(([arn]) => arn);
        this.roleName = attached.apply(([, roleNameValue]) => roleNameValue);
        this.managedPolicies = plan.apply((p) =>
            p.managedPolicies.map((part) => renderPolicy(part.document)),
        );
        this.trustPolicy = plan.apply((p) => renderPolicy(p.trustPolicy));
        this.identityPolicy = plan.apply((p) => renderPolicy(p.inlinePolicy));
        this.keyPolicyStatement = plan.apply((p) =>
            p.keyPolicyStatement ? renderPolicy(p.keyPolicyStatement) : "",
        );
        this.registerOutputs({
            role: this.role,
            roleArn: this.roleArn,
            roleName: this.roleName,
            trustPolicy: this.trustPolicy,
            identityPolicy: this.identityPolicy,
            managedPolicies: this.managedPolicies,
            lambdaPermissions: this.lambdaPermissions,
            keyPolicyStatement: this.keyPolicyStatement,
        });
    }

    /** Declares one managed policy of the plan and attaches it to the role; returns the attachment's id. */
    private attachManagedPolicy(
        componentName: string,
        part: ManagedPolicyName,
        plan: pulumi.Output<AgentDocuments>,
    ): pulumi.Output<string> {
        const document = plan.apply((p) => p.managedPolicies.find((planned) => planned.key === part.key));
        const policy = new aws.iam.Policy(
            `${componentName}-${part.key}`,
            {
                name: part.name,
                path: plan.apply((p) => p.role.path),
                policy: document.apply((d) => (d ? renderPolicy(d.document) : "")),
                tags: plan.apply((p) => p.role.tags),
            },
            { parent: this },
        );
        return new aws.iam.RolePolicyAttachment(
            `${componentName}-${part.key}`,
            { role: this.role.name, policyArn: policy.arn },
            { parent: this },
        ).id;
    }

    /** Partition, account and region of the component's AWS provider. */
    private providerEnvironment(): pulumi.Output<AwsEnvironment> {
        const invoke = { parent: this };
        return pulumi
            .all([
                aws.getPartitionOutput({}, invoke).partition,
                aws.getCallerIdentityOutput({}, invoke).accountId,
                aws.getRegionOutput({}, invoke).region,
            ])
            .apply(([partition, account, region]) => ({ partition, account, region }));
    }
}
