// AgentCore-era escalation through extra statements: each action of the list
// (data/privilegeEscalationActions.json, with its page) needs the statement's opt-in and is then
// flagged; a wildcard standing for a whole id is refused in every id of an ARN format, not only
// the first.
import { expect } from "chai";
import {
    gatewayArgs,
    gatewayFailure,
    PlainRuntimeArgs,
    planRuntime,
    runtimeArgs,
    runtimeFailure,
} from "../../support/agentCoreFixtures";

const agentCore = (resource: string) => `arn:aws:bedrock-agentcore:us-east-1:123456789012:${resource}`;
type Extra = NonNullable<PlainRuntimeArgs["extraStatements"]>[number];
const withExtra = (extra: Omit<Extra, "sid">): PlainRuntimeArgs => ({
    ...runtimeArgs(),
    extraStatements: [{ sid: "Extra", ...extra }],
});

/** The escalating AgentCore and outbound-federation actions, each on a resource it takes. */
const ESCALATING: [string, string][] = [
    ["sts:GetWebIdentityToken", "*"],
    ["bedrock-agentcore:CreateWorkloadIdentity", agentCore("workload-identity-directory/default")],
    [
        "bedrock-agentcore:UpdateWorkloadIdentity",
        agentCore("workload-identity-directory/default/workload-identity/other-AbCdE12345"),
    ],
    ["bedrock-agentcore:GetWorkloadAccessTokenForUserId", agentCore("workload-identity-directory/default")],
    ["bedrock-agentcore:UpdateAgentRuntime", agentCore("runtime/billing_agent-AbCdE12345")],
    [
        "bedrock-agentcore:UpdateAgentRuntimeEndpoint",
        agentCore("runtime/billing_agent-AbCdE12345/runtime-endpoint/live"),
    ],
    ["bedrock-agentcore:UpdateGatewayTarget", agentCore("gateway/billing-gateway-abcdefghij")],
    ["bedrock-agentcore:InvokeCodeInterpreter", agentCore("code-interpreter-custom/analysis-AbCdE12345")],
    ["bedrock-agentcore:InvokeAgentRuntimeCommand", agentCore("runtime/billing_agent-AbCdE12345")],
    ["bedrock-agentcore:InvokeAgentRuntimeCommandShell", agentCore("runtime/billing_agent-AbCdE12345")],
];

describe("capability: extra statements, AgentCore escalation and whole-id wildcards", () => {
    for (const [action, resource] of ESCALATING) {
        it(`refuses ${action} without the opt-in, and flags it with the opt-in`, () => {
            const refused = runtimeFailure(withExtra({ actions: [action], resources: [resource] }));
            expect(refused.argument).to.equal("extraStatements[0].actions");
            expect(refused.problem).to.match(
                new RegExp(`^${action} let the role gain permissions it was not given`),
            );
            const planned = planRuntime(
                withExtra({ actions: [action], resources: [resource], allowsPrivilegeEscalation: true }),
            );
            expect(planned.warnings.join("\n")).to.include(
                `opted in with allowsPrivilegeEscalation: ${action}`,
            );
        });
    }

    it("lets the runtime invoke AWS's built-in code interpreter, which has no role of the account, without the opt-in", () => {
        const builtIn = "arn:aws:bedrock-agentcore:us-east-1:aws:code-interpreter/aws.codeinterpreter.v1";
        const planned = planRuntime(
            withExtra({ actions: ["bedrock-agentcore:InvokeCodeInterpreter"], resources: [builtIn] }),
        );
        expect(planned.inlinePolicy.Statement.find((s) => s.Sid === "Extra")?.Resource).to.deep.equal([
            builtIn,
        ]);
        expect(planned.warnings).to.deep.equal([]);
    });

    it("refuses a wildcard standing for a whole id in any id of the format: every provider of the vault, every workload identity, every object of a bucket", () => {
        const cases: [string, string][] = [
            [
                "bedrock-agentcore:GetResourceOauth2Token",
                agentCore("token-vault/default/oauth2credentialprovider/*"),
            ],
            [
                "bedrock-agentcore:GetWorkloadAccessToken",
                agentCore("workload-identity-directory/default/workload-identity/*"),
            ],
            [
                "bedrock-agentcore:GetResourceOauth2Token",
                agentCore("token-vault/*/oauth2credentialprovider/github"),
            ],
            ["s3:GetObject", "arn:aws:s3:::agent-reports/*"],
            ["s3:GetObject", "arn:aws:s3:::agent-reports/*/2026"],
        ];
        for (const [action, resource] of cases) {
            const refused = gatewayFailure({
                ...gatewayArgs(),
                extraStatements: [{ sid: "Wide", actions: [action], resources: [resource] }],
            });
            expect(refused.argument, resource).to.equal("extraStatements[0].resources[0]");
            expect(refused.problem, resource).to.match(/has a wildcard standing for a whole \$\{\w+\}/);
        }
    });

    it("accepts a wildcard that narrows within an id after a literal start", () => {
        const planned = planRuntime(
            withExtra({ actions: ["s3:GetObject"], resources: ["arn:aws:s3:::agent-reports/2026/*"] }),
        );
        expect(planned.inlinePolicy.Statement.find((s) => s.Sid === "Extra")?.Resource).to.deep.equal([
            "arn:aws:s3:::agent-reports/2026/*",
        ]);
    });
});
