// KMS keys of agents and gateways: kms:*, a key's use open to any key or principal without
// kms:ViaService or an encryption context, and unlimited grants are found in whoever's documents:
// the starter toolkit's, AWS's published key policies, CDK's; this package's own documents pass.
import { expect } from "chai";
import { KMS_SCOPE } from "../../policies/rules/kmsScope";
import { violations } from "../../policies/violations";
import type { InspectedResource } from "../../policies/inspectedDocuments";
import { resourcePolicyReports } from "../support/policyPackRun";
import { packagePlans, packageResources } from "../support/policyCorpus/packageResources";
import { SUPERVISOR } from "../support/fixtures";
import * as corpus from "../support/policyCorpus/kms";
import { TERRAFORM_BEDROCK_KNOWLEDGE_BASE_TRUST } from "../support/policyCorpus/trustAndLambda";
import { CORPUS_PLACE, filled, resolved } from "../support/policyCorpus/corpusResources";
import { awsRequests } from "../support/awsRequests";
import { GATEWAY_KEY, MEMORY_KEY } from "../support/agentCoreFixtures";
import { defaultKeyPolicy, kmsKeyArn, simulate } from "../support/iamEvaluation";
import type { PolicyDocument } from "../../components/iam/policyDocument";

const keyPolicy = (name: string, policy: unknown): InspectedResource => ({
    type: "aws:kms/keyPolicy:KeyPolicy",
    name,
    props: { policy: JSON.stringify(policy) },
});
const managedPolicy = (name: string, policy: unknown): InspectedResource => ({
    type: "aws:iam/policy:Policy",
    name,
    props: { policy: JSON.stringify(policy) },
});
const found = (resources: InspectedResource[]) =>
    violations(resources, [KMS_SCOPE]).map((v) => ({
        name: v.resource.name,
        statement: v.statement,
        message: v.message,
    }));

