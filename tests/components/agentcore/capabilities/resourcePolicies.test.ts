import { expect } from "chai";
import { attachedResourcePolicy } from "../../../../components/agentcore/agentCoreResourcePolicyArgs";
import { gatewayArgs, planGateway, planRuntime, runtimeArgs } from "../../../support/agentCoreFixtures";
import { argumentErrorFrom } from "../../../support/argumentErrors";

const OTHER = "arn:aws:iam::210987654321:role/support-app";
const failure = (resourcePolicy: unknown) =>
    argumentErrorFrom(() => planRuntime({ ...runtimeArgs(), resourcePolicy } as never));
const statements = (resourcePolicy: unknown) =>
    planRuntime({ ...runtimeArgs(), resourcePolicy } as never).resourcePolicy ?? [];
const RUNTIME = "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/support_agent-AbCdE12345";

describe("capability: a runtime's and a gateway's resource-based policies", () => {
    it("writes nothing on the role, and no policy without resourcePolicy", () => {
        const plan = planRuntime({ ...runtimeArgs(), resourcePolicy: { principals: [OTHER] } });
        expect(plan.inlinePolicy).to.deep.equal(planRuntime(runtimeArgs()).inlinePolicy);
        expect(planRuntime(runtimeArgs()).resourcePolicy).to.equal(undefined);
        expect(planGateway(gatewayArgs()).resourcePolicy).to.equal(undefined);
    });

    it("pins the principals' accounts, and gives the same bytes whatever the order of principals and VPCs", () => {
        const second = "arn:aws:iam::444455556666:user/ops/auditor";
        const one = statements({ principals: [OTHER, second], sourceVpcs: ["vpc-1a2b3c4d", "vpc-0f0f0f0f"] });
        const other = statements({
            principals: [second, OTHER],
            sourceVpcs: ["vpc-0f0f0f0f", "vpc-1a2b3c4d"],
        });
        expect(JSON.stringify(one)).to.equal(JSON.stringify(other));
        expect(one[0].Condition).to.deep.equal({
            StringEquals: { "aws:PrincipalAccount": ["210987654321", "444455556666"] },
        });
    });

    it("denies every runtime action from outside each VPC source named, one Deny per key, exempting AWS services acting for a principal as AWS's example does", () => {
        const denies = statements({
            principals: [OTHER],
            sourceVpcs: ["vpc-1a2b3c4d"],
            sourceVpcEndpoints: ["vpce-0a1b2c3d4e5f60718"],
        }).filter((s) => s.Effect === "Deny");
        expect(denies.map((s) => [s.Sid, s.Principal, s.Action.length, s.Condition])).to.deep.equal([
            [
                "DenyCallsFromOutsideVpcs",
                "*",
                8,
                {
                    Bool: { "aws:ViaAWSService": ["false"] },
                    StringNotEquals: { "aws:SourceVpc": ["vpc-1a2b3c4d"] },
                },
            ],
            [
                "DenyCallsFromOutsideVpcEndpoints",
                "*",
                8,
                {
                    Bool: { "aws:ViaAWSService": ["false"] },
                    StringNotEquals: { "aws:SourceVpce": ["vpce-0a1b2c3d4e5f60718"] },
                },
            ],
        ]);
    });

    it("refuses this account's principals, roots, wildcards, other partitions, OAuth callers without a VPC or beside principals, an empty policy, commands without the opt-in, unknown fields", () => {
        expect(failure({ principals: ["arn:aws:iam::123456789012:role/app"] }).message).to.match(
            /own account, where an identity policy is enough: give it callers instead/,
        );
        expect(failure({ principals: ["arn:aws:iam::210987654321:root"] }).argument).to.equal(
            "resourcePolicy.principals[0]",
        );
        expect(failure({ principals: ["arn:aws:iam::210987654321:role/*"] }).argument).to.equal(
            "resourcePolicy.principals[0]",
        );
        expect(failure({ principals: ["arn:aws-cn:iam::210987654321:role/app"] }).message).to.match(
            /partition aws-cn, not the resource's \(aws\)/,
        );
        expect(failure({ oauthCallers: true }).message).to.match(
            /^resourcePolicy\.sourceVpcs: is required with oauthCallers/,
        );
        expect(
            failure({ oauthCallers: true, principals: [OTHER], sourceVpcs: ["vpc-1a2b3c4d"] }).message,
        ).to.match(/either by IAM \(SigV4\) or by OAuth tokens, never both/);
        expect(failure({}).message).to.match(/^resourcePolicy: asks for nothing/);
        expect(failure({ principals: [OTHER], commands: true }).argument).to.equal("resourcePolicy.commands");
        expect(failure({ principal: [OTHER] }).message).to.match(/did you mean principals\?/);
        expect(
            argumentErrorFrom(() =>
                planGateway({
                    ...gatewayArgs(),
                    resourcePolicy: { principals: [OTHER], webSocket: true },
                } as never),
            ).argument,
        ).to.match(/^resourcePolicy/);
    });

    it("attaches to the runtime, its endpoints (as either ARN form AWS writes), or the gateway of the name only, with that ARN in Resource", () => {
        const runtime = statements({ principals: [OTHER] });
        const of = { kind: "runtime" as const, name: "support_agent" };
        for (const arn of [RUNTIME, `${RUNTIME}/runtime-endpoint/prod`, `${RUNTIME}/endpoint/prod`]) {
            expect(attachedResourcePolicy(runtime, of, arn).Statement[0].Resource).to.deep.equal([arn]);
        }
        const refused = (arn: string, resource: { kind: "runtime" | "gateway"; name: string } = of) =>
            argumentErrorFrom(() => attachedResourcePolicy(runtime, resource, arn)).argument;
        expect(refused(RUNTIME.replace("support_agent", "support_agent2"))).to.equal("resourceArn");
        expect(refused(`${RUNTIME}/runtime-endpoint/*`)).to.equal("resourceArn");
        expect(refused("*")).to.equal("resourceArn");
        const gateway = "arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/support-gateway-abcdefghij";
        // Gateway ids are the name in lower case.
        expect(
            attachedResourcePolicy(runtime, { kind: "gateway", name: "Support-Gateway" }, gateway)
                .Statement[0].Resource,
        ).to.deep.equal([gateway]);
        expect(
            refused(gateway.replace("support-gateway", "support-gateway-2"), {
                kind: "gateway",
                name: "support-gateway",
            }),
        ).to.equal("resourceArn");
        expect(argumentErrorFrom(() => attachedResourcePolicy([], of, RUNTIME)).argument).to.equal("role");
    });
});
