// The requests the principal that deploys a role's resource (the one running `pulumi up`) makes
// because of the role, as AWS presents them: passing the role to the service that takes it,
// creating the service-linked roles AgentCore creates with its credentials (runtime identity, and
// the network roles in a VPC or with managed private endpoints), creating, reading, updating and
// deleting the role itself and its policies (within a permissions boundary when one is set), and an
// agent's Lambda permissions. Written from AWS's pages, never from the package's statements;
// joined into tests/support/awsRequests.ts's table.
import {
    allowed,
    AwsRequest,
    Citation,
    neighbour,
    RowSpec,
    THE_MANAGED_POLICY,
    THE_ROLE,
} from "./requestRows";

const ACCOUNT = "123456789012";
const PAGES = {
    passRole: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html",
    serviceLinkedRoles:
        "https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/service-linked-roles.html",
    agentsPermissions: "https://docs.aws.amazon.com/bedrock/latest/userguide/agents-permissions.html",
    iamReference:
        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsidentityandaccessmanagementiam.html",
    boundaries: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html",
    lambdaReference: "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awslambda.html",
};
const PASS_ROLE: Citation = {
    url: PAGES.passRole,
    shows: 'to pass a role to a service, a principal needs iam:PassRole on the role; "iam:PassedToService" names the service the role is passed to (the role\'s trusted principal)',
};
const passRole = (at: string, service: string, row = allowed): AwsRequest =>
    row({
        at,
        principal: "deployer",
        action: "iam:PassRole",
        resource: THE_ROLE,
        context: { "iam:PassedToService": service },
        source: PASS_ROLE,
    });

/** An AgentCore role passed to AgentCore, and to other services (neighbours). */
export const AGENTCORE_DEPLOYER_REQUESTS: AwsRequest[] = [
    passRole("agentcore.deployer.passRole", "bedrock-agentcore.amazonaws.com"),
    passRole("agentcore.deployer.toBedrock", "bedrock.amazonaws.com", neighbour),
    passRole("agentcore.deployer.toLambda", "lambda.amazonaws.com", neighbour),
    neighbour({
        at: "agentcore.deployer.otherRole",
        principal: "deployer",
        action: "iam:PassRole",
        resource: `arn:aws:iam::${ACCOUNT}:role/AgentCoreRuntime_admin-00000000`,
        context: { "iam:PassedToService": "bedrock-agentcore.amazonaws.com" },
        source: PASS_ROLE,
    }),
];

