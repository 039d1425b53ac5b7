// The token vault's key (tokenVaultKey): a single-Region symmetric key of the role's account and
// region, by id or ARN, never an alias or a multi-Region key (identity-data-encryption.html), on
// every kind whose role reads from the vault; and, on Pulumi mocks, the key's statements in
// keyPolicyStatements under the key's ARN and the deployer's part in deployerStatements.
import { expect } from "chai";
import { AgentCoreGatewayRole } from "../../../../index";
import type { AgentCoreKind } from "../../../../components/agentcore/agentCoreKinds";
import {
    gatewayArgs,
    gatewayFailure,
    harnessArgs,
    harnessFailure,
    planAgentCore,
    runtimeArgs,
    runtimeFailure,
    TOKEN_VAULT_KEY,
} from "../../../support/agentCoreFixtures";
import { deployed } from "../../../support/componentRun";
import { installMocks, settle } from "../../../support/pulumiMocks";

const KEY_ID = TOKEN_VAULT_KEY.split("/")[1];
const FAILURES = { runtime: runtimeFailure, gateway: gatewayFailure, harness: harnessFailure };
const ARGS = { runtime: runtimeArgs, gateway: gatewayArgs, harness: harnessArgs };

describe("AgentCore tokenVaultKey: the token vault's key", () => {
    const cases: [unknown, RegExp][] = [
        ["alias/token-vault", /is an alias; IAM authorizes KMS requests against the key itself/],
        ["arn:aws:kms:us-east-1:123456789012:alias/token-vault", /is an alias/],
        [
            "mrk-1234abcd12ab34cd56ef1234567890ab",
            /"mrk-1234abcd12ab34cd56ef1234567890ab" is a multi-Region key; AgentCore Identity's token vault takes only a single-Region symmetric key/,
        ],
        ["arn:aws:kms:us-east-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab", /multi-Region key/],
        [TOKEN_VAULT_KEY.replace("123456789012", "210987654321"), /has account "210987654321"/],
        [TOKEN_VAULT_KEY.replace("us-east-1", "us-west-2"), /has region "us-west-2"/],
        ["*", /neither a valid id nor an ARN/],
        [42, /must be a string/],
    ];
    for (const kind of ["runtime", "gateway", "harness"] as const) {
        it(`${kind}: refuses an alias, a multi-Region key, another account's or region's key, and a non-key, naming tokenVaultKey`, () => {
            for (const [value, problem] of cases) {
                const error = FAILURES[kind]({ ...ARGS[kind](), tokenVaultKey: value });
                expect(error.argument, String(value)).to.equal("tokenVaultKey");
                expect(error.message, String(value)).to.match(problem);
            }
        });
    }

    it("takes the key by id or ARN alike: the same documents", () => {
        for (const kind of ["runtime", "gateway", "harness"] as const) {
            const byId = planAgentCore(kind, { ...ARGS[kind](), tokenVaultKey: KEY_ID });
            const byArn = planAgentCore(kind, { ...ARGS[kind](), tokenVaultKey: TOKEN_VAULT_KEY });
            expect(byId.inlinePolicy, kind).to.deep.equal(byArn.inlinePolicy);
            expect(byId.keyPolicies, kind).to.deep.equal(byArn.keyPolicies);
            expect(byId.deployerStatements, kind).to.deep.equal(byArn.deployerStatements);
        }
    });

    it("is no argument of the kinds whose role reads nothing from the vault", () => {
        for (const kind of ["memory", "browser", "codeInterpreter", "evaluation"] as AgentCoreKind[]) {
            expect(() => planAgentCore(kind, { tokenVaultKey: TOKEN_VAULT_KEY }), kind).to.throw(
                /tokenVaultKey.*is not a known argument/,
            );
        }
    });

    it("on Pulumi mocks: keyPolicyStatements holds the key's statements naming the role under the key's ARN, and deployerStatements setting it on the vault", async () => {
        await installMocks();
        const gateway = new AgentCoreGatewayRole("support-gateway", {
            ...gatewayArgs(),
            tokenVaultKey: KEY_ID,
        });
        await deployed(gateway);
        const roleArn = (await settle(gateway.roleArn)).value;
        const keys = (await settle(gateway.keyPolicyStatements)).value as Record<string, string>;
        const vaultKey = JSON.parse(keys[TOKEN_VAULT_KEY]) as { Sid: string; Principal: unknown }[];
        expect(vaultKey.map((s) => [s.Sid, s.Principal])).to.deep.equal([
            ["AllowRoleToDescribeTokenVaultKey", { AWS: roleArn }],
            ["AllowRoleToUseTokenVaultKey", { AWS: roleArn }],
        ]);
        const deployer = JSON.parse((await settle(gateway.deployerStatements)).value as string) as {
            Sid: string;
            Resource: string[];
        }[];
        expect(
            deployer.filter((s) => /TokenVault/.test(s.Sid)).map((s) => [s.Sid, s.Resource]),
        ).to.deep.equal([
            ["SetTokenVaultKey", ["arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default"]],
            ["DescribeTokenVaultKey", [TOKEN_VAULT_KEY]],
            ["UseTokenVaultKey", [TOKEN_VAULT_KEY]],
        ]);
    });
});
