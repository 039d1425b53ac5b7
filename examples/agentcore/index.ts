// An AgentCore runtime and the gateway it calls, in one `pulumi up`. Order: each execution role
// (its roleArn resolves once its policies are attached) -> a short wait for IAM to propagate ->
// the runtime (CreateAgentRuntime checks the image pull) and the gateway -> its targets
// (CreateGatewayTarget dry-runs the Lambda invoke). Nothing needs a second deployment.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { AgentCoreGatewayRole, AgentCoreRuntimeRole } from "bedrock-agent-role";

// IAM is eventually consistent: a policy IAM has accepted can take a few seconds to reach every
// service (IAM User Guide, "Changes that I make are not always immediately visible"). AgentCore
// checks the new role at once, so what uses a role waits that long after its policies are
// attached, during `pulumi up` only, never in a preview.
const config = new pulumi.Config();
const propagationSeconds = config.getNumber("iamPropagationSeconds") ?? 10;
const afterPropagation = (roleArn: pulumi.Output<string>) =>
    roleArn.apply(async (arn) => {
        if (!pulumi.runtime.isDryRun() && propagationSeconds > 0) {
            await new Promise((resolve) => setTimeout(resolve, propagationSeconds * 1000));
        }
        return arn;
    });

// --- The gateway: two Lambda targets, a request interceptor, GitHub through OAuth, its own key.
const functionRole = new aws.iam.Role("gateway-functions", {
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "lambda.amazonaws.com" }),
});
const handler = (body: string) =>
    new pulumi.asset.AssetArchive({
        "index.js": new pulumi.asset.StringAsset(`exports.handler = async (event) => (${body});`),
    });
const lambda = (name: string, body: string) =>
    new aws.lambda.Function(name, {
        name,
        role: functionRole.arn,
        runtime: "nodejs20.x",
        handler: "index.handler",
        code: handler(body),
    });
const lookupOrders = lambda("lookup-orders", "{ order: event.id, status: 'shipped' }");
const openTicket = lambda("open-ticket", "{ ticket: 'T-1', summary: event.summary }");
const redactPii = lambda("redact-pii", "event");

const github = new aws.bedrock.AgentcoreOauth2CredentialProvider("github", {
    name: "github",
    credentialProviderVendor: "GithubOauth2",
    oauth2ProviderConfig: {
        githubOauth2ProviderConfig: {
            clientId: "support-gateway",
            clientSecret: config.requireSecret("githubClientSecret"),
        },
    },
});
const gatewayKey = new aws.kms.Key("gateway-key", { description: "Encrypts the support gateway" });

const gatewayRole = new AgentCoreGatewayRole("support-gateway", {
    gatewayName: "support-gateway",
    lambdaTargets: [lookupOrders.arn, openTicket.arn],
    interceptors: [redactPii.arn],
    oauthProviders: [
        { provider: github.credentialProviderArn, secretArn: github.clientSecretArns[0].secretArn },
    ],
    customerEncryptionKey: gatewayKey.arn,
});

// The key's policy: the account administers it, and the gateway role gets what the component hands out.
const caller = aws.getCallerIdentityOutput({});
new aws.kms.KeyPolicy("gateway-key-policy", {
    keyId: gatewayKey.id,
    policy: pulumi.all([caller.accountId, gatewayRole.keyPolicyStatements]).apply(([account, byKey]) =>
        JSON.stringify({
            Version: "2012-10-17",
            Statement: [
                {
                    Sid: "AdministerKey",
                    Effect: "Allow",
                    Principal: { AWS: `arn:aws:iam::${account}:root` },
                    Action: "kms:*",
                    Resource: "*",
                },
                ...Object.values(byKey).flatMap((statements) => JSON.parse(statements)),
            ],
        }),
    ),
});

// The gateway takes its name from its role, so it is the gateway the role's trust policy admits.
const gateway = new aws.bedrock.AgentcoreGateway("support-gateway", {
    name: gatewayRole.gatewayName,
    roleArn: afterPropagation(gatewayRole.roleArn),
    authorizerType: "AWS_IAM",
    protocolType: "MCP",
    kmsKeyArn: gatewayKey.arn,
    interceptorConfigurations: [
        {
            interceptionPoints: ["REQUEST"],
            inputConfiguration: { passRequestHeaders: false },
            interceptor: { lambda: { arn: redactPii.arn } },
        },
    ],
});

const target = (name: string, fn: aws.lambda.Function, description: string) =>
    new aws.bedrock.AgentcoreGatewayTarget(name, {
        name,
        gatewayIdentifier: gateway.gatewayId,
        credentialProviderConfiguration: { gatewayIamRole: {} },
        targetConfiguration: {
            mcp: {
                lambda: {
                    lambdaArn: fn.arn,
                    toolSchema: {
                        inlinePayloads: [
                            {
                                name,
                                description,
                                inputSchema: {
                                    type: "object",
                                    properties: [{ name: "id", type: "string", required: true }],
                                },
                            },
                        ],
                    },
                },
            },
        },
    });
target("lookup-orders", lookupOrders, "Looks up an order");
target("open-ticket", openTicket, "Opens a support ticket");

// --- The runtime: its image, Claude through the US profile, a memory, and the gateway above.
const repository = new aws.ecr.Repository("support-agent", { name: "support-agent" });
const memory = new aws.bedrock.AgentcoreMemory("support_memory", {
    name: "support_memory",
    eventExpiryDuration: 30,
});

const runtimeRole = new AgentCoreRuntimeRole("support-runtime", {
    runtimeName: "support_agent",
    containerRepository: repository.arn,
    foundationModels: ["us.anthropic.claude-sonnet-4-20250514-v1:0"],
    memories: [memory.arn],
    gateways: [gateway.gatewayArn],
});

const runtime = new aws.bedrock.AgentcoreAgentRuntime("support-agent", {
    agentRuntimeName: runtimeRole.runtimeName,
    roleArn: afterPropagation(runtimeRole.roleArn),
    agentRuntimeArtifact: {
        containerConfiguration: { containerUri: pulumi.interpolate`${repository.repositoryUrl}:1.0` },
    },
    networkConfiguration: { networkMode: "PUBLIC" },
    environmentVariables: { MEMORY_ID: memory.id, GATEWAY_URL: gateway.gatewayUrl },
});

export const runtimeArn = runtime.agentRuntimeArn;
export const runtimeRoleArn = runtimeRole.roleArn;
export const gatewayRoleArn = gatewayRole.roleArn;
export const runtimePolicy = runtimeRole.identityPolicy;
export const gatewayPolicy = gatewayRole.identityPolicy;
