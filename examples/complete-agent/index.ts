// A whole agent in one `pulumi up`: its role, the agent, an action group backed by a Lambda, a
// Lambda permission that admits this agent only, its alias, and the application role that invokes
// it. Order: role (with its policy) -> agent -> alias, action group and Lambda permission; nothing
// needs a second deployment.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { BedrockAgentRole, callerRolePolicyArgs } from "bedrock-agent-role";

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

// One pass, model stated once: the role admits any agent of the account while the agent does not
// exist yet, and `lambdaAgentIds` narrows the Lambda permission to this agent as soon as it does.
// Only the Lambda permissions (and the callers' policy) wait for the agent; the role never does.
const permissions = new BedrockAgentRole("support-agent", {
    foundationModels: ["anthropic.claude-3-5-sonnet-20240620-v1:0"],
    actionGroups: [
        {
            name: "lookup-orders",
            lambdaFunction: lookupOrders.arn,
            apiSchema: { bucket: schemas.bucket, key: schema.key },
        },
    ],
    lambdaAgentIds: [agentId()],
    agentAliases: [aliasArn()],
});

const agent = new aws.bedrock.AgentAgent("support-agent", {
    agentName: "support-agent",
    agentResourceRoleArn: permissions.roleArn,
    foundationModel: permissions.foundationModel,
    instruction: "You help customers find out where their orders are, using the order lookup action.",
});

new aws.bedrock.AgentAgentActionGroup("lookup-orders", {
    agentId: agent.agentId,
    agentVersion: "DRAFT",
    actionGroupName: "lookup-orders",
    actionGroupExecutor: { lambda: lookupOrders.arn },
    apiSchema: { s3: { s3BucketName: schemas.bucket, s3ObjectKey: schema.key } },
});

const alias = new aws.bedrock.AgentAgentAlias("support-agent-live", {
    agentId: agent.agentId,
    agentAliasName: "live",
});

// The application that talks to customers invokes the agent through its alias, and nothing else.
const app = new aws.iam.Role("support-app", {
    assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: "lambda.amazonaws.com" }),
});
new aws.iam.RolePolicy(
    "support-app-invokes-agent",
    callerRolePolicyArgs({ agent: permissions, role: app.name }),
);

// The agent and its alias are declared after the component, which reads them: deferred outputs
// let the component take values resolved later in the program, without a second deployment.
function agentId(): pulumi.Output<string> {
    return pulumi.output(null).apply(() => agent.agentId);
}
function aliasArn(): pulumi.Output<string> {
    return pulumi.output(null).apply(() => alias.agentAliasArn);
}

export const roleArn = permissions.roleArn;
export const agentArn = agent.agentArn;
export const aliasArnOut = alias.agentAliasArn;
