// Every request an AgentCore memory makes with its execution role, as AWS presents it, is allowed;
// its near neighbours are denied; the memory's own key is the deployer's, never the role's.
import { expect } from "chai";
import { AwsRequest, awsRequests } from "../support/awsRequests";
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
    BUCKET_KEY,
    MEMORY_KEY,
    MEMORY_STREAM,
    MEMORY_TOPIC,
    memoryArgs,
    planMemory,
    STREAM_KEY,
    TOPIC_KEY,
} from "../support/agentCoreFixtures";
import { policyDocument } from "../../components/iam/policyDocument";

const ACCOUNT = "123456789012";
const plan = planMemory(memoryArgs());
const MEMORY = agentCoreArn("memory/support_memory-AbCdE12345");
const PAYLOAD = awsRequests("agentcore.memory.selfManaged.bucket")[0].resource;

// KMS asks the key's policy too: the default one, which leaves it to the account's identity
// policies, unless a test gives the statements handed to the key's owner.
const keyPolicyFor = (request: { action: string; resource: string }) =>
    request.action.startsWith("kms:") ? defaultKeyPolicy(request.resource) : undefined;
const decided = (request: AwsRequest) =>
    decideAws(plan, request, keyPolicyFor(request)).then((decision) => `${request.name}: ${decision}`);
async function decisionsOf(requests: AwsRequest[]) {
    return {
        decided: await Promise.all(requests.map(decided)),
        expected: requests.map((r) => `${r.name}: ${r.expected}`),
    };
}

