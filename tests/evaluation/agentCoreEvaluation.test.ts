// Every request an AgentCore online evaluation makes with its execution role, as AWS presents it,
// is allowed, and its near neighbours are denied.
import { expect } from "chai";
import { AwsRequest, awsRequests } from "../support/awsRequests";
import {
    asRole,
    assumeRole,
    decideAws,
    defaultKeyPolicy,
    keyPolicyOf,
    OTHER_ACCOUNT,
    simulate,
} from "../support/iamEvaluation";
import { policyDocument } from "../../components/iam/policyDocument";
import { agentCoreArn } from "../support/agentCoreFixtures";
import {
    EVALUATOR_KEY,
    evaluationArgs,
    planEvaluation,
    RUNTIME_LOG_GROUP,
} from "../support/evaluationFixtures";

const ACCOUNT = "123456789012";
const plan = planEvaluation(evaluationArgs());
const CONFIG = agentCoreArn("online-evaluation-config/support_evaluation-AbCdE12345");
const logGroup = (name: string, account = ACCOUNT) => `arn:aws:logs:us-east-1:${account}:log-group:${name}`;

const keyPolicy = policyDocument(keyPolicyOf(plan, EVALUATOR_KEY) ?? []);

/**
 * The key's policy a request is asked against: the role's under the default one, which leaves it
 * to the account's identity policies; AgentCore's under the statements handed to the key's owner.
 */
const keyPolicyFor = (request: AwsRequest) =>
    !request.action.startsWith("kms:")
        ? undefined
        : request.principal === "role"
          ? defaultKeyPolicy(EVALUATOR_KEY)
          : keyPolicy;

/** What the role's requests (not its trust) decide, against what the table expects of them. */
async function decisionsOf(requests: AwsRequest[]) {
    const asked = requests.filter((r) => r.action !== "sts:AssumeRole");
    return {
        decided: await Promise.all(
            asked.map((r) =>
                decideAws(plan, r, keyPolicyFor(r)).then((decision) => `${r.name}: ${decision}`),
            ),
        ),
        expected: asked.map((r) => `${r.name}: ${r.expected}`),
    };
}