describe("policy rule agent-iam-kms-scope", () => {
    it("finds the starter toolkit's kms:* on its gateway role, not its other policy", () => {
        const results = found([
            managedPolicy("agentcore", corpus.STARTER_TOOLKIT_GATEWAY.agentCoreFullAccess),
            managedPolicy("kms", corpus.STARTER_TOOLKIT_GATEWAY.kmsFullAccess),
        ]);
        expect(results.map((r) => [r.name, r.statement])).to.deep.equal([["kms", 0]]);
        expect(results[0].message).to.match(
            /^kms:\* allows every KMS action, key administration and grants included/,
        );
        expect(results[0].message).to.contain("customerEncryptionKey, memoryEncryptionKey and tokenVaultKey");
    });

    it("passes AWS's current agent key documents, the gateway's key policy, the memory deployer's and the token vault's", () => {
        // The key policies' account-root kms:* statement is KMS's default one: it lets IAM decide.
        expect(
            found([
                managedPolicy("agent-callers", corpus.AWS_AGENT_KEY.identity),
                keyPolicy("agent-key", corpus.AWS_AGENT_KEY.keyPolicy),
                keyPolicy("gateway-key", corpus.AWS_GATEWAY_KEY_POLICY),
                managedPolicy("memory-deployer", corpus.AWS_MEMORY_DEPLOYER_POLICY),
                keyPolicy("vault-key", corpus.AWS_TOKEN_VAULT_KEY_POLICY),
            ]),
        ).to.deep.equal([]);
    });

    it("finds AWS's legacy agent key policy giving the role the key without conditions, and Bedrock grants for any account", () => {
        const results = found([keyPolicy("legacy", corpus.AWS_LEGACY_AGENT_KEY_POLICY)]);
        expect(results.map((r) => r.statement)).to.deep.equal([2, 3]);
        expect(results[0].message).to.match(
            /^kms:GenerateDataKey\*, kms:Decrypt for arn:aws:iam::123456789012:role\/Role without kms:ViaService or an encryption-context condition/,
        );
        expect(results[1].message).to.match(
            /^kms:CreateGrant for bedrock\.amazonaws\.com with neither an encryption-context condition nor aws:SourceArn/,
        );
    });

    it("finds AWS's guardrail key policy: use without conditions, and a grant without a limit", () => {
        const results = found([keyPolicy("guardrail", corpus.AWS_GUARDRAIL_KEY_POLICY)]);
        expect(results.map((r) => [r.statement, r.message.slice(0, 40)])).to.deep.equal([
            [0, "kms:Decrypt, kms:GenerateDataKey, kms:Cr"],
            [0, "kms:CreateGrant without kms:GrantOperati"],
        ]);
        // PermissionsForGuardrailsUsers, a named role's kms:Decrypt of this key alone, is not judged:
        // it creates no ciphertext and no grant, and AWS gives no service or context to narrow it.
    });

    it("finds CDK's memory role granting CreateGrant on its key without a limit, and using the key without AgentCore's service or context", () => {
        const results = found([
            {
                type: "aws:iam/role:Role",
                name: "cdk-memory",
                props: {
                    assumeRolePolicy: corpus.CDK_MEMORY_ROLE_TRUST,
                    // The key's ARN as CloudFormation resolves its Fn::GetAtt.
                    inlinePolicies: [
                        {
                            policy: resolved(corpus.CDK_MEMORY_ROLE_POLICY, {
                                "MyEncryptionKeyD795679F.Arn": MEMORY_KEY,
                            }),
                        },
                    ],
                },
            },
        ]);
        expect(results).to.have.length(2);
        expect(results[0].message).to.match(
            new RegExp(
                `^kms:CreateGrant, kms:Decrypt, kms:GenerateDataKey, kms:GenerateDataKeyWithoutPlaintext, kms:ReEncrypt\\* on ${MEMORY_KEY} lets a role AgentCore runs with use the key directly`,
            ),
        );
        expect(results[1].message).to.match(/^kms:CreateGrant without kms:GrantOperations/);
    });

    it("passes Terraform's knowledge-base and memory KMS grants, through kms:ViaService, and finds its gateway role's kms:Decrypt of the key with neither AgentCore's service nor context", () => {
        // Each as the policy of the role it is attached to, whose trust names the service: the
        // strictest reading, a role acting for Bedrock or AgentCore.
        const role = (name: string, trust: unknown, policy: unknown): InspectedResource => ({
            type: "aws:iam/role:Role",
            name,
            props: {
                assumeRolePolicy: JSON.stringify(trust),
                inlinePolicies: [{ policy: JSON.stringify(policy) }],
            },
        });
        const place = {
            "${data.aws_region.current.region}": CORPUS_PLACE.region,
            "${data.aws_caller_identity.current.account_id}": CORPUS_PLACE.account,
        };
        const knowledgeBase = filled(corpus.TERRAFORM_BEDROCK_KB_S3_KEY_POLICY, {
            ...place,
            "${var.kb_s3_data_source_kms_arn}": kmsKeyArn("6666abcd-12ab-34cd-56ef-1234567890ab"),
        });
        const memory = filled(corpus.TERRAFORM_AGENTCORE_MEMORY_KEY.policy, {
            "${var.memory_encryption_key_arn}": MEMORY_KEY,
        });
        const gateway = {
            Version: "2012-10-17",
            Statement: [
                filled(corpus.TERRAFORM_AGENTCORE_GATEWAY_KEY.statement, {
                    "${var.gateway_kms_key_arn}": GATEWAY_KEY,
                }),
            ],
        };
        expect(
            found([
                role("terraform-kb", TERRAFORM_BEDROCK_KNOWLEDGE_BASE_TRUST, knowledgeBase),
                role("terraform-memory", corpus.TERRAFORM_AGENTCORE_MEMORY_KEY.trust, memory),
                role(
                    "terraform-gateway",
                    filled(corpus.TERRAFORM_AGENTCORE_GATEWAY_KEY.trust, place),
                    gateway,
                ),
            ]),
        ).to.deep.equal([
            {
                name: "terraform-gateway",
                statement: 0,
                message: `kms:Decrypt on ${GATEWAY_KEY} lets a role AgentCore runs with use the key directly, for anything it encrypts: AgentCore uses a customer key through its service, so add kms:ViaService (bedrock-agentcore.<region>.amazonaws.com; bedrock-agentcore-identity.<region>.amazonaws.com for the token vault) and the resource's encryption context (kms:EncryptionContext:aws:bedrock-agentcore-gateway:arn for a gateway); this package's customerEncryptionKey, memoryEncryptionKey and tokenVaultKey write the key's ARN with kms:ViaService and the encryption context, and its keyPolicyStatements output the key policy's statements naming the role`,
            },
        ]);
    });

    it("Terraform's memory key policy grants nothing: under StringEquals, bedrock-agentcore.*.amazonaws.com is no wildcard", async () => {
        // storage-encryption.html's requests: each operation on the memory's key, through AgentCore.
        const rows = awsRequests("agentcore.memory.deployerKey");
        const principal = "arn:aws:iam::123456789012:role/terraform-memory";
        const keyArn = { "${var.memory_encryption_key_arn}": MEMORY_KEY };
        const terraform = filled(
            corpus.TERRAFORM_AGENTCORE_MEMORY_KEY.policy,
            keyArn,
        ) as unknown as PolicyDocument;
        // The same statement with the value AWS's page writes, the region's own name, allows every request.
        const page = filled(
            {
                ...corpus.TERRAFORM_AGENTCORE_MEMORY_KEY.policy,
                Statement: corpus.TERRAFORM_AGENTCORE_MEMORY_KEY.policy.Statement.map((s) => ({
                    ...s,
                    Condition: corpus.AWS_MEMORY_DEPLOYER_POLICY.Statement[0].Condition,
                })),
            },
            keyArn,
        ) as unknown as PolicyDocument;
        for (const row of rows) {
            const request = { principal, action: row.action, resource: MEMORY_KEY, context: row.context };
            // The key's default policy lets the account's identity policies decide.
            const keyPolicy = defaultKeyPolicy(MEMORY_KEY);
            expect(await simulate(request, [terraform], keyPolicy), row.name).to.equal("ImplicitlyDenied");
            expect(await simulate(request, [page], keyPolicy), row.name).to.equal("Allowed");
        }
        expect(rows).to.have.length(7);
    });

    it("finds a role acting for AgentCore using any key without kms:ViaService or encryption context, and only such a role", () => {
        // The use statement of AWS's memory page, without its condition, on a role AgentCore assumes.
        const trust = {
            Statement: [
                {
                    Effect: "Allow",
                    Principal: { Service: "bedrock-agentcore.amazonaws.com" },
                    Action: "sts:AssumeRole",
                },
            ],
        };
        const use = (condition?: object) => ({
            Statement: [
                {
                    Effect: "Allow",
                    Action: ["kms:Decrypt", "kms:GenerateDataKey"],
                    Resource: "arn:aws:kms:*:111122223333:key/*",
                    ...(condition ? { Condition: condition } : {}),
                },
            ],
        });
        const role = (assumeRolePolicy: unknown, policy: unknown): InspectedResource => ({
            type: "aws:iam/role:Role",
            name: "worker",
            props: { assumeRolePolicy, inlinePolicies: [{ policy }] },
        });
        const results = found([role(trust, use())]);
        expect(results).to.have.length(1);
        expect(results[0].message).to.match(
            /^kms:Decrypt, kms:GenerateDataKey on arn:aws:kms:\*:111122223333:key\/\* lets a role acting for Bedrock or AgentCore use any key/,
        );
        const via = { StringEquals: { "kms:ViaService": "bedrock-agentcore.us-east-1.amazonaws.com" } };
        expect(found([role(trust, use(via))])).to.deep.equal([]);
        const lambdaTrust = {
            Statement: [
                { Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" },
            ],
        };
        expect(found([role(lambdaTrust, use())])).to.deep.equal([]);
        // A policy alone acts for an agent when it also grants Bedrock's actions.
        const withModel = {
            Statement: [
                ...use().Statement,
                {
                    Effect: "Allow",
                    Action: "bedrock:InvokeModel",
                    Resource: "arn:aws:bedrock:*::foundation-model/*",
                },
            ],
        };
        expect(found([managedPolicy("agent", withModel)]).map((r) => r.statement)).to.deep.equal([0]);
        expect(found([managedPolicy("worker", use())])).to.deep.equal([]);
    });

    it("reads * as every KMS action on KMS resources and in key policies, not on other resources", () => {
        const all = (resource: string) => ({
            Statement: [{ Effect: "Allow", Action: "*", Resource: resource }],
        });
        expect(
            found([managedPolicy("keys", all("arn:aws:kms:us-east-1:111122223333:key/*"))]),
        ).to.have.length(1);
        expect(
            found([managedPolicy("tables", all("arn:aws:dynamodb:us-east-1:111122223333:table/*"))]),
        ).to.deep.equal([]);
    });

    it("fires on no document this package writes, for agents and every AgentCore kind", () => {
        const plans = packagePlans();
        const resources = packageResources();
        // Every kind's key policy is read: agent, guardrail, memory, gateway, delivery, evaluator, vault keys.
        const keyPolicies = resources.filter((r) => r.type === "aws:kms/keyPolicy:KeyPolicy");
        expect(keyPolicies).to.have.length(plans.reduce((n, [, p]) => n + p.keyPolicies.length, 0));
        expect(keyPolicies.length).to.be.greaterThanOrEqual(12);
        // The guardrail key's twin is a named role's kms:Decrypt alone, as AWS's guardrail page publishes it.
        expect(found(resources).map((r) => [r.name, r.statement])).to.deep.equal([]);
        expect(resources.some((r) => r.name === `supervisor-key-${SUPERVISOR.guardrailKey}`)).to.equal(true);
    });

    it("is the pack's policy agent-iam-kms-scope, reporting where each finding is", () => {
        const reported = resourcePolicyReports("agent-iam-kms-scope", {
            type: "aws:iam/policy:Policy",
            name: "kms",
            props: { policy: JSON.stringify(corpus.STARTER_TOOLKIT_GATEWAY.kmsFullAccess) },
        });
        expect(reported).to.have.length(1);
        expect(reported[0]).to.match(/^policy, statement 0: kms:\* allows every KMS action/);
    });
});
