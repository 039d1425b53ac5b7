// AgentCore resource-based policies: Principal "*" without a source, a VPC restriction that leaves
// runtime actions open, and "*" as the resource are found in AWS's and peers' examples; the
// policies this package writes (resourcePolicy, attached with agentCoreResourcePolicyArgs) pass.
import { expect } from "chai";
import { attachedResourcePolicy } from "../../components/agentcore/agentCoreResourcePolicyArgs";
import { AGENTCORE_RESOURCE_POLICY } from "../../policies/rules/agentCoreResourcePolicy";
import { violations } from "../../policies/violations";
import { gatewayArgs, planGateway, planRuntime, runtimeArgs } from "../support/agentCoreFixtures";
import * as corpus from "../support/policyCorpus/resourcePolicies";

const RUNTIME = "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/support_agent-AbCdE12345";
const GATEWAY = "arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/support-gateway-abcdefghij";
const attached = (name: string, resourceArn: string, policy: unknown) => ({
    type: "aws:bedrock/agentcoreResourcePolicy:AgentcoreResourcePolicy",
    name,
    props: { resourceArn, policy: JSON.stringify(policy) },
});
const found = (policy: unknown, resourceArn = RUNTIME) =>
    violations([attached("policy", resourceArn, policy)], [AGENTCORE_RESOURCE_POLICY]).map((v) => [
        v.statement,
        v.message.split(":")[0],
    ]);

describe("policy rule agent-iam-agentcore-resource-policy", () => {
    it('finds AWS\'s VPC-only examples leaving every runtime action but InvokeAgentRuntime open, and their "*" resource', () => {
        expect(found(corpus.AWS_VPC_ONLY)).to.deep.equal([
            [0, 'Resource "*" is refused by AgentCore in a resource-based policy'],
            [1, 'Resource "*" is refused by AgentCore in a resource-based policy'],
            [1, "the restriction to a source denies bedrock-agentcore"],
        ]);
        const deny = violations(
            [attached("policy", RUNTIME, corpus.AWS_DENY_ALL_EXCEPT_VPC)],
            [AGENTCORE_RESOURCE_POLICY],
        );
        expect(deny.map((v) => v.message).join("\n")).to.include(
            "but not bedrock-agentcore:InvokeAgentRuntimeForUser, bedrock-agentcore:InvokeAgentRuntimeWithWebSocketStream",
        );
    });

    it("passes OAuth callers narrowed by their VPC, as AWS's and Pulumi's examples write them, and finds them open without it", () => {
        expect(found(corpus.AWS_OAUTH_FROM_VPC)).to.deep.equal([
            [0, 'Resource "*" is refused by AgentCore in a resource-based policy'],
        ]);
        expect(found(corpus.PULUMI_OAUTH_FROM_VPC, corpus.PULUMI_RUNTIME)).to.deep.equal([]);
        const open = structuredClone(corpus.PULUMI_OAUTH_FROM_VPC) as {
            Statement: { Condition?: unknown }[];
        };
        delete open.Statement[0].Condition;
        expect(found(open, corpus.PULUMI_RUNTIME)).to.deep.equal([
            [
                0,
                'Principal "*" with no source or principal condition lets anyone call (an OAuth-inbound resource',
            ],
        ]);
    });

    it("finds nothing in the policies this package writes, on the runtime, its endpoint and the gateway", () => {
        const sources = { sourceVpcs: ["vpc-1a2b3c4d"], sourceVpcEndpoints: ["vpce-0a1b2c3d4e5f60718"] };
        const runtimePolicies = [
            { principals: ["arn:aws:iam::210987654321:role/support-app"], webSocket: true, ...sources },
            { oauthCallers: true, ...sources },
        ].map((resourcePolicy) => planRuntime({ ...runtimeArgs(), resourcePolicy }).resourcePolicy ?? []);
        const gatewayPolicy =
            planGateway({ ...gatewayArgs(), resourcePolicy: { oauthCallers: true, ...sources } })
                .resourcePolicy ?? [];
        const of = { kind: "runtime" as const, name: "support_agent" };
        const resources = [
            ...runtimePolicies.flatMap((statements, i) => [
                attached(`runtime${i}`, RUNTIME, attachedResourcePolicy(statements, of, RUNTIME)),
                attached(
                    `endpoint${i}`,
                    `${RUNTIME}/runtime-endpoint/prod`,
                    attachedResourcePolicy(statements, of, `${RUNTIME}/runtime-endpoint/prod`),
                ),
            ]),
            attached(
                "gateway",
                GATEWAY,
                attachedResourcePolicy(gatewayPolicy, { kind: "gateway", name: "support-gateway" }, GATEWAY),
            ),
        ];
        expect(runtimePolicies.every((statements) => statements.length > 0)).to.equal(true);
        expect(violations(resources, [AGENTCORE_RESOURCE_POLICY])).to.deep.equal([]);
    });
});
