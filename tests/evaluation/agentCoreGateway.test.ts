// Every request an AgentCore gateway makes is allowed, and its near neighbours are denied.
import { expect } from "chai";
import {
    assumeRole,
    defaultKeyPolicy,
    identityPolicies,
    keyPolicyOf,
    OTHER_ACCOUNT,
    simulate,
    withoutEncryptionContext,
} from "../support/iamEvaluation";
import {
    agentCoreArn,
    GATEWAY_KEY,
    gatewayArgs,
    OAUTH_SECRET,
    planGateway,
} from "../support/agentCoreFixtures";
import { policyDocument } from "../../components/iam/policyDocument";

const ACCOUNT = "123456789012";
const plan = planGateway(gatewayArgs());
const GATEWAY = agentCoreArn("gateway/support-gateway-abcdefghij");
const FUNCTION = (name: string, account = ACCOUNT) => `arn:aws:lambda:us-east-1:${account}:function:${name}`;
const WORKLOAD = agentCoreArn(
    "workload-identity-directory/default/workload-identity/support-gateway-abcdefghij",
);
const ENGINE = agentCoreArn("policy-engine/support_policies-AbCdE12345");
const SCHEMA = "arn:aws:s3:::gateway-schemas/orders/openapi.json";
const VIA_AGENTCORE = { "kms:ViaService": "bedrock-agentcore.us-east-1.amazonaws.com" };

// The evaluator never matches encryption-context keys (it ignores them), so the role's policies are
// evaluated without them; the third test checks them in the documents. KMS asks the key's policy
// too: the default one, which leaves it to the account's identity policies. S3 reads the bucket's
// account from aws:ResourceAccount.
const evaluated = identityPolicies(plan).map(withoutEncryptionContext);
const decide = (
    action: string,
    resource: string,
    context?: Record<string, string | string[]>,
    account = ACCOUNT,
) =>
    simulate(
        {
            principal: plan.roleArn,
            action,
            resource,
            resourceAccount: account,
            context: action.startsWith("s3:") ? { "aws:ResourceAccount": account, ...context } : context,
        },
        evaluated,
        action.startsWith("kms:") ? defaultKeyPolicy(GATEWAY_KEY) : undefined,
    ).then((decision) => `${action} on ${resource}: ${decision}`);

