import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { AgentDocuments, INLINE_POLICY_NAME, ManagedPolicyName } from "../agents/agentDocuments";
import type { RoleIdentity } from "../iam/roleIdentity";
import { renderPolicy } from "../iam/policyDocument";

/** The role and the policies attached to it. @internal */
export interface RoleResources {
    /** The role: created, or the existing one, read. */
    role: aws.iam.Role;
    /** Ids of the inline policy and of every managed policy's attachment: what `roleArn` waits for. */
    attached: pulumi.Output<string[]>;
}

/** Reads an existing role, whose ARN and trust policy the plan compares with what it needs. @internal */
export function readExistingRole(
    parent: pulumi.Resource,
    componentName: string,
    role: RoleIdentity,
): aws.iam.Role | undefined {
    return role.existing ? aws.iam.Role.get(componentName, role.name, undefined, { parent }) : undefined;
}

/**
 * Declares the role (unless it exists), its inline policy and its managed policies, passing the
 * plan's documents through.
 * @param declared the managed policies known before the args resolved; otherwise they are
 *   declared once the plan is known
 * @internal
 */
export function declareRole(
    parent: pulumi.Resource,
    componentName: string,
    identity: RoleIdentity,
    existing: aws.iam.Role | undefined,
    plan: pulumi.Output<AgentDocuments>,
    declared: ManagedPolicyName[] | undefined,
): RoleResources {
    const role =
        existing ??
        new aws.iam.Role(
            componentName,
            {
                name: identity.name,
                assumeRolePolicy: plan.apply((p) => renderPolicy(p.trustPolicy)),
                path: plan.apply((p) => p.role.path),
                description: plan.apply((p) => p.role.description),
                maxSessionDuration: plan.apply((p) => p.role.maxSessionDuration),
                permissionsBoundary: plan.apply((p) => p.role.permissionsBoundary),
                tags: plan.apply((p) => p.role.tags),
            },
            { parent },
        );
    const inline = new aws.iam.RolePolicy(
        `${componentName}-identity`,
        {
            role: existing ? identity.name : role.name,
            name: INLINE_POLICY_NAME,
            policy: plan.apply((p) => renderPolicy(p.inlinePolicy)),
        },
        { parent },
    );
    const attach = (part: ManagedPolicyName): pulumi.Output<string> => {
        const document = plan.apply((p) => p.managedPolicies.find((planned) => planned.key === part.key));
        const policy = new aws.iam.Policy(
            `${componentName}-${part.key}`,
            {
                name: part.name,
                path: plan.apply((p) => p.role.path),
                policy: document.apply((d) => (d ? renderPolicy(d.document) : "")),
                tags: plan.apply((p) => p.role.tags),
            },
            { parent },
        );
        return new aws.iam.RolePolicyAttachment(
            `${componentName}-${part.key}`,
            { role: existing ? identity.name : role.name, policyArn: policy.arn },
            { parent },
        ).id;
    };
    // With plain args the managed policies are known now and declared as such; with outputs,
    // their number is known only once the args resolve.
    const managed = declared
        ? pulumi.all(declared.map(attach))
        : plan.apply((p) => pulumi.all(p.managedPolicies.map(attach)));
    return { role, attached: pulumi.all([inline.id, managed]).apply(([id, ids]) => [id, ...ids]) };
}
