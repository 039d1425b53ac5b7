import { expect } from "chai";
import * as pulumi from "@pulumi/pulumi";
import { agentLambdaPermissionArgs } from "../../../components/agents/agentLambdaPermissionArgs";
import { installMocks, settle } from "../../support/pulumiMocks";

describe("agentLambdaPermissionArgs", () => {
    it("admits exactly the given agent, from its own account, to invoke the function", async () => {
        await installMocks();
        const agentArn = pulumi.output("arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:agent/AGENT12345");
        const args = agentLambdaPermissionArgs({ function: "lookup-orders", agentArn });
        expect(args.action).to.equal("lambda:InvokeFunction");
        expect(args.principal).to.equal("bedrock.amazonaws.com");
        expect((await settle(args.sourceArn)).value).to.equal(
            "arn:aws-us-gov:bedrock:us-gov-west-1:123456789012:agent/AGENT12345",
        );
        expect((await settle(args.sourceAccount)).value).to.equal("123456789012");
    });

    it("refuses an ARN that is not an agent's, such as an agent alias or a wildcard", async () => {
        await installMocks();
        for (const arn of [
            "arn:aws:bedrock:us-east-1:123456789012:agent-alias/AGENT12345/ALIAS12345",
            "arn:aws:bedrock:us-east-1:123456789012:agent/*",
        ]) {
            const args = agentLambdaPermissionArgs({ function: "f", agentArn: arn });
            const error = await settle(args.sourceArn).then(
                () => undefined,
                (e: Error) => e,
            );
            expect(error?.message, arn).to.match(/^agentArn: ".*" is not the ARN of a Bedrock agent/);
        }
    });

    it("checks every field of the agent's ARN, so a wildcard account or region is refused", async () => {
        await installMocks();
        for (const arn of [
            "arn:aws:bedrock:*:123456789012:agent/AGENT12345",
            "arn:aws:bedrock:us-east-1:*:agent/AGENT12345",
            "arn:*:bedrock:us-east-1:123456789012:agent/AGENT12345",
            "arn:aws:bedrock:us-east-1:123456789012:agent/AGENT12345/extra",
        ]) {
            const args = agentLambdaPermissionArgs({ function: "f", agentArn: arn });
            const error = await settle(args.sourceAccount).then(
                () => undefined,
                (e: Error) => e,
            );
            expect(error?.message, arn).to.match(/^agentArn: ".*" is not the ARN of a Bedrock agent/);
        }
    });

    it("makes the permission in the agent's region, and refuses a function ARN of another account", async () => {
        await installMocks();
        const agentArn = "arn:aws:bedrock:eu-west-1:123456789012:agent/AGENT12345";
        expect((await settle(agentLambdaPermissionArgs({ function: "f", agentArn }).region)).value).to.equal(
            "eu-west-1",
        );
        const foreign = agentLambdaPermissionArgs({
            function: "arn:aws:lambda:eu-west-1:210987654321:function:f",
            agentArn,
        });
        const error = await settle(foreign.function).then(
            () => undefined,
            (e: Error) => e,
        );
        expect(error?.message).to.match(/^function: .*account "210987654321"/);
    });

    it("refuses inputs it does not know, such as a misspelt agentArn", () => {
        expect(() =>
            agentLambdaPermissionArgs({ function: "f", agentARN: "x" } as unknown as Parameters<
                typeof agentLambdaPermissionArgs
            >[0]),
        ).to.throw(/^inputs\.agentARN: is not a known argument; did you mean agentArn\?/);
    });
});
