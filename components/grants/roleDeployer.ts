// What the principal that runs `pulumi up` needs to create, read, update and delete the role a
// component declares and the policies it writes on it (aws.iam.Role, RolePolicy, Policy and
// RolePolicyAttachment, which call IAM's CreateRole, GetRole, ..., as terraform-provider-aws's
// internal/service/iam does), each on the exact role and policy ARNs the plan names. IAM's Service
// Authorization Reference (list_awsidentityandaccessmanagementiam.html) gives each action's
// resource (`role`, `policy`) and keys: `iam:PermissionsBoundary` on exactly the actions of
// BOUNDED_ROLE_ACTIONS and BOUNDED_POLICY_ACTIONS, `iam:PolicyARN` on Attach/DetachRolePolicy. With a
// permissions boundary, those actions are allowed only while the role carries it, IAM's delegation
// pattern (access_policies_boundaries.html: StringEquals iam:PermissionsBoundary = the boundary).
import type { ArnScope } from "../iam/awsEnvironment";
import { IdentityStatement, statement } from "../iam/policyDocument";
import type { RoleSettings } from "../iam/roleSettings";

/** The role and policies a component writes, as the deployer's statements name them. @internal */
export interface DeployedRole {
    /** The role's partition and account. */
    scope: ArnScope;
    /** The role's ARN, with its path. */
    roleArn: string;
    /** Whether the role exists: the component then only writes policies on it. */
    existing: boolean;
    /** The created role's settings: its path (the managed policies' too) and boundary. */
    role: Pick<RoleSettings, "path" | "permissionsBoundary">;
    /** The customer-managed policies the component creates and attaches, by name. */
    managedPolicies: { name: string }[];
}

/** What only creating the role takes (never asked of an existing role), all with `iam:PermissionsBoundary`. */
const BOUNDED_ROLE_ACTIONS = [
    "iam:CreateRole",
    "iam:DeleteRole",
    "iam:UpdateAssumeRolePolicy",
    "iam:UpdateRole",
    "iam:UpdateRoleDescription",
];
/** What only creating the role takes, without `iam:PermissionsBoundary`: tags, and the check before deleting it. */
const ROLE_ACTIONS = ["iam:ListInstanceProfilesForRole", "iam:TagRole", "iam:UntagRole"];
/** Reading the role and writing its inline policy, with `iam:PermissionsBoundary`. */
const BOUNDED_POLICY_ACTIONS = ["iam:DeleteRolePolicy", "iam:GetRole", "iam:PutRolePolicy"];
/** Reading the role's policies, without `iam:PermissionsBoundary`. */
const POLICY_READ_ACTIONS = ["iam:GetRolePolicy", "iam:ListAttachedRolePolicies", "iam:ListRolePolicies"];
/** Attaching the managed policies: `iam:PermissionsBoundary` and `iam:PolicyARN`. */
const ATTACH_ACTIONS = ["iam:AttachRolePolicy", "iam:DetachRolePolicy"];
/** The managed policies' own life (aws.iam.Policy), on the policies' ARNs; no boundary key. */
const MANAGED_POLICY_ACTIONS = [
    "iam:CreatePolicy",
    "iam:CreatePolicyVersion",
    "iam:DeletePolicy",
    "iam:DeletePolicyVersion",
    "iam:GetPolicy",
    "iam:GetPolicyVersion",
    "iam:ListPolicyVersions",
    "iam:TagPolicy",
    "iam:UntagPolicy",
];

/** The ARN of a customer-managed policy the component creates: the role's path, and its name. @internal */
export function managedPolicyArn(scope: ArnScope, path: string, name: string): string {
    return `arn:${scope.environment.partition}:iam::${scope.environment.account}:policy${path}${name}`;
}

/**
 * The deployer's statements for the role itself: for a created role, its creation, tags, updates
 * and deletion; for every role, its inline policy and reading it; where the plan has managed
 * policies, their creation and their attachment to this role only. Each statement's Sid names
 * what it allows, and is the same for every component, so that the program's deployer policy
 * joins every role's into one statement (`joinedDeployerStatements`); the statements whose
 * actions carry `iam:PermissionsBoundary` hold the created role's boundary, when set, as a
 * condition, and so join only the roles of that boundary.
 * @internal
 */
export function roleDeployerStatements(deployed: DeployedRole): IdentityStatement[] {
    const boundary = deployed.existing ? undefined : deployed.role.permissionsBoundary;
    const bounded = boundary ? { StringEquals: { "iam:PermissionsBoundary": [boundary] } } : undefined;
    const onRole = (Sid: string, Action: string[], Condition?: IdentityStatement["Condition"]) =>
        statement({ Sid, Effect: "Allow", Action, Resource: [deployed.roleArn], Condition });
    const policies = deployed.managedPolicies.map(({ name }) =>
        managedPolicyArn(deployed.scope, deployed.role.path, name),
    );
    return [
        ...(deployed.existing
            ? []
            : [
                  // Changing the boundary to the same one only: never removing it.
                  onRole(
                      "CreateRoles",
                      [...BOUNDED_ROLE_ACTIONS, ...(boundary ? ["iam:PutRolePermissionsBoundary"] : [])],
                      bounded,
                  ),
                  onRole("TagRoles", ROLE_ACTIONS),
              ]),
        onRole("WriteRolePolicies", BOUNDED_POLICY_ACTIONS, bounded),
        onRole("ReadRolePolicies", POLICY_READ_ACTIONS),
        ...(policies.length === 0
            ? []
            : [
                  onRole("AttachManagedPolicies", ATTACH_ACTIONS, {
                      ...bounded,
                      ArnEquals: { "iam:PolicyARN": policies },
                  }),
                  statement({
                      Sid: "CreateManagedPolicies",
                      Effect: "Allow",
                      Action: MANAGED_POLICY_ACTIONS,
                      Resource: policies,
                  }),
              ]),
    ];
}
