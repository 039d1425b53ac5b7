import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { ResolvedAgentRoleArgs } from "./agentGrants";
import { AgentPermissionsPlan, checkArgumentForms, planAgentPermissions } from "./agentPermissionsPlan";
import { ANY, AwsEnvironment } from "./awsEnvironment";
import { BedrockAgentRoleArgs } from "./bedrockAgentRoleArgs";
import { BEDROCK_SERVICE_PRINCIPAL } from "./agentPrincipal";
import {
    agentKeys,
    INVOKE_FUNCTION,
    lambdaPermissionKey,
    LambdaPermissionSpec,
    lambdaStatementId,
} from "./lambdaPermissions";
import { fitName, roleName } from "./names";
import { renderPolicy } from "./policyDocument";

/** Stands in for a Lambda function not yet known when the documents, which never name it, are planned. */
const PENDING_FUNCTION = "pending-function";

function withKnownFunctions(args: BedrockAgentRoleArgs): BedrockAgentRoleArgs {
    const groups = args.actionGroups?.map((group) =>
        group.lambdaFunction === undefined || typeof group.lambdaFunction === "string"
            ? group
            : { ...group, lambdaFunction: PENDING_FUNCTION },
    );
    return { ...args, actionGroups: groups };
}

/** Whether a value holds no output or promise anywhere, so it can be checked as it is. */
function isPlain(value: unknown): boolean {
    if (pulumi.Output.isInstance(value) || typeof (value as { then?: unknown } | null)?.then === "function") {
        return false;
    }
    if (typeof value === "object" && value !== null) {
        return Object.values(value).every(isPlain);
    }
    return true;
}

/** IAM's limit on a managed policy's name. */
const MANAGED_POLICY_NAME_MAX = 128;

/** Name of the inline identity policy on the role. */
export const INLINE_POLICY_NAME = "BedrockAgentPermissions";

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
        const fixedRoleName = roleName(source, args.roleNameSuffix);
        if (isPlain(args)) {
            checkArgumentForms(args as ResolvedAgentRoleArgs, source);
        }
        super("bedrock-agent-role:index:BedrockAgentRole", name, {}, opts);
        const keys = agentKeys((args.agentIds ?? []).map((id) => (typeof id === "string" ? id : undefined)));
        const provider = this.providerEnvironment();
        const planOf = (planned: BedrockAgentRoleArgs): pulumi.Output<AgentPermissionsPlan> =>
            pulumi
                .all([pulumi.output(planned), provider])
                .apply(([resolved, env]) =>
                    planAgentPermissions({ args: resolved, provider: env, source, agentKeys: keys }),
                );
        // The documents never mention Lambda functions, so a function not known until it is created
        // must not make them unknown in a preview: it is checked where it is used, by its permission.
        const plan = planOf(withKnownFunctions(args));
        const permissionPlan = planOf(args);

        this.role = new aws.iam.Role(
            name,
            {
                name: fixedRoleName,
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
        // One shared output per value that many permissions share keeps a thousand functions cheap.
        const permissionsByKey = permissionPlan.apply(
            (p) => new Map(p.lambdaPermissions.map((spec) => [spec.key, spec])),
        );
        const sourceAccount = permissionPlan.apply((p) => p.environment.account);
        const agents = keys.length > 0 ? keys : [undefined];
        const sourceArns = agents.map((agent) =>
            permissionPlan.apply((p) => p.sourceArnByAgentKey[agent?.key ?? ANY]),
        );
        this.lambdaPermissions = [...(args.actionGroups ?? [])]
            .filter((group) => group.lambdaFunction !== undefined)
            .map((group) => group.name)
            .sort()
            .flatMap((group) =>
                agents.map((agent, agentIndex) => {
                    const key = lambdaPermissionKey(group, agent);
                    return new aws.lambda.Permission(
                        `${name}-invoke-${key}`,
                        {
                            function: permissionsByKey.apply(
                                (byKey) => (byKey.get(key) as LambdaPermissionSpec).function,
                            ),
                            statementId: lambdaStatementId(fixedRoleName, key),
                            action: INVOKE_FUNCTION,
                            principal: BEDROCK_SERVICE_PRINCIPAL,
                            sourceAccount,
                            sourceArn: sourceArns[agentIndex],
                        },
                        { parent: this },
                    );
                }),
            );

        // How many managed policies are needed is known only once sizes are, hence the apply.
        const attachmentIds = plan.apply((p) =>
            pulumi.all(
                p.managedPolicies.map((part) => {
                    const policy = new aws.iam.Policy(
                        `${name}-${part.key}`,
                        {
                            name: fitName(`${p.roleName}-${part.key}`, MANAGED_POLICY_NAME_MAX),
                            path: p.role.path,
                            policy: renderPolicy(part.document),
                            tags: p.role.tags,
                        },
                        { parent: this },
                    );
                    return new aws.iam.RolePolicyAttachment(
                        `${name}-${part.key}`,
                        { role: this.role.name, policyArn: policy.arn },
                        { parent: this },
                    ).id;
                }),
            ),
        );
        // Warnings concern Lambda functions, so they come from the plan that knows every function.
        permissionPlan.apply((p) => p.warnings.forEach((warning) => pulumi.log.warn(warning, this)));
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
