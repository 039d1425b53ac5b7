import { expect } from "chai";
import { AgentPermissionsPlan } from "../components/agentPermissionsPlan";
import { fullArgs } from "./support/fixtures";
import { asRole, assumeRole, invokeFunction } from "./support/iamEvaluation";
import { plan } from "./support/plan";

const ACCOUNT = "123456789012";
const OTHER_ACCOUNT = "210987654321";
const AGENT = `arn:aws:bedrock:us-east-1:${ACCOUNT}:agent/AGENT12345`;
const MODEL = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0";
const SECRET = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:pinecone-AbC123`;
const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const fromAgent = { "aws:SourceAccount": ACCOUNT, "aws:SourceArn": AGENT };

describe("IAM evaluation of the documents (iam-simulate)", () => {
    const full: AgentPermissionsPlan = plan(fullArgs());
    const pinned: AgentPermissionsPlan = plan({ ...fullArgs(), agentIds: ["AGENT12345"] });

    describe("foundation models", () => {
        it("allows invoking and streaming a listed model", async () => {
            expect(await asRole(full, { action: "bedrock:InvokeModel", resource: MODEL })).to.equal(
                "Allowed",
            );
            expect(
                await asRole(full, { action: "bedrock:InvokeModelWithResponseStream", resource: MODEL }),
            ).to.equal("Allowed");
        });
        it("denies another model, the same model in another region, and another Bedrock action on the model", async () => {
            const other = "arn:aws:bedrock:us-east-1::foundation-model/meta.llama3-70b-instruct-v1:0";
            expect(await asRole(full, { action: "bedrock:InvokeModel", resource: other })).to.equal(
                "ImplicitlyDenied",
            );
            expect(
                await asRole(full, {
                    action: "bedrock:InvokeModel",
                    resource: MODEL.replace("us-east-1", "us-west-2"),
                }),
            ).to.equal("ImplicitlyDenied");
            expect(await asRole(full, { action: "bedrock:GetFoundationModel", resource: MODEL })).to.equal(
                "ImplicitlyDenied",
            );
        });
        it("denies streaming when streaming is turned off", async () => {
            const quiet = plan({ ...fullArgs(), streaming: false });
            expect(
                await asRole(quiet, { action: "bedrock:InvokeModelWithResponseStream", resource: MODEL }),
            ).to.equal("ImplicitlyDenied");
        });
    });

    describe("action-group API schemas", () => {
        const schema = "arn:aws:s3:::agent-schemas/support/orders.json";
        it("allows reading a listed schema in a bucket of the account", async () => {
            const request = {
                action: "s3:GetObject",
                resource: schema,
                context: { "aws:ResourceAccount": ACCOUNT },
            };
            expect(await asRole(full, request)).to.equal("Allowed");
        });
        it("denies another key in the schema bucket, and the same key in a bucket of another account", async () => {
            const otherKey = {
                action: "s3:GetObject",
                resource: "arn:aws:s3:::agent-schemas/support/secrets.json",
                context: { "aws:ResourceAccount": ACCOUNT },
            };
            expect(await asRole(full, otherKey)).to.equal("ImplicitlyDenied");
            const otherAccount = {
                action: "s3:GetObject",
                resource: schema,
                resourceAccount: OTHER_ACCOUNT,
                context: { "aws:ResourceAccount": OTHER_ACCOUNT },
            };
            expect(await asRole(full, otherAccount)).to.equal("ImplicitlyDenied");
        });
        it("denies writing the schema", async () => {
            expect(
                await asRole(full, {
                    action: "s3:PutObject",
                    resource: schema,
                    context: { "aws:ResourceAccount": ACCOUNT },
                }),
            ).to.equal("ImplicitlyDenied");
        });
    });

    describe("knowledge bases", () => {
        const kb = (id: string, account = ACCOUNT, region = "us-east-1") =>
            `arn:aws:bedrock:${region}:${account}:knowledge-base/${id}`;
        it("allows Retrieve on each listed knowledge base, the third-party one included, and RetrieveAndGenerate", async () => {
            for (const id of ["KBPRODUCTS", "KBPOLICIES", "KBPINECONE"]) {
                expect(await asRole(full, { action: "bedrock:Retrieve", resource: kb(id) }), id).to.equal(
                    "Allowed",
                );
            }
            expect(await asRole(full, { action: "bedrock:RetrieveAndGenerate", resource: "*" })).to.equal(
                "Allowed",
            );
        });
        it("denies another knowledge base, and a listed id in another account or region", async () => {
            expect(await asRole(full, { action: "bedrock:Retrieve", resource: kb("KBOTHER000") })).to.equal(
                "ImplicitlyDenied",
            );
            expect(
                await asRole(full, {
                    action: "bedrock:Retrieve",
                    resource: kb("KBPRODUCTS", OTHER_ACCOUNT),
                    resourceAccount: OTHER_ACCOUNT,
                }),
            ).to.equal("ImplicitlyDenied");
            expect(
                await asRole(full, {
                    action: "bedrock:Retrieve",
                    resource: kb("KBPRODUCTS", ACCOUNT, "eu-west-1"),
                }),
            ).to.equal("ImplicitlyDenied");
        });
        it("grants no RetrieveAndGenerate when no knowledge base is listed", async () => {
            const none = plan({ ...fullArgs(), knowledgeBases: [], thirdPartyKnowledgeBases: [] });
            expect(await asRole(none, { action: "bedrock:RetrieveAndGenerate", resource: "*" })).to.equal(
                "ImplicitlyDenied",
            );
        });
    });

    describe("third-party knowledge bases", () => {
        const associate = (
            secret?: string,
        ): { action: string; resource: string; context: Record<string, string> } => ({
            action: "bedrock:AssociateThirdPartyKnowledgeBase",
            resource: "*",
            context: secret ? { "bedrock:ThirdPartyKnowledgeBaseCredentialsSecretArn": secret } : {},
        });
        it("allows association with the listed credentials secret", async () => {
            expect(await asRole(full, associate(SECRET))).to.equal("Allowed");
        });
        it("denies association with another secret, or with none", async () => {
            expect(await asRole(full, associate(SECRET.replace("pinecone-AbC123", "redis-XyZ789")))).to.equal(
                "ImplicitlyDenied",
            );
            expect(await asRole(full, associate())).to.equal("ImplicitlyDenied");
        });
    });

    describe("customer-managed KMS key", () => {
        it("denies the key without the encryption context and denies another key", async () => {
            expect(await asRole(full, { action: "kms:Decrypt", resource: KEY })).to.equal("ImplicitlyDenied");
            const otherKey = KEY.replace("1234abcd", "9999abcd");
            const context = { "kms:EncryptionContext:aws:bedrock:arn": AGENT };
            expect(await asRole(full, { action: "kms:Decrypt", resource: otherKey, context })).to.equal(
                "ImplicitlyDenied",
            );
            expect(await asRole(full, { action: "kms:Encrypt", resource: KEY, context })).to.equal(
                "ImplicitlyDenied",
            );
        });
        it("scopes the key to the agents' encryption context (structure asserted: the evaluator ignores kms:EncryptionContext:* keys)", () => {
            const kms = (p: AgentPermissionsPlan) =>
                p.inlinePolicy.Statement.find((s) => s.Sid === "UseAgentEncryptionKey")!;
            expect(kms(full).Resource).to.deep.equal([KEY]);
            expect(kms(full).Condition).to.deep.equal({
                StringLike: {
                    "kms:EncryptionContext:aws:bedrock:arn": [`arn:aws:bedrock:us-east-1:${ACCOUNT}:agent/*`],
                },
            });
            expect(kms(pinned).Condition).to.deep.equal({
                StringEquals: { "kms:EncryptionContext:aws:bedrock:arn": [AGENT] },
            });
        });
    });

    describe("trust policy", () => {
        it("lets Bedrock assume the role for an agent of the account", async () => {
            expect(await assumeRole(full, "bedrock.amazonaws.com", fromAgent)).to.equal("Allowed");
            expect(await assumeRole(pinned, "bedrock.amazonaws.com", fromAgent)).to.equal("Allowed");
        });
        it("denies another service principal, a request without either confused-deputy key, and another account's agent", async () => {
            expect(await assumeRole(full, "lambda.amazonaws.com", fromAgent)).to.equal("ImplicitlyDenied");
            expect(await assumeRole(full, "bedrock.amazonaws.com", { "aws:SourceArn": AGENT })).to.equal(
                "ImplicitlyDenied",
            );
            expect(
                await assumeRole(full, "bedrock.amazonaws.com", { "aws:SourceAccount": ACCOUNT }),
            ).to.equal("ImplicitlyDenied");
            const foreign = {
                "aws:SourceAccount": OTHER_ACCOUNT,
                "aws:SourceArn": AGENT.replace(ACCOUNT, OTHER_ACCOUNT),
            };
            expect(await assumeRole(full, "bedrock.amazonaws.com", foreign)).to.equal("ImplicitlyDenied");
        });
        it("once pinned, denies another agent of the same account, and a knowledge base as the source", async () => {
            const otherAgent = { ...fromAgent, "aws:SourceArn": AGENT.replace("AGENT12345", "AGENT99999") };
            expect(await assumeRole(pinned, "bedrock.amazonaws.com", otherAgent)).to.equal(
                "ImplicitlyDenied",
            );
            const kbSource = {
                ...fromAgent,
                "aws:SourceArn": `arn:aws:bedrock:us-east-1:${ACCOUNT}:knowledge-base/KBPRODUCTS`,
            };
            expect(await assumeRole(full, "bedrock.amazonaws.com", kbSource)).to.equal("ImplicitlyDenied");
        });
    });

    describe("Lambda permissions, evaluated as the function's resource policy", () => {
        const [createTicket] = full.lambdaPermissions;
        const [pinnedCreate] = pinned.lambdaPermissions;
        const invoke = { principal: "bedrock.amazonaws.com", action: "lambda:InvokeFunction" };
        it("lets Bedrock invoke the function for an agent of the account", async () => {
            expect(await invokeFunction(createTicket, { ...invoke, context: fromAgent })).to.equal("Allowed");
            expect(await invokeFunction(pinnedCreate, { ...invoke, context: fromAgent })).to.equal("Allowed");
        });
        it("denies another principal, another function, a request without the confused-deputy keys, and another agent once pinned", async () => {
            expect(
                await invokeFunction(createTicket, {
                    ...invoke,
                    principal: "states.amazonaws.com",
                    context: fromAgent,
                }),
            ).to.equal("ImplicitlyDenied");
            const otherFunction = createTicket.functionArn.replace("create-ticket", "delete-account");
            expect(
                await invokeFunction(createTicket, { ...invoke, context: fromAgent }, otherFunction),
            ).to.equal("ImplicitlyDenied");
            expect(
                await invokeFunction(createTicket, { ...invoke, context: { "aws:SourceArn": AGENT } }),
            ).to.equal("ImplicitlyDenied");
            expect(
                await invokeFunction(createTicket, { ...invoke, context: { "aws:SourceAccount": ACCOUNT } }),
            ).to.equal("ImplicitlyDenied");
            const otherAgent = { ...fromAgent, "aws:SourceArn": AGENT.replace("AGENT12345", "AGENT99999") };
            expect(await invokeFunction(pinnedCreate, { ...invoke, context: otherAgent })).to.equal(
                "ImplicitlyDenied",
            );
        });
        it("denies Bedrock any other Lambda action on the function", async () => {
            expect(
                await invokeFunction(createTicket, {
                    ...invoke,
                    action: "lambda:GetFunction",
                    context: fromAgent,
                }),
            ).to.equal("ImplicitlyDenied");
        });
    });

    describe("policies spilled into managed policies", () => {
        it("still allow every listed knowledge base and deny others", async () => {
            const ids = Array.from({ length: 300 }, (_, i) => `KB${String(i).padStart(8, "0")}`);
            const big = plan({ ...fullArgs(), knowledgeBases: ids });
            expect(big.managedPolicies.length).to.be.greaterThan(0);
            for (const id of [ids[0], ids[150], ids[299]]) {
                const resource = `arn:aws:bedrock:us-east-1:${ACCOUNT}:knowledge-base/${id}`;
                expect(await asRole(big, { action: "bedrock:Retrieve", resource }), id).to.equal("Allowed");
            }
            const other = `arn:aws:bedrock:us-east-1:${ACCOUNT}:knowledge-base/KB99999999`;
            expect(await asRole(big, { action: "bedrock:Retrieve", resource: other })).to.equal(
                "ImplicitlyDenied",
            );
        });
    });
});
