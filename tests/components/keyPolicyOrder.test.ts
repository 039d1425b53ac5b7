// KMS refuses a key policy whose principal does not exist yet ("invalid principals"), and the
// key-policy statements a component hands out name its role: an aws.kms.KeyPolicy built from them
// must wait for the role. Proven through Pulumi's dependency graph: the outputs carry the role as a
// dependency, and a KeyPolicy built from them registers only after the role's registration completes.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import { AgentCoreGatewayRole, AgentCoreRuntimeRole, BedrockAgentRole } from "../../index";
import { gatewayArgs, RUNTIME_PROFILES, runtimeArgs } from "../support/agentCoreFixtures";
import { heldRegistration, ofType, ROLE } from "../support/componentRun";
import { fullArgs } from "../support/fixtures";
import { drainRegistrations, installMocks, settle } from "../support/pulumiMocks";

const KEY_POLICY = "aws:kms/keyPolicy:KeyPolicy";

/** The resources an output depends on, as Pulumi records them for what is built from it. */
const dependencies = (output: pulumi.Output<unknown>) =>
    (output as unknown as { resources(): Set<pulumi.Resource> }).resources();

type KeyStatements = { role: aws.iam.Role; keyPolicyStatements: pulumi.Output<Record<string, string>> };

describe("key-policy statements wait for the role they name", () => {
    const components: [string, () => KeyStatements][] = [
        ["BedrockAgentRole", () => new BedrockAgentRole("support-agent", fullArgs())],
        ["AgentCoreRuntimeRole", () => new AgentCoreRuntimeRole("support-runtime", runtimeArgs())],
        ["AgentCoreGatewayRole", () => new AgentCoreGatewayRole("support-gateway", gatewayArgs())],
    ];
    for (const [kind, declare] of components) {
        it(`${kind}: keyPolicyStatements depend on the role, and a KeyPolicy built from them registers after it`, async () => {
            const held = heldRegistration(ROLE);
            const recorded = await installMocks({
                beforeRegistering: held.hold,
                inferenceProfiles: RUNTIME_PROFILES,
            });
            const component = declare();
            expect(dependencies(component.keyPolicyStatements).has(component.role)).to.equal(true);
            new aws.kms.KeyPolicy("key-policy", {
                keyId: "1234abcd-12ab-34cd-56ef-1234567890ab",
                policy: component.keyPolicyStatements.apply((statements) => JSON.stringify(statements)),
            });
            // Everything that does not wait for the role registers meanwhile.
            await settle(pulumi.output(component).apply(() => undefined));
            await new Promise((resolve) => setTimeout(resolve, 50));
            expect(ofType(recorded, KEY_POLICY), "the key policy before its principal").to.deep.equal([]);
            held.release();
            await settle(component.keyPolicyStatements);
            await drainRegistrations();
            expect(ofType(recorded, KEY_POLICY)).to.have.length(1);
        });
    }

    it("BedrockAgentRole: keyPolicyStatement (the agent key's) depends on the role too", async () => {
        await installMocks();
        const component = new BedrockAgentRole("support-agent", fullArgs());
        expect(dependencies(component.keyPolicyStatement).has(component.role)).to.equal(true);
    });
});
