// The requests the principal that deploys a role's resource (the one running `pulumi up`) makes
// because of the role, as AWS presents them: passing the role to the service that takes it,
// creating the service-linked roles AgentCore creates with its credentials (runtime identity, and
// the network roles in a VPC or with managed private endpoints), creating, reading, updating and
// deleting the role itself and its policies (within a permissions boundary when one is set), and an
// agent's Lambda permissions. Written from AWS's pages, never from the package's statements;
// joined into tests/support/awsRequests.ts's table.
import { allowed, AwsRequest, Citation, neighbour, RowSpec } from "./requestRows";
import { ACCOUNT } from "../iamEvaluation";

/** The role name suffix the deployer's tests give every component (roleNameSuffix), so that each role's name is known. */
export const DEPLOYED_ROLE_SUFFIX = "deployer-test";
/** How the package names each kind's role: this prefix, then roleNameSuffix (README, each kind's roleNameSuffix). */
const ROLE_PREFIXES = {
    agent: "AmazonBedrockExecutionRoleForAgents_",
    runtime: "AgentCoreRuntime_",
    gateway: "AgentCoreGateway_",
    memory: "AgentCoreMemory_",
    evaluation: "AgentCoreEvaluation_",
    harness: "AgentCoreHarness_",
    browser: "AgentCoreBrowser_",
    codeInterpreter: "AgentCoreCodeInterpreter_",
};
/** The kinds of role the deployer's rows are written for. */
export type DeployedKind = keyof typeof ROLE_PREFIXES;
/** Every kind, the agent's included. */
export const DEPLOYED_KINDS = Object.keys(ROLE_PREFIXES) as DeployedKind[];
/** A deployed role's ARN, as IAM writes it: arn:aws:iam::<account>:role/<path><name>, at the path `/`. */
const deployedRole = (kind: DeployedKind) =>
    `arn:aws:iam::${ACCOUNT}:role/${ROLE_PREFIXES[kind]}${DEPLOYED_ROLE_SUFFIX}`;
/** The existing role the deployer's tests give (existingRole), as given. */
export const EXISTING_ROLE = `arn:aws:iam::${ACCOUNT}:role/platform/agent-role`;
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
const passRole = (at: string, kind: DeployedKind, service: string, row = allowed): AwsRequest =>
    row({
        at,
        principal: "deployer",
        action: "iam:PassRole",
        resource: deployedRole(kind),
        context: { "iam:PassedToService": service },
        source: PASS_ROLE,
    });

/** Each AgentCore kind's role passed to AgentCore, and to other services (neighbours). */
export const AGENTCORE_DEPLOYER_REQUESTS: AwsRequest[] = DEPLOYED_KINDS.filter(
    (kind) => kind !== "agent",
).flatMap((kind) => [
    passRole(`agentcore.deployer.${kind}.passRole`, kind, "bedrock-agentcore.amazonaws.com"),
    passRole(`agentcore.deployer.${kind}.toBedrock`, kind, "bedrock.amazonaws.com", neighbour),
    passRole(`agentcore.deployer.${kind}.toLambda`, kind, "lambda.amazonaws.com", neighbour),
    neighbour({
        at: `agentcore.deployer.${kind}.otherRole`,
        principal: "deployer",
        action: "iam:PassRole",
        resource: `arn:aws:iam::${ACCOUNT}:role/AgentCoreRuntime_admin-00000000`,
        context: { "iam:PassedToService": "bedrock-agentcore.amazonaws.com" },
        source: PASS_ROLE,
    }),
]);

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
        ...passRole("agents.deployer.passRole", "agent", "bedrock.amazonaws.com"),
        source: { ...PASS_ROLE, url: PAGES.passRole },
    },
    passRole("agents.deployer.toAgentCore", "agent", "bedrock-agentcore.amazonaws.com", neighbour),
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
    role: string,
    action: string,
    spec: Partial<RowSpec> = {},
    row = allowed,
    source = IAM_ROLE_ACTIONS,
): AwsRequest => row({ at, principal: "deployer", action: `iam:${action}`, resource: role, source, ...spec });
const bounded = (boundary = AGENT_BOUNDARY) => ({ context: { "iam:PermissionsBoundary": boundary } });