describe("IAM evaluation (iam-simulate): AgentCore gateway role", () => {
    it("allows every request the gateway makes: its targets and interceptor, its provider's token and secret, its schema, its policy engine and its key through AgentCore", async () => {
        const requests: [string, string, Record<string, string | string[]>?][] = [
            ["lambda:InvokeFunction", FUNCTION("lookup-orders")],
            ["lambda:InvokeFunction", FUNCTION("open-ticket")],
            ["lambda:InvokeFunction", FUNCTION("redact-pii")],
            ["bedrock-agentcore:GetWorkloadAccessToken", WORKLOAD],
            [
                "bedrock-agentcore:GetResourceOauth2Token",
                agentCoreArn("token-vault/default/oauth2credentialprovider/github"),
            ],
            ["bedrock-agentcore:GetResourceOauth2Token", WORKLOAD],
            ["secretsmanager:GetSecretValue", OAUTH_SECRET],
            ["s3:GetObject", SCHEMA],
            ["bedrock-agentcore:AuthorizeAction", GATEWAY],
            ["bedrock-agentcore:AuthorizeAction", ENGINE],
            ["bedrock-agentcore:GetPolicyEngine", ENGINE],
            ["kms:DescribeKey", GATEWAY_KEY, VIA_AGENTCORE],
            ["kms:Decrypt", GATEWAY_KEY, VIA_AGENTCORE],
            [
                "kms:CreateGrant",
                GATEWAY_KEY,
                {
                    ...VIA_AGENTCORE,
                    "kms:GrantConstraintType": "EncryptionContextSubset",
                    // KMS presents grant operations by their bare names (AWS KMS condition keys,
                    // kms:GrantOperations: https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html).
                    "kms:GrantOperations": ["Decrypt", "GenerateDataKey"],
                },
            ],
        ];
        const decisions = await Promise.all(
            requests.map(([action, resource, context]) => decide(action, resource, context)),
        );
        expect(decisions.filter((d) => !d.endsWith(": Allowed"))).to.deep.equal([]);
    });

    it("denies the near neighbours: another function or account, another provider, secret, schema or engine, the key outside AgentCore or for other operations, iam:PassRole", async () => {
        const requests: [string, string, Record<string, string | string[]>?, string?][] = [
            ["lambda:InvokeFunction", FUNCTION("delete-orders")],
            ["lambda:InvokeFunction", FUNCTION("lookup-orders", OTHER_ACCOUNT), undefined, OTHER_ACCOUNT],
            ["lambda:InvokeFunction", `${FUNCTION("lookup-orders")}:live`],
            [
                "bedrock-agentcore:GetResourceOauth2Token",
                agentCoreArn("token-vault/default/oauth2credentialprovider/slack"),
            ],
            [
                "bedrock-agentcore:GetWorkloadAccessToken",
                WORKLOAD.replace("support-gateway-", "billing-gateway-"),
            ],
            ["secretsmanager:GetSecretValue", OAUTH_SECRET.replace("github", "slack")],
            ["s3:GetObject", "arn:aws:s3:::gateway-schemas/billing/openapi.json"],
            ["s3:GetObject", SCHEMA, undefined, OTHER_ACCOUNT],
            ["bedrock-agentcore:AuthorizeAction", agentCoreArn("policy-engine/billing_policies-AbCdE12345")],
            ["bedrock-agentcore:AuthorizeAction", agentCoreArn("gateway/billing-gateway-abcdefghij")],
            // A gateway whose name extends ours: ids are the name, "-" and exactly ten characters.
            ["bedrock-agentcore:AuthorizeAction", agentCoreArn("gateway/support-gateway-admin-abcdefghij")],
            [
                "bedrock-agentcore:GetWorkloadAccessToken",
                WORKLOAD.replace("support-gateway-", "support-gateway-admin-"),
            ],
            ["bedrock-agentcore:InvokeGateway", GATEWAY],
            ["kms:Decrypt", GATEWAY_KEY],
            ["kms:Decrypt", GATEWAY_KEY, { "kms:ViaService": "s3.us-east-1.amazonaws.com" }],
            [
                "kms:CreateGrant",
                GATEWAY_KEY,
                {
                    ...VIA_AGENTCORE,
                    "kms:GrantConstraintType": "EncryptionContextSubset",
                    "kms:GrantOperations": ["Decrypt", "ReEncryptFrom"],
                },
            ],
            ["kms:CreateGrant", GATEWAY_KEY, { ...VIA_AGENTCORE, "kms:GrantOperations": ["Decrypt"] }],
            ["iam:PassRole", plan.roleArn],
        ];
        const decisions = await Promise.all(
            requests.map(([action, resource, context, account]) =>
                decide(action, resource, context, account),
            ),
        );
        expect(decisions.filter((d) => !d.endsWith(": ImplicitlyDenied"))).to.deep.equal([]);
    });

    it("hands the key's owner statements naming the role, through AgentCore and for this gateway's encryption context only", async () => {
        const statements = keyPolicyOf(plan, GATEWAY_KEY) ?? [];
        expect(statements.map((s) => s.Sid)).to.deep.equal([
            "AllowGatewayRoleToDescribeGatewayKey",
            "AllowGatewayRoleToUseGatewayKey",
            "AllowGatewayRoleToGrantGatewayKey",
        ]);
        expect(statements.every((s) => s.Principal.AWS === plan.roleArn)).to.equal(true);
        expect(statements[1].Condition?.StringLike).to.deep.equal({
            "kms:EncryptionContext:aws:bedrock-agentcore-gateway:arn": [
                agentCoreArn("gateway/support-gateway-??????????"),
            ],
        });
        const keyPolicy = policyDocument(statements);
        const asKeyOwnerSees = (context: Record<string, string>) =>
            simulate(
                { principal: plan.roleArn, action: "kms:DescribeKey", resource: GATEWAY_KEY, context },
                [],
                keyPolicy,
            );
        expect(await asKeyOwnerSees(VIA_AGENTCORE)).to.equal("Allowed");
        expect(await asKeyOwnerSees({ "kms:ViaService": "s3.us-east-1.amazonaws.com" })).to.equal(
            "ImplicitlyDenied",
        );
    });

    it("trusts AgentCore acting for gateways of its name in its account, as the gateway page documents, and no one else", async () => {
        const from = (sourceArn: string, account = ACCOUNT) => ({
            "aws:SourceAccount": account,
            "aws:SourceArn": sourceArn,
        });
        const agentCore = "bedrock-agentcore.amazonaws.com";
        expect(await assumeRole(plan, agentCore, from(GATEWAY))).to.equal("Allowed");
        const denied = [
            await assumeRole(plan, agentCore, from(agentCoreArn("gateway/billing-gateway-abcdefghij"))),
            await assumeRole(plan, agentCore, from(agentCoreArn("gateway/support-gateway-admin-abcdefghij"))),
            await assumeRole(plan, agentCore, from(agentCoreArn("runtime/support-gateway-AbCdE12345"))),
            await assumeRole(
                plan,
                agentCore,
                from(agentCoreArn("gateway/support-gateway-abcdefghij", OTHER_ACCOUNT), OTHER_ACCOUNT),
            ),
            await assumeRole(plan, agentCore, { "aws:SourceArn": GATEWAY }),
            await assumeRole(plan, "lambda.amazonaws.com", from(GATEWAY)),
        ];
        expect(denied).to.deep.equal(Array(6).fill("ImplicitlyDenied"));
    });
});
