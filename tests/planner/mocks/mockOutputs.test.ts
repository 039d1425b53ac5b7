// The offline plan's mocked AWS gives the outputs AWS would: ids a role's ARN waits for, ARNs in a
// resource's own region, and gateway ids as AgentCore makes them.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import { installMocks, settle } from "../../support/pulumiMocks";

const plan = () =>
    installMocks({
        plan: true,
        environment: { partition: "aws", account: "111122223333", region: "eu-west-1" },
    });
const value = async <T>(output: pulumi.Output<T>) => {
    const settled = await settle(output);
    expect(settled.known, "expected a known value").to.equal(true);
    return settled.value as T;
};

describe("planner mocks: outputs as AWS gives them", () => {
    it("gives a role's inline policy, managed policy and attachment the ids the AWS provider gives them, so that a role's ARN built from them is known in a plan", async () => {
        await plan();
        const role = new aws.iam.Role("role", { name: "agent-role", assumeRolePolicy: "{}" });
        const inline = new aws.iam.RolePolicy("inline", { role: role.name, name: "identity", policy: "{}" });
        const managed = new aws.iam.Policy("managed", { name: "spill", policy: "{}" });
        const attachment = new aws.iam.RolePolicyAttachment("attach", {
            role: role.name,
            policyArn: managed.arn,
        });
        expect(await value(inline.id)).to.equal("agent-role:identity");
        expect(await value(managed.id)).to.equal("arn:aws:iam::111122223333:policy/spill");
        expect(await value(attachment.id)).to.match(/^agent-role-[0-9a-f]{8}0{18}$/);
        expect(await value(role.id)).to.equal("agent-role");
    });

    it("creates a resource given a region of its own in that region and its partition, and answers calls asked in a region there", async () => {
        await plan();
        const common = { role: "r", runtime: "nodejs20.x", handler: "index.handler" };
        const frankfurt = new aws.lambda.Function("frankfurt", {
            ...common,
            name: "orders",
            region: "eu-central-1",
        });
        const beijing = new aws.lambda.Function("beijing", {
            ...common,
            name: "orders",
            region: "cn-north-1",
        });
        const stack = new aws.lambda.Function("stack", { ...common, name: "orders" });
        expect(await value(frankfurt.arn)).to.equal(
            "arn:aws:lambda:eu-central-1:111122223333:function:orders",
        );
        expect(await value(beijing.arn)).to.equal(
            "arn:aws-cn:lambda:cn-north-1:111122223333:function:orders",
        );
        expect(await value(stack.arn)).to.equal("arn:aws:lambda:eu-west-1:111122223333:function:orders");
        const repository = new aws.ecr.Repository("images", { name: "images", region: "us-west-2" });
        expect(await value(repository.repositoryUrl)).to.equal(
            "111122223333.dkr.ecr.us-west-2.amazonaws.com/images",
        );
        expect((await aws.getRegion({ region: "ap-southeast-2" })).region).to.equal("ap-southeast-2");
        expect((await aws.getRegion({})).region).to.equal("eu-west-1");
        const model = await aws.bedrockfoundation.getModel({
            modelId: "amazon.nova-pro-v1:0",
            region: "cn-northwest-1",
        });
        expect(model.modelArn).to.equal(
            "arn:aws-cn:bedrock:cn-northwest-1::foundation-model/amazon.nova-pro-v1:0",
        );
    });

    it("makes a gateway's id, ARN and URL of its name lower-cased, as AgentCore does for a name with capitals", async () => {
        await plan();
        const gateway = new aws.bedrock.AgentcoreGateway("tools", {
            name: "Support-Tools",
            roleArn: "arn:aws:iam::111122223333:role/gateway",
            protocolType: "MCP",
            authorizerType: "AWS_IAM",
        });
        const id = await value(gateway.gatewayId);
        expect(id).to.match(/^support-tools-[0-9a-z]{10}$/);
        expect(id).to.match(/^([0-9a-z][-]?){1,100}-[0-9a-z]{10}$/);
        expect(await value(gateway.gatewayArn)).to.equal(
            `arn:aws:bedrock-agentcore:eu-west-1:111122223333:gateway/${id}`,
        );
        expect(await value(gateway.gatewayUrl)).to.equal(
            `https://${id}.gateway.bedrock-agentcore.eu-west-1.amazonaws.com/mcp`,
        );
    });

    it("gives a harness an id of its name and ten characters, its ARN, and the runtime AgentCore runs it on, harness_<name>, as environmentActuals reports it", async () => {
        await plan();
        const harness = new aws.bedrock.AgentcoreHarness("support", {
            harnessName: "support_harness",
            executionRoleArn: "arn:aws:iam::111122223333:role/harness",
            model: { bedrockModelConfig: { modelId: "anthropic.claude-sonnet-4-20250514" } },
            systemPrompts: [{ text: "You are a helpful assistant." }],
        });
        const id = await value(harness.harnessId);
        // CP API_HarnessSummary: harnessId [a-zA-Z][a-zA-Z0-9_]{0,39}-[a-zA-Z0-9]{10}.
        expect(id).to.match(/^support_harness-[a-zA-Z0-9]{10}$/);
        expect(await value(harness.arn)).to.equal(
            `arn:aws:bedrock-agentcore:eu-west-1:111122223333:harness/${id}`,
        );
        const [runtime] = (await value(harness.environmentActuals))[0].agentcoreRuntimeEnvironments;
        expect(runtime.agentRuntimeName).to.equal("harness_support_harness");
        expect(runtime.agentRuntimeId).to.match(/^harness_support_harness-[a-zA-Z0-9]{10}$/);
        expect(runtime.agentRuntimeArn).to.equal(
            `arn:aws:bedrock-agentcore:eu-west-1:111122223333:runtime/${runtime.agentRuntimeId}`,
        );
    });

    it("gives a custom browser and code interpreter ids of their names and ten characters, and ARNs under browser-custom/ and code-interpreter-custom/, as GetBrowser and GetCodeInterpreter return them", async () => {
        await plan();
        const browser = new aws.bedrock.AgentcoreBrowser("browser", {
            name: "research_browser",
            networkConfiguration: { networkMode: "PUBLIC" },
        });
        const interpreter = new aws.bedrock.AgentcoreCodeInterpreter("sandbox", {
            name: "analysis_sandbox",
            networkConfiguration: { networkMode: "SANDBOX" },
        });
        const browserId = await value(browser.browserId);
        expect(browserId).to.match(/^research_browser-[a-zA-Z0-9]{10}$/);
        expect(await value(browser.browserArn)).to.equal(
            `arn:aws:bedrock-agentcore:eu-west-1:111122223333:browser-custom/${browserId}`,
        );
        const interpreterId = await value(interpreter.codeInterpreterId);
        expect(interpreterId).to.match(/^analysis_sandbox-[a-zA-Z0-9]{10}$/);
        expect(await value(interpreter.codeInterpreterArn)).to.equal(
            `arn:aws:bedrock-agentcore:eu-west-1:111122223333:code-interpreter-custom/${interpreterId}`,
        );
    });
});