/** A role the component creates, without a boundary: its whole life, and no other role's creation; for each kind. */
export const ROLE_DEPLOYER_REQUESTS: AwsRequest[] = DEPLOYED_KINDS.flatMap((kind) => {
    const at = `deployer.role.${kind}`;
    const role = deployedRole(kind);
    return [
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
        ].map((action) => roleRow(at, role, action)),
        ...["CreateRole", "PutRolePolicy", "DeleteRole"].map((action) =>
            roleRow(`${at}.otherRole`, OTHER_ROLE, action, {}, neighbour),
        ),
    ];
});

/** A role that exists: its inline policy written and read, never the role created, changed or deleted. */
export const EXISTING_ROLE_DEPLOYER_REQUESTS: AwsRequest[] = [
    ...["GetRole", "PutRolePolicy", "GetRolePolicy", "DeleteRolePolicy", "ListRolePolicies"].map((action) =>
        roleRow("deployer.existingRole", EXISTING_ROLE, action),
    ),
    ...["CreateRole", "DeleteRole", "UpdateAssumeRolePolicy", "TagRole"].map((action) =>
        roleRow("deployer.existingRole", EXISTING_ROLE, action, {}, neighbour),
    ),
];

/**
 * A role created within the boundary `AgentBoundary` (rows 13 and 14 of facts-24.md §9d), for each
 * kind: the actions that carry iam:PermissionsBoundary only with that boundary; the others without it.
 */
export const BOUNDED_ROLE_DEPLOYER_REQUESTS: AwsRequest[] = DEPLOYED_KINDS.flatMap((kind) => {
    const at = `deployer.boundedRole.${kind}`;
    const role = deployedRole(kind);
    const other = bounded(`arn:aws:iam::${ACCOUNT}:policy/OtherBoundary`);
    return [
        ...["CreateRole", "PutRolePolicy", "GetRole", "DeleteRolePolicy", "DeleteRole"].map((action) =>
            roleRow(at, role, action, bounded(), allowed, BOUNDARY),
        ),
        ...["TagRole", "GetRolePolicy", "ListInstanceProfilesForRole"].map((action) =>
            roleRow(at, role, action),
        ),
        ...["CreateRole", "PutRolePolicy"].flatMap((action) => [
            roleRow(`${at}.absent`, role, action, {}, neighbour, BOUNDARY),
            roleRow(`${at}.other`, role, action, other, neighbour, BOUNDARY),
        ]),
        roleRow(`${at}.otherRole`, OTHER_ROLE, "CreateRole", bounded(), neighbour, BOUNDARY),
    ];
});

/**
 * The managed policies a bounded agent role's statements spill into (row 15): 300 knowledge bases
 * fill eight, named after the role (`<role name>-RetrieveFromKnowledgeBases-<n>`); the first and the
 * last, each created, read, versioned and deleted on its own ARN, and attached to the role within
 * the boundary; no other policy.
 */
export const MANAGED_POLICY_DEPLOYER_REQUESTS: AwsRequest[] = [
    ...[1, 8].flatMap((n) => {
        const policy = `arn:aws:iam::${ACCOUNT}:policy/${ROLE_PREFIXES.agent}${DEPLOYED_ROLE_SUFFIX}-RetrieveFromKnowledgeBases-${n}`;
        return [
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
                roleRow(`deployer.managedPolicies.${n}`, policy, action, {}, allowed, IAM_POLICY_ACTIONS),
            ),
            ...["AttachRolePolicy", "DetachRolePolicy"].map((action) =>
                roleRow(
                    `deployer.managedPolicies.${n}`,
                    deployedRole("agent"),
                    action,
                    { context: { "iam:PermissionsBoundary": AGENT_BOUNDARY, "iam:PolicyARN": policy } },
                    allowed,
                    IAM_POLICY_ACTIONS,
                ),
            ),
        ];
    }),
    roleRow(
        "deployer.managedPolicies.otherPolicy",
        `arn:aws:iam::${ACCOUNT}:policy/AgentAdmin`,
        "CreatePolicy",
        {},
        neighbour,
        IAM_POLICY_ACTIONS,
    ),
    roleRow(
        "deployer.managedPolicies.administrator",
        deployedRole("agent"),
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
