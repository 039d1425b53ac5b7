// AgentCore's wildcards are found in the starter toolkit's, CDK's, AWS's and Terraform's roles,
// each finding naming the package's argument; no document this package writes is found, unless
// asked for tokens for any user id, which the package itself warns of.
import { expect } from "chai";
import { AGENTCORE_WILDCARDS } from "../../policies/rules/agentCoreWildcards";
import { violations } from "../../policies/violations";
import { planRuntime, runtimeArgs } from "../support/agentCoreFixtures";
import { PeerDocument, peerResource, TOOLKIT_DOC_RUNTIME_ROLE } from "../support/policyCorpus/agentGrants";
import { packageResources, planResources } from "../support/policyCorpus/packageResources";
import {
    CDK_RUNTIME_INVOKER,
    CDK_RUNTIME_ROLE,
    TERRAFORM_RUNTIME_ROLE,
    TOOLKIT_GATEWAY_POLICIES,
    TOOLKIT_RUNTIME_ROLE,
} from "../support/policyCorpus/peerRoles";

const found = (document: PeerDocument) =>
    violations([peerResource("peer", document)], [AGENTCORE_WILDCARDS]).map((v) => [v.statement, v.message]);
const statement = (Statement: object[]): PeerDocument => ({ source: "test", policy: { Statement } });
const RUNTIME = "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/support_agent-AbCdE12345";