describe("IAM evaluation (iam-simulate): AgentCore memory role", () => {
    it("allows every request the memory makes: its override models (on demand, and through the profile to each destination), its strategies' topics and buckets and their keys, its stream and its key; and its trust", async () => {
        const { decided: decisions, expected } = await decisionsOf(
            awsRequests("agentcore.memory").filter(
                (r) => r.expected === "Allowed" && r.principal !== "deployer",
            ),
        );
        expect(decisions).to.deep.equal(expected);
        expect(decisions.length).to.equal(24);
    });

    it("denies AWS's form of the neighbours' requests: a memory, topic, bucket or stream whose name extends ours, and their encryption contexts", async () => {
        const { decided: decisions, expected } = await decisionsOf(
            awsRequests("agentcore.memory").filter((r) => r.expected === "ImplicitlyDenied"),
        );
        expect(decisions).to.deep.equal(expected);
        expect(decisions.length).to.equal(7);
    });

    it("denies the near neighbours: another model, topic, bucket, stream, key or account, the keys outside their services, and the memory's own key", async () => {
        const requests: [string, string, Record<string, string | string[]>?, string?][] = [
            ["bedrock:InvokeModel", "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-premier-v1:0"],
            // A destination of the profile, asked directly rather than through it.
            [
                "bedrock:InvokeModel",
                "arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0",
            ],
            ["bedrock:InvokeModel", "arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-pro-v1:0"],
            ["sns:Publish", MEMORY_TOPIC.replace(ACCOUNT, OTHER_ACCOUNT), undefined, OTHER_ACCOUNT],
            ["sns:Subscribe", MEMORY_TOPIC],
            ["sns:SetTopicAttributes", MEMORY_TOPIC],
            ["s3:PutObject", PAYLOAD, undefined, OTHER_ACCOUNT],
            ["s3:GetObject", PAYLOAD],
            ["s3:DeleteObject", PAYLOAD],
            ["s3:ListBucket", "arn:aws:s3:::memory-payloads"],
            ["s3:GetBucketLocation", "arn:aws:s3:::memory-payloads-archive"],
            ["kinesis:PutRecords", MEMORY_STREAM.replace(ACCOUNT, OTHER_ACCOUNT), undefined, OTHER_ACCOUNT],
            ["kinesis:GetRecords", MEMORY_STREAM],
            ["kinesis:DeleteStream", MEMORY_STREAM],
            // The topic's key directly, or through S3; the bucket's through SNS; the stream's for another context.
            ["kms:Decrypt", TOPIC_KEY, { "kms:EncryptionContext:aws:sns:topicArn": MEMORY_TOPIC }],
            ["kms:Decrypt", TOPIC_KEY, { "kms:ViaService": "s3.us-east-1.amazonaws.com" }],
            [
                "kms:GenerateDataKey",
                BUCKET_KEY,
                {
                    "kms:ViaService": "sns.us-east-1.amazonaws.com",
                    "kms:EncryptionContext:aws:s3:arn": PAYLOAD,
                },
            ],
            ["kms:GenerateDataKey", STREAM_KEY],
            ["kms:Decrypt", STREAM_KEY, { "kms:EncryptionContext:aws:kinesis:arn": MEMORY_STREAM }],
            ["kms:CreateGrant", TOPIC_KEY, { "kms:ViaService": "sns.us-east-1.amazonaws.com" }],
            // The memory's own key: the deployer's to use, not the role's.
            ...(["kms:Decrypt", "kms:GenerateDataKey", "kms:CreateGrant", "kms:DescribeKey"].map((action) => [
                action,
                MEMORY_KEY,
                { "kms:ViaService": "bedrock-agentcore.us-east-1.amazonaws.com" },
            ]) as [string, string, Record<string, string>][]),
            ["bedrock-agentcore:BatchCreateMemoryRecords", MEMORY],
            ["bedrock-agentcore:CreateEvent", MEMORY],
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
                return asRole(plan, request, keyPolicyFor({ action, resource })).then(
                    (d) => `${action} on ${resource}: ${d}`,
                );
            }),
        );
        expect(others.filter((d) => !d.endsWith(": ImplicitlyDenied"))).to.deep.equal([]);
    });

    it("hands each delivery key's owner statements naming the role that alone allow the memory's use of the key, through its service and for its resource only; none for the memory's own key", async () => {
        expect(plan.keyPolicies.map((k) => k.keyArn)).to.deep.equal(
            [TOPIC_KEY, BUCKET_KEY, STREAM_KEY].sort(),
        );
        expect(keyPolicyOf(plan, MEMORY_KEY)).to.equal(undefined);
        const underKeyPolicyAlone = (request: AwsRequest) =>
            simulate(
                { ...request, principal: plan.roleArn },
                [],
                policyDocument(keyPolicyOf(plan, request.resource) ?? []),
            ).then((decision) => `${request.name}: ${decision}`);
        const keyRequests = ["topicKey", "bucketKey", "streamKey"].flatMap((key) =>
            awsRequests(
                key === "streamKey" ? "agentcore.memory.streamKey" : `agentcore.memory.selfManaged.${key}`,
            ),
        );
        expect(keyRequests.length).to.equal(8);
        expect(await Promise.all(keyRequests.map(underKeyPolicyAlone))).to.deep.equal(
            keyRequests.map((r) => `${r.name}: ${r.expected}`),
        );
    });

    it("gives the deployer, not the role, the memory key's operations AgentCore's storage-encryption page asks of it: on that key only, through AgentCore in the memory's region only", async () => {
        const deployerRows = awsRequests("agentcore.memory.deployerKey");
        const { decided: decisions, expected } = await decisionsOf(deployerRows);
        expect(decisions).to.deep.equal(expected);
        const deployer = policyDocument(plan.deployerStatements ?? []);
        const principal = "arn:aws:iam::123456789012:role/platform-deployer";
        const denied = await Promise.all(
            [
                { resource: MEMORY_KEY, context: { "kms:ViaService": "s3.us-east-1.amazonaws.com" } },
                {
                    resource: MEMORY_KEY,
                    context: { "kms:ViaService": "bedrock-agentcore.us-west-2.amazonaws.com" },
                },
                { resource: MEMORY_KEY, context: {} as Record<string, string> },
                {
                    resource: TOPIC_KEY,
                    context: { "kms:ViaService": "bedrock-agentcore.us-east-1.amazonaws.com" },
                },
            ].map(({ resource, context }) =>
                simulate(
                    { principal, action: "kms:CreateGrant", resource, context },
                    [deployer],
                    defaultKeyPolicy(resource),
                ),
            ),
        );
        expect(denied).to.deep.equal(Array(4).fill("ImplicitlyDenied"));
        // Nothing on any key but the memory's, and only through AgentCore; beside it, only the role's
        // passing and what creating the role takes, all on the role's ARN.
        const elsewhere = plan.deployerStatements?.filter((s) => s.Resource.some((r) => r !== plan.roleArn));
        expect(elsewhere?.map((s) => [s.Resource, s.Condition])).to.deep.equal([
            [
                [MEMORY_KEY],
                { StringEquals: { "kms:ViaService": ["bedrock-agentcore.us-east-1.amazonaws.com"] } },
            ],
        ]);
        expect(plan.deployerStatements?.[0].Condition).to.deep.equal({
            StringEquals: { "iam:PassedToService": ["bedrock-agentcore.amazonaws.com"] },
        });
    });

    it("trusts AgentCore acting for its memory in its account only: not a memory whose name extends ours, another account's, or another kind's resource of the same name", async () => {
        for (const request of awsRequests("agentcore.memory.trust")) {
            expect(await decideAws(plan, request), request.name).to.equal(request.expected);
        }
        const from = sourceContext;
        const agentCore = "bedrock-agentcore.amazonaws.com";
        const denied = [
            await assumeRole(plan, agentCore, from(agentCoreArn("memory/billing_memory-AbCdE12345"))),
            await assumeRole(plan, agentCore, from(agentCoreArn("runtime/support_memory-AbCdE12345"))),
            await assumeRole(plan, agentCore, from(agentCoreArn("memory/support_memory-AbCdE123456"))),
            await assumeRole(
                plan,
                agentCore,
                from(agentCoreArn("memory/support_memory-AbCdE12345", OTHER_ACCOUNT), OTHER_ACCOUNT),
            ),
            await assumeRole(plan, agentCore, { "aws:SourceArn": MEMORY }),
            await assumeRole(plan, "bedrock.amazonaws.com", from(MEMORY)),
        ];
        expect(denied).to.deep.equal(Array(6).fill("ImplicitlyDenied"));
    });
});
