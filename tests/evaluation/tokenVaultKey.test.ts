// The token vault's customer-managed key: AgentCore Identity uses it with each caller's own
// credentials, through its own endpoint, for the account's vault only (kms-key-policy-configuration.html).
// Every runtime, gateway and harness role that reads from the vault is allowed AWS's requests
// (tests/support/requests/tokenVault.ts) under its identity policy, and under the statements handed
// to the key's owner alone; the deployer, under its statements; each condition broken is denied.
import { expect } from "chai";
import type { AgentCorePlan } from "../../components/agentcore/agentCoreDocuments";
import type { AgentCoreKind } from "../../components/agentcore/agentCoreKinds";
import { policyDocument } from "../../components/iam/policyDocument";
import { AGENTCORE_ARGS, planAgentCore, TOKEN_VAULT_KEY } from "../support/agentCoreFixtures";
import { AwsRequest, awsRequests } from "../support/awsRequests";
import { decideAws, defaultKeyPolicy, keyPolicyOf, simulate } from "../support/iamEvaluation";

const KINDS: AgentCoreKind[] = ["runtime", "gateway", "harness"];
const planOf = (kind: AgentCoreKind, change: Record<string, unknown> = {}) =>
    planAgentCore(kind, { ...AGENTCORE_ARGS[kind](), tokenVaultKey: TOKEN_VAULT_KEY, ...change });

// KMS asks the key's policy too: the default one, which leaves it to the account's identity policies.
const keyPolicyFor = (request: AwsRequest) =>
    request.action.startsWith("kms:") ? defaultKeyPolicy(request.resource) : undefined;
const decisions = (plan: AgentCorePlan, requests: AwsRequest[]) =>
    Promise.all(requests.map(async (r) => `${r.name}: ${await decideAws(plan, r, keyPolicyFor(r))}`));
/** The role's requests under the statements handed to the key's owner alone, no identity policy. */
const underKeyPolicyAlone = (plan: AgentCorePlan, requests: AwsRequest[]) =>
    Promise.all(
        requests.map(async (r) => {
            const keyPolicy = policyDocument(keyPolicyOf(plan, r.resource) ?? []);
            const decision = await simulate({ ...r, principal: plan.roleArn }, [], keyPolicy);
            return `${r.name}: ${decision}`;
        }),
    );
const expected = (requests: AwsRequest[]) => requests.map((r) => `${r.name}: ${r.expected}`);

describe("IAM evaluation (iam-simulate): the token vault's customer-managed key", () => {
    const allowedRole = awsRequests("agentcore.tokenVault.role");
    const deniedRole = awsRequests("agentcore.tokenVault.roleDenied");

    it("allows each role that reads from the vault AWS's four key operations through AgentCore Identity for the vault, and none through AgentCore's endpoint, no service, another vault, another key or another account", async () => {
        expect(allowedRole.length).to.equal(4);
        expect(deniedRole.length).to.equal(7);
        for (const kind of KINDS) {
            const plan = planOf(kind);
            const requests = [...allowedRole, ...deniedRole];
            expect(await decisions(plan, requests), kind).to.deep.equal(expected(requests));
        }
    });

    it("hands the key's owner statements naming the role that alone allow the same requests and deny the same neighbours, for that key only", async () => {
        for (const kind of KINDS) {
            const plan = planOf(kind);
            expect(
                plan.keyPolicies.map((k) => k.keyArn),
                kind,
            ).to.include(TOKEN_VAULT_KEY);
            const statements = keyPolicyOf(plan, TOKEN_VAULT_KEY) ?? [];
            expect(
                statements.map((s) => [s.Sid, s.Principal]),
                kind,
            ).to.deep.equal([
                ["AllowRoleToDescribeTokenVaultKey", { AWS: plan.roleArn }],
                ["AllowRoleToUseTokenVaultKey", { AWS: plan.roleArn }],
            ]);
            const requests = [...allowedRole, ...deniedRole];
            expect(await underKeyPolicyAlone(plan, requests), kind).to.deep.equal(expected(requests));
        }
    });

    it("gives the deployer SetTokenVaultCMK and GetTokenVault on the account's vault and the key's use through AgentCore Identity, whatever the role reads; nothing on a vault whose id extends default, and each condition broken denied", async () => {
        const requests = [
            ...awsRequests("agentcore.tokenVault.deployer"),
            ...awsRequests("agentcore.tokenVault.deployerDenied"),
        ];
        expect(requests.filter((r) => r.expected === "Allowed").length).to.equal(6);
        for (const kind of KINDS) {
            expect(await decisions(planOf(kind), requests), kind).to.deep.equal(expected(requests));
        }
        const readsNothing = planOf("runtime", { oauthProviders: [], apiKeyProviders: [] });
        expect(await decisions(readsNothing, requests)).to.deep.equal(expected(requests));
    });

    it("grants a role that reads nothing from the vault nothing on its key, in its policy or the key's", async () => {
        const plan = planOf("runtime", { oauthProviders: undefined, apiKeyProviders: undefined });
        expect(keyPolicyOf(plan, TOKEN_VAULT_KEY)).to.equal(undefined);
        expect(await decisions(plan, allowedRole)).to.deep.equal(
            allowedRole.map((r) => `${r.name}: ImplicitlyDenied`),
        );
    });

    it("grants nothing on the key, to anyone, when no key is given", async () => {
        const plan = planAgentCore("runtime", AGENTCORE_ARGS.runtime());
        expect(keyPolicyOf(plan, TOKEN_VAULT_KEY)).to.equal(undefined);
        const requests = [...allowedRole, ...awsRequests("agentcore.tokenVault.deployer")].filter(
            (r) => r.expected === "Allowed",
        );
        expect(await decisions(plan, requests)).to.deep.equal(
            requests.map((r) => `${r.name}: ImplicitlyDenied`),
        );
    });
});
