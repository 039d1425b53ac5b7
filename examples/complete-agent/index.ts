// A whole agent in one `pulumi up`: its role, the agent, an action group backed by a Lambda, and a
// Lambda permission that admits this agent only. Order: role (with its policy) -> agent -> action
// group and permission; nothing needs a second deployment.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { agentLambdaPermissionArgs, BedrockAgentRole } from "bedrock-agent-role";

const model = "anthropic.claude-3-5-sonnet-20240620-v1:0";

const schemas = new aws.s3.Bucket("agent-schemas", {});
const schema = new aws.s3.BucketObjectv2("orders-schema", {
    bucket: schemas.bucket,
    key: "orders/openapi.json",
    content: JSON.stringify({
        openapi: "3.0.0",
        info: { title: "Orders", version: "1.0.0" },
        paths: {
            "/orders/{id}": {
                get: {
                    operationId: "getOrder",
                    description: "Looks up an order",
                    parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
                    responses: { "200": { description: "The order" } },
                },
            },
        },
    }),
});

const functionRole = new aws.iam.Role("lookup-orders-fn", {
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "lambda.amazonaws.com" }),
    managedPolicyArns: [aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole],
});
const lookupOrders = new aws.lambda.Function("lookup-orders", {
    role: functionRole.arn,
    runtime: "nodejs20.x",
    handler: "index.handler",
    code: new pulumi.asset.AssetArchive({
        "index.js": new pulumi.asset.StringAsset(
            "exports.handler = async (event) => ({ messageVersion: '1.0', response: { actionGroup: event.actionGroup, apiPath: event.apiPath, httpMethod: event.httpMethod, httpStatusCode: 200, responseBody: { 'application/json': { body: '{}' } } } });",
        ),
    }),
});

// The role must exist, with its policy, before the agent: so it admits any agent of the account
// here, and the Lambda permission below is narrowed to this agent once it exists.
const permissions = new BedrockAgentRole("support-agent", {
    foundationModels: [model],
    actionGroups: [{ name: "lookup-orders", apiSchema: { bucket: schemas.bucket, key: schema.key } }],
});

const agent = new aws.bedrock.AgentAgent("support-agent", {
    agentName: "support-agent",
    agentResourceRoleArn: permissions.roleArn,
    foundationModel: model,
    instruction: "You help customers find out where their orders are, using the order lookup action.",
});

new aws.lambda.Permission(
    "lookup-orders-from-agent",
    agentLambdaPermissionArgs({ function: lookupOrders.arn, agentArn: agent.agentArn }),
);

new aws.bedrock.AgentAgentActionGroup("lookup-orders", {
    agentId: agent.agentId,
    agentVersion: "DRAFT",
    actionGroupName: "lookup-orders",
    actionGroupExecutor: { lambda: lookupOrders.arn },
    apiSchema: { s3: { s3BucketName: schemas.bucket, s3ObjectKey: schema.key } },
});

export const roleArn = permissions.roleArn;
export const agentArn = agent.agentArn;