describe("policy rule agent-iam-agentcore-wildcards", () => {
    it("finds the toolkit's gateway role: bedrock-agentcore:* and every secret of the account", () => {
        expect(found(TOOLKIT_GATEWAY_POLICIES[0])).to.deep.equal([
            [
                0,
                "bedrock-agentcore:* on arn:aws:bedrock-agentcore:*:*:* grants every AgentCore action: creating and updating runtimes and gateways, tokens for any user id (GetWorkloadAccessTokenForUserId), shell commands in a runtime's sessions (InvokeAgentRuntimeCommand). Name the actions the role uses, on its own resources, as this package's role for each kind does (memories, gateways, runtimes, oauthProviders, callers)",
            ],
            [
                1,
                "secretsmanager:GetSecretValue on * (every secret of the account, the token vault's among them): name the role's providers and their secrets (this package's oauthProviders and apiKeyProviders, each with its secretArn) and its own workload identities (<name>-??????????)",
            ],
        ]);
    });

    it("finds the toolkit's runtime role: every repository, log group, provider, identity and vault secret, tokens for any user", () => {
        const messages = found(TOOLKIT_RUNTIME_ROLE);
        expect(messages.map(([s]) => s)).to.deep.equal([0, 7, 8, 9, 10, 14]);
        expect(messages[0][1]).to.equal(
            "ecr:BatchGetImage, ecr:GetDownloadUrlForLayer on arn:aws:ecr:us-east-1:123456789012:repository/* pulls the images of every repository of the account: name the runtime's image repository (this package's containerRepository)",
        );
        expect(messages[1][1]).to.match(
            /^logs:CreateLogGroup on \* writes to every log group of the account: .*observability/,
        );
        expect(messages[2][1]).to.include(
            "apikeycredentialprovider/* (every credential provider of the token vault)",
        );
        expect(messages[2][1]).to.include("workload-identity/* (every workload identity)");
        expect(messages[3][1]).to.include(
            "secret:bedrock-agentcore-identity!default/oauth2/* (every secret of the token vault)",
        );
        expect(messages[4][1]).to.include(
            "oauth2credentialprovider/* (every credential provider of the token vault)",
        );
        expect(messages[5][1]).to.match(
            /^bedrock-agentcore:GetWorkloadAccessTokenForUserId mints workload access tokens for any user id .* workloadAccessTokens grants GetWorkloadAccessToken and GetWorkloadAccessTokenForJWT only/,
        );
    });

    it("finds CDK's runtime role: tokens for any user id, on every workload identity", () => {
        const messages = found(CDK_RUNTIME_ROLE);
        expect(messages.map(([s]) => s)).to.deep.equal([5, 5]);
        expect(messages[0][1]).to.match(/^bedrock-agentcore:GetWorkloadAccessTokenForUserId mints/);
        expect(messages[1][1]).to.match(
            /^bedrock-agentcore:GetWorkloadAccessToken, bedrock-agentcore:GetWorkloadAccessTokenForJWT on .*workload-identity\/\* \(every workload identity\)/,
        );
    });

    it("finds every repository in a role AgentCore is trusted with, and AWS's example's `repository/*`", () => {
        // Terraform's role: ECR on *, in a role whose trust names bedrock-agentcore.amazonaws.com.
        expect(found(TERRAFORM_RUNTIME_ROLE).map(([s]) => s)).to.deep.equal([5]);
        expect(found(TOOLKIT_DOC_RUNTIME_ROLE).map(([s]) => s)).to.deep.equal([0]);
        // The same statements in a RolePolicy granting no AgentCore action: not an AgentCore role.
        const pulls = statement([
            { Effect: "Allow", Action: ["ecr:BatchGetImage", "logs:PutLogEvents"], Resource: "*" },
        ]);
        expect(found(pulls)).to.deep.equal([]);
    });

    it("finds InvokeAgentRuntime* and Invoke*, which include the command actions, and passes CDK's grantInvoke", () => {
        for (const action of ["bedrock-agentcore:InvokeAgentRuntime*", "bedrock-agentcore:Invoke*"]) {
            const messages = found(
                statement([{ Effect: "Allow", Action: action, Resource: [RUNTIME, `${RUNTIME}/*`] }]),
            );
            expect(messages).to.have.length(1);
            expect(messages[0][1]).to.equal(
                `${action} includes InvokeAgentRuntimeCommand and InvokeAgentRuntimeCommandShell, which run shell commands in a runtime session's container with the runtime role's credentials: name InvokeAgentRuntime and the variants the callers use; give commands only deliberately, as this package's callers does with commands and allowCommandEscalation`,
            );
        }
        expect(found(CDK_RUNTIME_INVOKER)).to.deep.equal([]);
    });

    it("judges no Deny of tokens for any user id, nor one held to bedrock-agentcore:userid", () => {
        const directory =
            "arn:aws:bedrock-agentcore:us-east-1:123456789012:workload-identity-directory/default";
        const tokens = (effect: string, condition?: object) =>
            statement([
                {
                    Effect: effect,
                    Action: "bedrock-agentcore:GetWorkloadAccessTokenForUserId",
                    Resource: directory,
                    ...(condition ? { Condition: condition } : {}),
                },
            ]);
        expect(found(tokens("Deny"))).to.deep.equal([]);
        expect(
            found(tokens("Allow", { StringEquals: { "bedrock-agentcore:userid": "support-bot" } })),
        ).to.deep.equal([]);
        expect(found(tokens("Allow"))).to.have.length(1);
    });

    it("finds nothing this package writes: every kind's role, managed parts, callers' and deployer's policies", () => {
        expect(violations(packageResources(), [AGENTCORE_WILDCARDS])).to.deep.equal([]);
        const commands = planRuntime({
            ...runtimeArgs(),
            callers: { endpoints: ["prod"], commands: true, allowCommandEscalation: true },
        });
        expect(violations(planResources("commands", commands), [AGENTCORE_WILDCARDS])).to.deep.equal([]);
    });

    it("finds tokens for any user id when workloadAccessTokensForAnyUser asks for them, as the package warns", () => {
        const anyUser = planRuntime({
            ...runtimeArgs(),
            workloadAccessTokens: true,
            workloadAccessTokensForAnyUser: true,
        });
        expect(anyUser.warnings.some((w) => w.startsWith("workloadAccessTokensForAnyUser"))).to.equal(true);
        expect(
            violations(planResources("any-user", anyUser), [AGENTCORE_WILDCARDS]).map((v) => v.message),
        ).to.satisfy(
            (messages: string[]) =>
                messages.length === 1 &&
                messages[0].startsWith("bedrock-agentcore:GetWorkloadAccessTokenForUserId mints"),
        );
    });
});
