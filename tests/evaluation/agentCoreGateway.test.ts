// Every request an AgentCore gateway makes, as AWS presents it, is allowed, and its near neighbours
// are denied.
import { expect } from "chai";
import { AwsRequest, awsRequest, awsRequests } from "../support/awsRequests";
import {
    asRole,
    assumeRole,
    decideAws,
    defaultKeyPolicy,
    IamRequest,
    keyPolicyOf,
    OTHER_ACCOUNT,
    simulate,
    sourceContext,
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
const WORKLOAD = awsRequest(
    "agentcore.gateway.workloadToken.workloadIdentity.GetWorkloadAccessToken",
).resource;
const SCHEMA = awsRequest("agentcore.gateway.schema.GetObject").resource;
const VIA_AGENTCORE = { "kms:ViaService": "bedrock-agentcore.us-east-1.amazonaws.com" };
const keyPolicy = policyDocument(keyPolicyOf(plan, GATEWAY_KEY) ?? []);

// KMS asks the key's policy too: the default one, which leaves it to the account's identity
// policies, unless a test gives the statements handed to the key's owner.
const defaultPolicyFor = (action: string) =>
    action.startsWith("kms:") ? defaultKeyPolicy(GATEWAY_KEY) : undefined;
const decided = (request: AwsRequest) =>
    decideAws(plan, request, defaultPolicyFor(request.action)).then(
        (decision) => `${request.name}: ${decision}`,
    );
/** What the role's requests (not its trust) decide, against what the table expects of them. */
async function decisionsOf(requests: AwsRequest[]) {
    const asked = requests.filter((r) => r.action !== "sts:AssumeRole");
    return {
        decided: await Promise.all(asked.map(decided)),
        expected: asked.map((r) => `${r.name}: ${r.expected}`),
    };
}

describe("IAM evaluation (iam-simulate): AgentCore gateway role", () => {
    it("allows every request the gateway makes: its targets and interceptor, its workload token, its provider's token and secret, its schema, its policy engine and its key through AgentCore", async () => {
        const { decided: decisions, expected } = await decisionsOf(
            awsRequests("agentcore.gateway").filter((r) => r.expected === "Allowed"),
        );
        expect(decisions).to.deep.equal(expected);
    });

    it("denies the near neighbours: another function or account, another provider, secret, schema or engine, a gateway whose name extends ours, the key outside AgentCore or for other operations, iam:PassRole", async () => {
        const { decided: decisions, expected } = await decisionsOf(
            awsRequests("agentcore.gateway").filter((r) => r.expected === "ImplicitlyDenied"),
        );
        expect(decisions).to.deep.equal(expected);
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
        const others = await Promise.all(
            requests.map(([action, resource, context, account = ACCOUNT]) => {
                const request: Omit<IamRequest, "principal"> = {
                    action,
                    resource,
                    resourceAccount: account,
                    // S3 reads the bucket's account from aws:ResourceAccount.
                    context: action.startsWith("s3:")
                        ? { "aws:ResourceAccount": account, ...context }
                        : context,
                };
                return asRole(plan, request, defaultPolicyFor(action)).then(
                    (d) => `${action} on ${resource}: ${d}`,
                );
            }),
        );
        expect(others.filter((d) => !d.endsWith(": ImplicitlyDenied"))).to.deep.equal([]);
    });

    it("hands the key's owner statements naming the role that alone allow the gateway's use of its key, through AgentCore and for this gateway's encryption context only", async () => {
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
        // The key policy alone, with no identity policy of the role: a key whose policy does not
        // delegate to the account's identity policies.
        const underKeyPolicyAlone = (request: AwsRequest) =>
            simulate({ ...request, principal: plan.roleArn }, [], keyPolicy).then(
                (decision) => `${request.name}: ${decision}`,
            );
        const keyRequests = awsRequests("agentcore.gateway.key");
        expect(await Promise.all(keyRequests.map(underKeyPolicyAlone))).to.deep.equal(
            keyRequests.map((r) => `${r.name}: ${r.expected}`),
        );
        const describe = awsRequest("agentcore.gateway.key.DescribeKey");
        expect(
            await simulate(
                {
                    ...describe,
                    principal: plan.roleArn,
                    context: { "kms:ViaService": "s3.us-east-1.amazonaws.com" },
                },
                [],
                keyPolicy,
            ),
        ).to.equal("ImplicitlyDenied");
    });

    it("trusts AgentCore acting for its gateway in its account, as the gateway page documents, and no one else: not a gateway whose name extends ours", async () => {
        for (const request of awsRequests("agentcore.gateway.trust")) {
            expect(await decideAws(plan, request), request.name).to.equal(request.expected);
        }
        const from = sourceContext;
        const agentCore = "bedrock-agentcore.amazonaws.com";
        const denied = [
            await assumeRole(plan, agentCore, from(agentCoreArn("gateway/billing-gateway-abcdefghij"))),
            await assumeRole(plan, agentCore, from(agentCoreArn("runtime/support-gateway-AbCdE12345"))),
            await assumeRole(
                plan,
                agentCore,
                from(agentCoreArn("gateway/support-gateway-abcdefghij", OTHER_ACCOUNT), OTHER_ACCOUNT),
            ),
            await assumeRole(plan, agentCore, { "aws:SourceArn": GATEWAY }),
            await assumeRole(plan, "lambda.amazonaws.com", from(GATEWAY)),
        ];
        expect(denied).to.deep.equal(Array(5).fill("ImplicitlyDenied"));
    });
});
