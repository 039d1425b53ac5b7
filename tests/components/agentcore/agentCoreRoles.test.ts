// The AgentCore components on Pulumi mocks (the runtime's and the gateway's, and every kind's roleArn): what they register, when roleArn resolves, and
// how a bad argument is reported.
import { expect } from "chai";
import { AgentCoreGatewayRole, AgentCoreRuntimeRole } from "../../../index";
import { AGENTCORE_KINDS, AgentCoreKind } from "../../../components/agentcore/agentCoreKinds";
import {
    AGENTCORE_ARGS,
    agentCoreComponent,
    gatewayArgs,
    RUNTIME_PROFILES,
    runtimeArgs,
} from "../../support/agentCoreFixtures";
import { argumentErrorFrom, reportedArgumentError } from "../../support/argumentErrors";
import {
    deployed,
    expectRoleArnAfter,
    heldRegistration,
    loggedWarnings,
    ofType,
    ROLE,
    ROLE_POLICY,
} from "../../support/componentRun";
import { drainRegistrations, installMocks as mocks, MockRunOptions, settle } from "../../support/pulumiMocks";

/** Mocks whose AWS knows the runtime's inference profile. */
const installMocks = (options: MockRunOptions = {}) =>
    mocks({ inferenceProfiles: RUNTIME_PROFILES, ...options });

describe("AgentCoreRuntimeRole and AgentCoreGatewayRole", () => {
    it("register one role with the planned trust policy and one inline policy each, named for their kind", async () => {
        const recorded = await installMocks();
        const runtime = new AgentCoreRuntimeRole("support-runtime", runtimeArgs());
        const gateway = new AgentCoreGatewayRole("support-gateway", gatewayArgs());
        await deployed(runtime);
        await deployed(gateway);
        const roles = ofType(recorded, ROLE).sort((a, b) => (a.name < b.name ? -1 : 1));
        expect(roles.map((r) => r.inputs.name)).to.satisfy((names: string[]) =>
            /^AgentCoreGateway_support-gateway-[0-9a-f]{8},AgentCoreRuntime_support-runtime-[0-9a-f]{8}$/.test(
                names.join(","),
            ),
        );
        const runtimeTrust = JSON.parse(roles[1].inputs.assumeRolePolicy as string);
        expect(runtimeTrust.Statement[0].Condition.ArnLike).to.deep.equal({
            "aws:SourceArn": [
                "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/support_agent-??????????",
                "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/support_agent-??????????/runtime-endpoint/*",
            ],
        });
        const policies = ofType(recorded, ROLE_POLICY);
        expect(policies.map((p) => p.inputs.name).sort()).to.deep.equal([
            "AgentCoreGatewayPermissions",
            "AgentCoreRuntimePermissions",
        ]);
        const keyStatements = (await settle(gateway.keyPolicyStatements)).value ?? {};
        expect(Object.values(keyStatements).map((text) => JSON.parse(text).length)).to.deep.equal([3]);
    });

    it("give the runtime's and the gateway's name as checked, for the runtime and gateway to take, so they are the ones the trust admits", async () => {
        await installMocks();
        const runtime = new AgentCoreRuntimeRole("support-runtime", runtimeArgs());
        const gateway = new AgentCoreGatewayRole("support-gateway", {
            ...gatewayArgs(),
            gatewayName: "Support-Gateway",
        });
        expect((await settle(runtime.runtimeName)).value).to.equal("support_agent");
        expect((await settle(gateway.gatewayName)).value).to.equal("Support-Gateway");
    });

    it("resolve roleArn only once the identity policy is attached, for every kind, so the call that takes the role (CreateAgentRuntime, CreateGatewayTarget, CreateMemory's check of its stream, ...) never races it", async () => {
        const kinds = Object.keys(AGENTCORE_KINDS) as AgentCoreKind[];
        expect(kinds).to.have.length(7);
        for (const kind of kinds) {
            const held = heldRegistration(ROLE_POLICY);
            await installMocks({ beforeRegistering: held.hold });
            const Component = agentCoreComponent(kind);
            await expectRoleArnAfter(new Component(`support-${kind}`, AGENTCORE_ARGS[kind]()), held);
        }
    });

    it("refuse a bad argument once, naming the component and the argument, and register no IAM resource", async () => {
        const recorded = await installMocks();
        const failure = await reportedArgumentError(
            () =>
                new AgentCoreRuntimeRole("orders-runtime", { ...runtimeArgs(), memories: ["memory/*"] })
                    .roleArn,
        );
        expect(failure.message).to.match(
            /^orders-runtime: memories\[0\]: "memory\/\*" is neither a valid id nor an ARN/,
        );
        await drainRegistrations();
        expect(recorded.filter((r) => r.type.startsWith("aws:iam"))).to.deep.equal([]);
        const misspelt = argumentErrorFrom(
            () =>
                new AgentCoreGatewayRole("orders-gateway", {
                    ...gatewayArgs(),
                    lambdaTarget: ["x"],
                } as never),
        );
        expect(misspelt.message).to.match(
            /^orders-gateway: lambdaTarget: is not a known argument; did you mean lambdaTargets\?/,
        );
    });

    it("log what deserves a reviewer's attention: tokens for any user id", async () => {
        await installMocks();
        const warnings = await loggedWarnings(async () => {
            const runtime = new AgentCoreRuntimeRole("support-runtime", {
                ...runtimeArgs(),
                workloadAccessTokens: true,
                workloadAccessTokensForAnyUser: true,
            });
            await deployed(runtime);
        });
        expect(warnings.join("\n")).to.match(/mint tokens for any user id/);
    });
});
