// A credential provider's secret is that provider's own: AgentCore keeps an OAuth provider's client
// secret at bedrock-agentcore-identity!default/oauth2/<provider>-XXXXXX and an API-key provider's key
// at …/apikey/<provider>-XXXXXX (the provider resource's clientSecretArns / apiKeySecretArns). Any
// other secret of the account is refused, naming the argument.
import { expect } from "chai";
import {
    API_KEY_SECRET,
    gatewayArgs,
    gatewayFailure,
    OAUTH_SECRET,
    planGateway,
    planRuntime,
    runtimeArgs,
    runtimeFailure,
} from "../../../support/agentCoreFixtures";

const secret = (name: string) => `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}`;
const readSecrets = (plan: ReturnType<typeof planRuntime>) =>
    plan.inlinePolicy.Statement.find((s) => s.Sid === "ReadCredentialProviderSecrets")?.Resource;

describe("AgentCore credential providers: each provider's own secret only", () => {
    it("refuses any other secret of the account for a provider: a database password, another provider's, one of the other kind, a name that extends the provider's", () => {
        const cases: [Record<string, unknown>, string][] = [
            [
                { oauthProviders: [{ provider: "github", secretArn: secret("prod/db-password-AbC123") }] },
                "oauthProviders[0].secretArn",
            ],
            [
                {
                    oauthProviders: [
                        { provider: "github", secretArn: OAUTH_SECRET.replace("github", "slack") },
                    ],
                },
                "oauthProviders[0].secretArn",
            ],
            [
                {
                    oauthProviders: [
                        {
                            provider: "github",
                            secretArn: OAUTH_SECRET.replace("github-", "github-enterprise-"),
                        },
                    ],
                },
                "oauthProviders[0].secretArn",
            ],
            [
                { apiKeyProviders: [{ provider: "github", secretArn: OAUTH_SECRET }] },
                "apiKeyProviders[0].secretArn",
            ],
            [
                {
                    apiKeyProviders: [
                        { provider: "weather", secretArn: API_KEY_SECRET.replace("apikey", "oauth2") },
                    ],
                },
                "apiKeyProviders[0].secretArn",
            ],
        ];
        for (const [change, argument] of cases) {
            const error = runtimeFailure({ ...runtimeArgs(), ...change });
            expect(error.argument, JSON.stringify(change)).to.equal(argument);
            expect(error.message).to.match(
                /is not the secret of provider (github|weather): AgentCore keeps it at bedrock-agentcore-identity!default\/(oauth2|apikey)\//,
            );
        }
        const gateway = gatewayFailure({
            ...gatewayArgs(),
            oauthProviders: [{ provider: "github", secretArn: secret("prod/db-password-AbC123") }],
        });
        expect(gateway.argument).to.equal("oauthProviders[0].secretArn");
    });

    it("accepts the provider's own secret whether the provider is named or given by ARN, and grants that secret only", () => {
        const byArn = planRuntime({
            ...runtimeArgs(),
            oauthProviders: [
                {
                    provider:
                        "arn:aws:bedrock-agentcore:us-east-1:123456789012:token-vault/default/oauth2credentialprovider/github",
                    secretArn: OAUTH_SECRET,
                },
            ],
        });
        expect(readSecrets(byArn)).to.deep.equal([API_KEY_SECRET, OAUTH_SECRET].sort());
        expect(readSecrets(planRuntime(runtimeArgs()))).to.deep.equal(readSecrets(byArn));
        expect(JSON.stringify(planGateway(gatewayArgs()).inlinePolicy)).to.include(OAUTH_SECRET);
    });

    it("accepts the form AgentCore also gives a provider's secret, with an eight-hex-digit part before Secrets Manager's six characters", () => {
        const secretArn = API_KEY_SECRET.replace("weather-XyZ789", "weather-0e976f98-LMwdhV");
        const plan = planRuntime({ ...runtimeArgs(), apiKeyProviders: [{ provider: "weather", secretArn }] });
        expect(readSecrets(plan)).to.include(secretArn);
    });

    it("takes a secret of the account's own for a provider whose secret source is EXTERNAL, and nothing of the vault's under that name", () => {
        const own = secret("agents/github-client-AbC123");
        const plan = planRuntime({
            ...runtimeArgs(),
            oauthProviders: [{ provider: "github", secretArn: own, secretSource: "EXTERNAL" }],
        });
        expect(readSecrets(plan)).to.include(own);
        const cases: [Record<string, unknown>, string, RegExp][] = [
            [
                { provider: "github", secretArn: OAUTH_SECRET, secretSource: "EXTERNAL" },
                "oauthProviders[0].secretArn",
                /secret AgentCore keeps for its providers/,
            ],
            [
                { provider: "github", secretArn: own, secretSource: "external" },
                "oauthProviders[0].secretSource",
                /neither MANAGED nor EXTERNAL/,
            ],
            [
                { provider: "github", secretArn: own },
                "oauthProviders[0].secretArn",
                /secretSource: "EXTERNAL"/,
            ],
        ];
        for (const [provider, argument, problem] of cases) {
            const error = runtimeFailure({ ...runtimeArgs(), oauthProviders: [provider] });
            expect(error.argument).to.equal(argument);
            expect(error.problem).to.match(problem);
        }
    });
});
