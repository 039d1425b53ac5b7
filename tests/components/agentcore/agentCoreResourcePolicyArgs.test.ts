import * as aws from "@pulumi/aws";
import { expect } from "chai";
import { AgentCoreGatewayRole } from "../../../components/agentcore/agentCoreGatewayRole";
import { AgentCoreRuntimeRole } from "../../../components/agentcore/agentCoreRuntimeRole";
import { agentCoreResourcePolicyArgs } from "../../../components/agentcore/agentCoreResourcePolicyArgs";
import { gatewayArgs, RUNTIME_PROFILES, runtimeArgs } from "../../support/agentCoreFixtures";
import { drainRegistrations, installMocks, settle } from "../../support/pulumiMocks";

const OTHER = "arn:aws:iam::210987654321:role/support-app";
const RUNTIME = "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/support_agent-AbCdE12345";
const RESOURCE_POLICY = "aws:bedrock/agentcoreResourcePolicy:AgentcoreResourcePolicy";

const refusal = (output: { apply: unknown }) =>
    settle(output as never).then(
        () => new Error("expected a refusal"),
        (error: Error) => error,
    );

describe("agentCoreResourcePolicyArgs", () => {
    it("attaches a runtime's resource-based policy to the runtime and to an endpoint, each with its own ARN in Resource", async () => {
        const recorded = await installMocks({ inferenceProfiles: RUNTIME_PROFILES });
        const role = new AgentCoreRuntimeRole("support-runtime", {
            ...runtimeArgs(),
            resourcePolicy: { principals: [OTHER], sourceVpcs: ["vpc-1a2b3c4d"] },
        });
        const endpoint = `${RUNTIME}/runtime-endpoint/prod`;
        new aws.bedrock.AgentcoreResourcePolicy(
            "runtime-policy",
            agentCoreResourcePolicyArgs({ role, resourceArn: RUNTIME }),
        );
        new aws.bedrock.AgentcoreResourcePolicy(
            "endpoint-policy",
            agentCoreResourcePolicyArgs({ role, resourceArn: endpoint }),
        );
        const statements = JSON.parse((await settle(role.resourcePolicy)).value as string);
        await drainRegistrations();
        const attached = recorded.filter((r) => r.type === RESOURCE_POLICY);
        expect(attached.map((r) => r.name).sort()).to.deep.equal(["endpoint-policy", "runtime-policy"]);
        for (const { name, inputs } of attached) {
            const arn = name === "runtime-policy" ? RUNTIME : endpoint;
            expect(inputs.resourceArn).to.equal(arn);
            expect(JSON.parse(inputs.policy as string).Statement).to.deep.equal(
                statements.map((s: object) => ({ ...s, Resource: [arn] })),
            );
        }
    });

    it("refuses another runtime's ARN, an empty policy, and a role of another kind", async () => {
        await installMocks({ inferenceProfiles: RUNTIME_PROFILES });
        const role = new AgentCoreRuntimeRole("support-runtime", {
            ...runtimeArgs(),
            resourcePolicy: { principals: [OTHER] },
        });
        const other = RUNTIME.replace("support_agent", "billing_agent");
        expect(
            (await refusal(agentCoreResourcePolicyArgs({ role, resourceArn: other }).policy)).message,
        ).to.match(
            /^resourceArn: ".*billing_agent-AbCdE12345" is not the ARN of a runtime named support_agent/,
        );
        const gateway = new AgentCoreGatewayRole("support-gateway", gatewayArgs());
        expect(
            (await refusal(agentCoreResourcePolicyArgs({ role: gateway, resourceArn: RUNTIME }).policy))
                .message,
        ).to.match(/^role: has an empty resourcePolicy/);
        expect(() =>
            agentCoreResourcePolicyArgs({
                role: { resourcePolicy: role.resourcePolicy },
                resourceArn: RUNTIME,
            }),
        ).to.throw(/^role: is neither a runtime's nor a gateway's role/);
    });
});