const SERVICE_LINKED: Citation = {
    url: PAGES.serviceLinkedRoles,
    shows: "AWSServiceRoleForBedrockAgentCoreRuntimeIdentity, trusted by runtime-identity.bedrock-agentcore.amazonaws.com, is created with the first agent runtime; the IAM entity that creates it needs iam:CreateServiceLinkedRole for that service (iam:AWSServiceName)",
};
const serviceLinkedRole = (at: string, path: string, service: string, row = allowed): AwsRequest =>
    row({
        at,
        principal: "deployer",
        action: "iam:CreateServiceLinkedRole",
        resource: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/${path}`,
        context: { "iam:AWSServiceName": service },
        source: SERVICE_LINKED,
    });

/** A runtime's deployer: the runtime-identity service-linked role, and no other. */
export const RUNTIME_DEPLOYER_REQUESTS: AwsRequest[] = [
    serviceLinkedRole(
        "agentcore.runtimeDeployer.runtimeIdentity",
        "runtime-identity.bedrock-agentcore.amazonaws.com/AWSServiceRoleForBedrockAgentCoreRuntimeIdentity",
        "runtime-identity.bedrock-agentcore.amazonaws.com",
    ),
    serviceLinkedRole(
        "agentcore.runtimeDeployer.network",
        "network.bedrock-agentcore.amazonaws.com/AWSServiceRoleForBedrockAgentCoreNetwork",
        "network.bedrock-agentcore.amazonaws.com",
        neighbour,
    ),
    serviceLinkedRole(
        "agentcore.runtimeDeployer.otherService",
        "elasticbeanstalk.amazonaws.com/AWSServiceRoleForElasticBeanstalk",
        "elasticbeanstalk.amazonaws.com",
        neighbour,
    ),
];

/** An agent's role passed to Bedrock, and to AgentCore (a neighbour). */
export const AGENT_DEPLOYER_REQUESTS: AwsRequest[] = [
    {
        ...passRole("agents.deployer.passRole", "bedrock.amazonaws.com"),
        source: { ...PASS_ROLE, url: PAGES.passRole },
    },
    passRole("agents.deployer.toAgentCore", "bedrock-agentcore.amazonaws.com", neighbour),
];

const NETWORK_SLR: Citation = {
    url: PAGES.serviceLinkedRoles,
    shows: "AWSServiceRoleForBedrockAgentCoreNetwork, trusted by network.bedrock-agentcore.amazonaws.com, is created with a runtime, code interpreter or browser with a VPC configuration; AWSServiceRoleForBedrockAgentCoreGatewayNetwork, trusted by bedrock-agentcore.amazonaws.com, with a gateway target's managed private endpoint; AWSServiceRoleForBedrockAgentCoreIdentity, trusted by identity-network.bedrock-agentcore.amazonaws.com, with a private identity provider's endpoint; each needs iam:CreateServiceLinkedRole on role/aws-service-role/<service>/<name> with iam:AWSServiceName",
};
const SLR = {
    network: ["network.bedrock-agentcore.amazonaws.com", "AWSServiceRoleForBedrockAgentCoreNetwork"],
    gatewayNetwork: ["bedrock-agentcore.amazonaws.com", "AWSServiceRoleForBedrockAgentCoreGatewayNetwork"],
    identityNetwork: [
        "identity-network.bedrock-agentcore.amazonaws.com",
        "AWSServiceRoleForBedrockAgentCoreIdentity",
    ],
    other: ["elasticbeanstalk.amazonaws.com", "AWSServiceRoleForElasticBeanstalk"],
} as const;
const networkRole = (
    at: string,
    [service, name]: readonly [string, string],
    row = allowed,
    asService = service,
) => ({ ...serviceLinkedRole(at, `${service}/${name}`, asService, row), source: NETWORK_SLR });

/**
 * A runtime, browser, code interpreter or harness in a VPC: the network service-linked role, for
 * its service only; neither the gateway's nor the identity provider's, nor another service's.
 */
export const VPC_DEPLOYER_REQUESTS: AwsRequest[] = [
    networkRole("agentcore.vpcDeployer.network", SLR.network),
    networkRole(
        "agentcore.vpcDeployer.asAgentCore",
        SLR.network,
        neighbour,
        "bedrock-agentcore.amazonaws.com",
    ),
    networkRole("agentcore.vpcDeployer.gatewayNetwork", SLR.gatewayNetwork, neighbour),
    networkRole("agentcore.vpcDeployer.identityNetwork", SLR.identityNetwork, neighbour),
    networkRole("agentcore.vpcDeployer.otherService", SLR.other, neighbour),
    // On the public network (the default), not even the network role.
    networkRole("agentcore.publicDeployer.network", SLR.network, neighbour),
];

/** A gateway whose targets reach VPC resources through managed private endpoints: the gateway network role only. */
export const GATEWAY_NETWORK_DEPLOYER_REQUESTS: AwsRequest[] = [
    networkRole("agentcore.gatewayNetworkDeployer.gatewayNetwork", SLR.gatewayNetwork),
    networkRole("agentcore.gatewayNetworkDeployer.network", SLR.network, neighbour),
    networkRole("agentcore.gatewayNetworkDeployer.identityNetwork", SLR.identityNetwork, neighbour),
    // Without managed private endpoints, not the gateway network role.
    networkRole("agentcore.gatewayDeployer.gatewayNetwork", SLR.gatewayNetwork, neighbour),
];

const IAM_ROLE_ACTIONS: Citation = {
    url: PAGES.iamReference,
    shows: "each of CreateRole, GetRole, UpdateAssumeRolePolicy, UpdateRoleDescription, TagRole, UntagRole, PutRolePolicy, GetRolePolicy, DeleteRolePolicy, ListRolePolicies, ListAttachedRolePolicies, ListInstanceProfilesForRole, DeleteRole takes the resource type role (required), arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}",
    unconfirmed:
        "which of these calls aws.iam.Role and aws.iam.RolePolicy make rests on terraform-provider-aws's internal/service/iam (facts-24.md §7), which Pulumi wraps; AWS documents no provider's calls",
};
const BOUNDARY: Citation = {
    url: PAGES.boundaries,
    shows: "delegating role creation within a boundary: iam:CreateRole, PutRolePolicy, AttachRolePolicy (and the other actions the Service Authorization Reference gives the key) allowed only with StringEquals iam:PermissionsBoundary = the boundary's ARN; list_awsidentityandaccessmanagementiam.html lists iam:PermissionsBoundary (ARN) on them",
};
const IAM_POLICY_ACTIONS: Citation = {
    url: PAGES.iamReference,
    shows: "CreatePolicy, GetPolicy, GetPolicyVersion, ListPolicyVersions, CreatePolicyVersion, DeletePolicyVersion, DeletePolicy, TagPolicy take the resource type policy (required), arn:${Partition}:iam::${Account}:policy/${PolicyNameWithPath}; AttachRolePolicy and DetachRolePolicy take role, with iam:PolicyARN and iam:PermissionsBoundary",
    unconfirmed:
        "which of these calls aws.iam.Policy and aws.iam.RolePolicyAttachment make rests on terraform-provider-aws's internal/service/iam (facts-24.md §7), which Pulumi wraps",
};
const AGENT_BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/AgentBoundary`;
const OTHER_ROLE = `arn:aws:iam::${ACCOUNT}:role/AgentCoreRuntime_admin-00000000`;
const roleRow = (
    at: string,
    action: string,
    spec: Partial<RowSpec> = {},
    row = allowed,
    source = IAM_ROLE_ACTIONS,
): AwsRequest =>
    row({ at, principal: "deployer", action: `iam:${action}`, resource: THE_ROLE, source, ...spec });
const bounded = (boundary = AGENT_BOUNDARY) => ({ context: { "iam:PermissionsBoundary": boundary } });

/** A role the component creates, without a boundary: its whole life, and no other role's creation. */
export const ROLE_DEPLOYER_REQUESTS: AwsRequest[] = [
    ...[
        "CreateRole",
        "GetRole",
        "UpdateAssumeRolePolicy",
        "UpdateRoleDescription",
        "TagRole",
        "UntagRole",
        "PutRolePolicy",
        "GetRolePolicy",
        "DeleteRolePolicy",
        "ListRolePolicies",
        "ListAttachedRolePolicies",
        "ListInstanceProfilesForRole",
        "DeleteRole",
    ].map((action) => roleRow("deployer.role", action)),
    roleRow("deployer.role.otherRole", "CreateRole", { resource: OTHER_ROLE }, neighbour),
    roleRow("deployer.role.otherRole", "PutRolePolicy", { resource: OTHER_ROLE }, neighbour),
    roleRow("deployer.role.otherRole", "DeleteRole", { resource: OTHER_ROLE }, neighbour),
];

/** A role that exists: its inline policy written and read, never the role created, changed or deleted. */
export const EXISTING_ROLE_DEPLOYER_REQUESTS: AwsRequest[] = [
    ...["GetRole", "PutRolePolicy", "GetRolePolicy", "DeleteRolePolicy", "ListRolePolicies"].map((action) =>
        roleRow("deployer.existingRole", action),
    ),
    ...["CreateRole", "DeleteRole", "UpdateAssumeRolePolicy", "TagRole"].map((action) =>
        roleRow("deployer.existingRole", action, {}, neighbour),
    ),
];

/**
 * A role created within the boundary `AgentBoundary` (rows 13 and 14 of facts-24.md §9d): the
 * actions that carry iam:PermissionsBoundary only with that boundary; the others without it.
 */
export const BOUNDED_ROLE_DEPLOYER_REQUESTS: AwsRequest[] = [
    ...["CreateRole", "PutRolePolicy", "GetRole", "DeleteRolePolicy", "DeleteRole"].map((action) =>
        roleRow("deployer.boundedRole", action, bounded(), allowed, BOUNDARY),
    ),
    ...["TagRole", "GetRolePolicy", "ListInstanceProfilesForRole"].map((action) =>
        roleRow("deployer.boundedRole", action),
    ),
    roleRow("deployer.boundedRole.absent", "CreateRole", {}, neighbour, BOUNDARY),
    roleRow("deployer.boundedRole.absent", "PutRolePolicy", {}, neighbour, BOUNDARY),
    roleRow(
        "deployer.boundedRole.other",
        "CreateRole",
        bounded(`arn:aws:iam::${ACCOUNT}:policy/OtherBoundary`),
        neighbour,
        BOUNDARY,
    ),
    roleRow(
        "deployer.boundedRole.other",
        "PutRolePolicy",
        bounded(`arn:aws:iam::${ACCOUNT}:policy/OtherBoundary`),
        neighbour,
        BOUNDARY,
    ),
    roleRow(
        "deployer.boundedRole.otherRole",
        "CreateRole",
        { resource: OTHER_ROLE, ...bounded() },
        neighbour,
        BOUNDARY,
    ),
];

/**
 * The managed policies a bounded role's statements spill into (row 15): each created, read,
 * versioned and deleted on its own ARN, and attached to the role within the boundary; no other policy.
 */
export const MANAGED_POLICY_DEPLOYER_REQUESTS: AwsRequest[] = [
    ...[
        "CreatePolicy",
        "GetPolicy",
        "GetPolicyVersion",
        "ListPolicyVersions",
        "CreatePolicyVersion",
        "DeletePolicyVersion",
        "TagPolicy",
        "DeletePolicy",
    ].map((action) =>
        roleRow(
            "deployer.managedPolicies",
            action,
            { resource: THE_MANAGED_POLICY },
            allowed,
            IAM_POLICY_ACTIONS,
        ),
    ),
    ...["AttachRolePolicy", "DetachRolePolicy"].map((action) =>
        roleRow(
            "deployer.managedPolicies",
            action,
            { context: { "iam:PermissionsBoundary": AGENT_BOUNDARY, "iam:PolicyARN": THE_MANAGED_POLICY } },
            allowed,
            IAM_POLICY_ACTIONS,
        ),
    ),
    roleRow(
        "deployer.managedPolicies.otherPolicy",
        "CreatePolicy",
        { resource: `arn:aws:iam::${ACCOUNT}:policy/AgentAdmin` },
        neighbour,
        IAM_POLICY_ACTIONS,
    ),
    roleRow(
        "deployer.managedPolicies.administrator",
        "AttachRolePolicy",
        {
            context: {
                "iam:PermissionsBoundary": AGENT_BOUNDARY,
                "iam:PolicyARN": "arn:aws:iam::aws:policy/AdministratorAccess",
            },
        },
        neighbour,
        IAM_POLICY_ACTIONS,
    ),
];

const LAMBDA_PERMISSION: Citation = {
    url: PAGES.lambdaReference,
    shows: "AddPermission and RemovePermission take the resource type function (required), arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}, with the condition key lambda:Principal (the principal the statement admits); GetPolicy takes function",
};
const LOOKUP_ORDERS = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:lookup-orders`;
const lambdaRow = (at: string, action: string, spec: Partial<RowSpec> = {}, row = allowed): AwsRequest =>
    row({
        at,
        principal: "deployer",
        action: `lambda:${action}`,
        resource: LOOKUP_ORDERS,
        source: LAMBDA_PERMISSION,
        ...spec,
    });

/** An agent's action-group function (row 16): its permission added for Bedrock only, read and removed. */
export const LAMBDA_PERMISSION_DEPLOYER_REQUESTS: AwsRequest[] = [
    lambdaRow("agents.lambdaDeployer", "AddPermission", {
        context: { "lambda:Principal": "bedrock.amazonaws.com" },
    }),
    lambdaRow("agents.lambdaDeployer", "GetPolicy"),
    lambdaRow("agents.lambdaDeployer", "RemovePermission"),
    lambdaRow(
        "agents.lambdaDeployer.otherPrincipal",
        "AddPermission",
        { context: { "lambda:Principal": "s3.amazonaws.com" } },
        neighbour,
    ),
    lambdaRow(
        "agents.lambdaDeployer.otherFunction",
        "AddPermission",
        {
            resource: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:lookup-orders-v2`,
            context: { "lambda:Principal": "bedrock.amazonaws.com" },
        },
        neighbour,
    ),
];