describe("IAM evaluation (iam-simulate): AgentCore online evaluation role", () => {
    it("allows every request the evaluation makes: its runtime's log group and aws/spans queried, aws/spans indexed, its own results written, its judge model through the profile, its code evaluator's function", async () => {
        const { decided, expected } = await decisionsOf(
            awsRequests("agentcore.evaluation").filter((r) => r.expected === "Allowed"),
        );
        expect(decided).to.have.length.greaterThan(15);
        expect(decided).to.deep.equal(expected);
    });

    it("denies the near neighbours: another runtime's log group, a configuration whose name extends ours, the model on demand, another function", async () => {
        const { decided, expected } = await decisionsOf(
            awsRequests("agentcore.evaluation").filter((r) => r.expected === "ImplicitlyDenied"),
        );
        expect(decided).to.deep.equal(expected);
        const requests: [string, string, string?][] = [
            // Reading events directly is not what AWS's page gives the role.
            ["logs:FilterLogEvents", logGroup(RUNTIME_LOG_GROUP)],
            ["logs:GetLogEvents", `${logGroup(RUNTIME_LOG_GROUP)}:log-stream:otel-rt-logs`],
            ["logs:StartQuery", logGroup(RUNTIME_LOG_GROUP, OTHER_ACCOUNT), OTHER_ACCOUNT],
            ["logs:StartQuery", logGroup("/aws/lambda/score-refunds")],
            // Writing only into its results group, never the traces it reads.
            ["logs:PutLogEvents", `${logGroup(RUNTIME_LOG_GROUP)}:log-stream:otel-rt-logs`],
            ["logs:PutLogEvents", `${logGroup("aws/spans")}:log-stream:default`],
            [
                "logs:CreateLogGroup",
                logGroup("/aws/bedrock-agentcore/evaluations/results/billing_eval-AbCdE12345"),
            ],
            [
                "logs:DeleteLogGroup",
                logGroup("/aws/bedrock-agentcore/evaluations/results/support_evaluation-AbCdE12345"),
            ],
            ["bedrock:InvokeModel", "arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0"],
            ["lambda:InvokeFunction", "arn:aws:lambda:us-east-1:123456789012:function:score-tone"],
            ["lambda:UpdateFunctionCode", "arn:aws:lambda:us-east-1:123456789012:function:score-refunds"],
            [
                "lambda:InvokeFunction",
                `arn:aws:lambda:us-east-1:${OTHER_ACCOUNT}:function:score-refunds`,
                OTHER_ACCOUNT,
            ],
            ["iam:PassRole", plan.roleArn],
        ];
        const others = await Promise.all(
            requests.map(([action, resource, account = ACCOUNT]) =>
                asRole(plan, { action, resource, resourceAccount: account }).then(
                    (d) => `${action} on ${resource}: ${d}`,
                ),
            ),
        );
        expect(others.filter((d) => !d.endsWith(": ImplicitlyDenied"))).to.deep.equal([]);
    });

    it("hands the evaluator key's owner statements that alone allow the role's decryption through AgentCore and AgentCore's own, for the named evaluator's encryption context and source only", async () => {
        expect((keyPolicyOf(plan, EVALUATOR_KEY) ?? []).map((s) => [s.Sid, s.Principal])).to.deep.equal([
            ["AllowEvaluationRoleToDecryptEvaluators", { AWS: plan.roleArn }],
            ["AllowAgentCoreToDecryptEvaluators", { Service: "bedrock-agentcore.amazonaws.com" }],
        ]);
        // The key policy alone, with no identity policy of the role: a key whose policy does not
        // delegate to the account's identity policies.
        const keyRequests = awsRequests("agentcore.evaluation.key");
        const underKeyPolicyAlone = await Promise.all(
            keyRequests.map((r) =>
                simulate(
                    { ...r, principal: r.principal === "role" ? plan.roleArn : r.principal },
                    [],
                    keyPolicy,
                ).then((d) => `${r.name}: ${d}`),
            ),
        );
        expect(underKeyPolicyAlone).to.deep.equal(keyRequests.map((r) => `${r.name}: ${r.expected}`));
        const outsideAgentCore = await asRole(
            plan,
            {
                action: "kms:Decrypt",
                resource: EVALUATOR_KEY,
                context: {
                    "kms:ViaService": "s3.us-east-1.amazonaws.com",
                    "kms:EncryptionContext:aws:bedrock-agentcore:evaluatorArn": agentCoreArn(
                        "evaluator/helpfulness_judge-AbCdE12345",
                    ),
                },
            },
            defaultKeyPolicy(EVALUATOR_KEY),
        );
        expect(outsideAgentCore).to.equal("ImplicitlyDenied");
    });

    it("trusts AgentCore acting for this configuration or the custom evaluator named, in its account, pinned as AWS's evaluation page pins it, and no one else", async () => {
        for (const request of awsRequests("agentcore.evaluation.trust")) {
            expect(await decideAws(plan, request), request.name).to.equal(request.expected);
        }
        const from = (sourceArn: string, account = ACCOUNT, resourceAccount = ACCOUNT) => ({
            "aws:SourceAccount": account,
            "aws:ResourceAccount": resourceAccount,
            "aws:SourceArn": sourceArn,
        });
        const agentCore = "bedrock-agentcore.amazonaws.com";
        const denied = [
            await assumeRole(
                plan,
                agentCore,
                from(agentCoreArn("online-evaluation-config/billing_eval-AbCdE12345")),
            ),
            await assumeRole(plan, agentCore, from(agentCoreArn("evaluator/tone_judge-AbCdE12345"))),
            await assumeRole(plan, agentCore, from(agentCoreArn("runtime/support_evaluation-AbCdE12345"))),
            await assumeRole(
                plan,
                agentCore,
                from(
                    agentCoreArn("online-evaluation-config/support_evaluation-AbCdE12345", OTHER_ACCOUNT),
                    OTHER_ACCOUNT,
                ),
            ),
            await assumeRole(plan, agentCore, from(CONFIG, ACCOUNT, OTHER_ACCOUNT)),
            await assumeRole(plan, agentCore, { "aws:SourceArn": CONFIG, "aws:ResourceAccount": ACCOUNT }),
            await assumeRole(plan, agentCore, { "aws:SourceArn": CONFIG, "aws:SourceAccount": ACCOUNT }),
            await assumeRole(plan, "lambda.amazonaws.com", from(CONFIG)),
        ];
        expect(denied).to.deep.equal(Array(8).fill("ImplicitlyDenied"));
    });
});
