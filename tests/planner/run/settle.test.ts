// The offline plan fails as soon as a component's plan fails, whatever the program builds on it:
// what depends on a failed role waits forever for its outputs, and must not make the plan wait.
import { expect } from "chai";
import * as path from "path";
import { ArgumentError } from "../../../components/iam/argumentError";
import { planUserProject, userProject } from "../../support/userProject";

const AGENTCORE = `const { AgentCoreGatewayRole, AgentCoreRuntimeRole } = require(${JSON.stringify(path.resolve(__dirname, "../../../index.ts"))});`;

/** What planning `program` rejects with, given 10 s: before, the plan waited all of them and failed as not finished. */
const failure = (program: string): Promise<unknown> =>
    planUserProject(userProject(program), 10).then(
        () => expect.fail("expected the plan to fail"),
        (error: unknown) => error,
    );

describe("offline plan: a known error ends the run at once", function () {
    this.timeout(60000);

    it("reports a role's argument error at once when an agent is built from its roleArn and an alias from the agent's id", async () => {
        const error = await failure(
            `
            const role = new BedrockAgentRole("agent", { foundationModels: ["arn:aws:bedrock:eu-west-1::foundation-model/*"] });
            const agent = new aws.bedrock.AgentAgent("support", {
                agentName: "support", agentResourceRoleArn: role.roleArn, foundationModel: "amazon.nova-pro-v1:0",
            });
            new aws.bedrock.AgentAgentAlias("live", { agentAliasName: "live", agentId: agent.agentId });
            `,
        );
        expect(ArgumentError.isArgumentError(error), String(error)).to.equal(true);
        expect((error as ArgumentError).argument).to.equal("foundationModels[0]");
    });

    it("reports a gateway role's argument error at once when a gateway is built from its roleArn and a runtime role from the gateway's id", async () => {
        const error = await failure(
            `${AGENTCORE}
            const role = new AgentCoreGatewayRole("tools", {
                gatewayName: "tools",
                lambdaTargets: ["arn:aws:lambda:eu-west-1:111122223333:function:*"],
            });
            const gateway = new aws.bedrock.AgentcoreGateway("tools", {
                name: "tools", roleArn: role.roleArn, protocolType: "MCP", authorizerType: "AWS_IAM",
            });
            new AgentCoreRuntimeRole("support", { runtimeName: "support_agent", gateways: [gateway.gatewayId] });
            `,
        );
        expect(ArgumentError.isArgumentError(error), String(error)).to.equal(true);
        expect((error as ArgumentError).argument).to.equal("lambdaTargets[0]");
    });
});
