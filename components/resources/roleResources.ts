import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { IdentityStatement, PolicyDocument, TrustStatement } from "../iam/policyDocument";
import { renderPolicy } from "../iam/policyDocument";
import type { ManagedPolicy } from "../iam/policyPacking";
import type { RoleIdentity } from "../iam/roleIdentity";
import type { RoleSettings } from "../iam/roleSettings";

/** What a role is declared from: its settings and documents, as any component family plans them. @internal */
export interface RoleDocuments {
    /** The role's own settings. */
    role: RoleSettings;
    /** The role's trust policy. */
    trustPolicy: PolicyDocument<TrustStatement>;
    /** The identity policy written inline on the role. */
    inlinePolicy: PolicyDocument<IdentityStatement>;
    /** Identity policy statements that did not fit inline, as customer-managed policies. */
    managedPolicies: ManagedPolicy[];
}

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
 * plan's documents through. The managed policies are declared once the plan is known: how many
 * there are depends on every statement.
 * @param inlinePolicyName name of the inline identity policy
 * @param mayGrantNothing whether the documents may hold no statement: the inline policy is then
 *   declared once they are known, and only when they hold one (IAM refuses an empty policy)
 * @internal
 */
export function declareRole(
    parent: pulumi.Resource,
    componentName: string,
    identity: RoleIdentity,
    existing: aws.iam.Role | undefined,
    plan: pulumi.Output<RoleDocuments>,
    inlinePolicyName: string,
    mayGrantNothing: boolean,
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
    const roleName = existing ? identity.name : role.name;
    const declareInline = (policy: pulumi.Input<string>) =>
        new aws.iam.RolePolicy(
            `${componentName}-identity`,
            { role: roleName, name: inlinePolicyName, policy },
            { parent },
        ).id;
    const inline: pulumi.Output<string[]> = mayGrantNothing
        ? plan.apply((p) =>
              pulumi.all(
                  p.inlinePolicy.Statement.length === 0 ? [] : [declareInline(renderPolicy(p.inlinePolicy))],
              ),
          )
        : declareInline(plan.apply((p) => renderPolicy(p.inlinePolicy))).apply((id) => [id]);
    const attach = (part: ManagedPolicy, settings: RoleSettings): pulumi.Output<string> => {
        const policy = new aws.iam.Policy(
            `${componentName}-${part.key}`,
            {
                name: part.name,
                path: settings.path,
                policy: renderPolicy(part.document),
                tags: settings.tags,
            },
            { parent },
        );
        return new aws.iam.RolePolicyAttachment(
            `${componentName}-${part.key}`,
            { role: roleName, policyArn: policy.arn },
            { parent },
        ).id;
    };
    const managed = plan.apply((p) => pulumi.all(p.managedPolicies.map((part) => attach(part, p.role))));
    return { role, attached: pulumi.all([inline, managed]).apply(([ids, more]) => [...ids, ...more]) };
}
