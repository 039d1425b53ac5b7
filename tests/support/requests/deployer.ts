// The requests the principal that deploys a role's resource (the one running `pulumi up`) makes
// because of the role, as AWS presents them: passing the role to the service that takes it, and
// creating the runtime-identity service-linked role with the first runtime. Written from AWS's
// pages, never from the package's statements; joined into tests/support/awsRequests.ts's table.
import { allowed, AwsRequest, Citation, neighbour, THE_ROLE } from "./requestRows";

const ACCOUNT = "123456789012";
const PAGES = {
    passRole: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html",
    serviceLinkedRoles:
        "https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/service-linked-roles.html",
    agentsPermissions: "https://docs.aws.amazon.com/bedrock/latest/userguide/agents-permissions.html",
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
