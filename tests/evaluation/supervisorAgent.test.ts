import { expect } from "chai";
import { policyDocument } from "../../components/iam/policyDocument";
import { awsRequest, awsRequests } from "../support/awsRequests";
import { SUPERVISOR, supervisorArgs } from "../support/fixtures";
import {
    ACCOUNT,
    AGENT,
    asRole,
    decideAws,
    defaultKeyPolicy,
    invokeFunction,
    OTHER_ACCOUNT,
    bedrockArn,
    keyPolicyOf,
    kmsKeyArn,
} from "../support/iamEvaluation";
import { plan } from "../support/plan";

const supervisor = plan(supervisorArgs());

describe("IAM evaluation (iam-simulate): guardrails", () => {
    const guardrail = bedrockArn(`guardrail/${SUPERVISOR.guardrail}`);
    const guardrailKey = kmsKeyArn(SUPERVISOR.guardrailKey);
    it("allows ApplyGuardrail on the guardrail and on its profile in the agent's and every destination region AWS routes to", async () => {
        for (const request of [
            awsRequest("agents.guardrail.ApplyGuardrail"),
            ...awsRequests("agents.guardrail.profile"),
        ]) {
            expect(await decideAws(supervisor, request), request.name).to.equal("Allowed");
        }
    });
    it("denies another guardrail, the profile outside its geography, another profile, and changing the guardrail", async () => {
        const denied = [
            { action: "bedrock:ApplyGuardrail", resource: bedrockArn("guardrail/zz9999zzzz99") },
            {
                action: "bedrock:ApplyGuardrail",
                resource: bedrockArn("guardrail-profile/us.guardrail.v1:0", "eu-west-1"),
            },
            { action: "bedrock:ApplyGuardrail", resource: bedrockArn("guardrail-profile/eu.guardrail.v1:0") },
            { action: "bedrock:UpdateGuardrail", resource: guardrail },
            { action: "bedrock:DeleteGuardrail", resource: guardrail },
        ];
        for (const request of denied) {
            expect(await asRole(supervisor, request), JSON.stringify(request)).to.equal("ImplicitlyDenied");
        }
    });
    it("allows kms:Decrypt on the guardrail's key under the key-policy statement handed out, and nothing else", async () => {
        const keyPolicy = policyDocument(keyPolicyOf(supervisor, guardrailKey) ?? []);
        const decrypt = awsRequest("agents.guardrail.key.Decrypt");
        expect(await decideAws(supervisor, decrypt, keyPolicy)).to.equal("Allowed");
        expect(await asRole(supervisor, { ...decrypt, action: "kms:Encrypt" }, keyPolicy)).to.equal(
            "ImplicitlyDenied",
        );
        const memoryKey = kmsKeyArn(SUPERVISOR.memoryKey);
        expect(
            await asRole(
                supervisor,
                { action: "kms:Decrypt", resource: memoryKey },
                defaultKeyPolicy(memoryKey),
            ),
        ).to.equal("ImplicitlyDenied");
    });
    it("hands the guardrail key's owner a statement naming the role itself, not the service", () => {
        expect(keyPolicyOf(supervisor, guardrailKey)).to.deep.equal([
            {
                Sid: "AllowAgentRoleToDecryptGuardrail",
                Effect: "Allow",
                Principal: { AWS: supervisor.roleArn },
                Action: ["kms:Decrypt"],
                Resource: [guardrailKey],
            },
        ]);
    });
});

describe("IAM evaluation (iam-simulate): collaborators", () => {
    it("allows GetAgentAlias and InvokeAgent on each collaborator alias", async () => {
        for (const request of awsRequests("agents.collaborator")) {
            expect(await decideAws(supervisor, request), request.name).to.equal("Allowed");
        }
    });
    it("denies another alias of a collaborator, an alias in another account, and changing an alias", async () => {
        const denied = [
            { action: "bedrock:InvokeAgent", resource: bedrockArn("agent-alias/COLLAB0001/OTHERALIAS") },
            {
                action: "bedrock:InvokeAgent",
                resource: bedrockArn("agent-alias/COLLAB0001/ALIAS00001", "us-east-1", OTHER_ACCOUNT),
                resourceAccount: OTHER_ACCOUNT,
            },
            { action: "bedrock:UpdateAgentAlias", resource: bedrockArn("agent-alias/COLLAB0001/ALIAS00001") },
        ];
        for (const request of denied) {
            expect(await asRole(supervisor, request), JSON.stringify(request)).to.equal("ImplicitlyDenied");
        }
    });
});

describe("IAM evaluation (iam-simulate): prompts", () => {
    it("allows GetPrompt on the prompt version named, and denies the draft, another version and another prompt", async () => {
        const get = (resource: string) => asRole(supervisor, { action: "bedrock:GetPrompt", resource });
        expect(await decideAws(supervisor, awsRequest("agents.prompt.version.GetPrompt"))).to.equal(
            "Allowed",
        );
        expect(await get(bedrockArn(`prompt/${SUPERVISOR.prompt}`))).to.equal("ImplicitlyDenied");
        expect(await get(bedrockArn(`prompt/${SUPERVISOR.prompt}:3`))).to.equal("ImplicitlyDenied");
        expect(await get(bedrockArn("prompt/OTHERPROMP"))).to.equal("ImplicitlyDenied");
    });
});

describe("IAM evaluation (iam-simulate): code-interpreter files", () => {
    const file = awsRequest("agents.codeInterpreter.file.GetObject").resource;
    const inAccount = { "aws:ResourceAccount": ACCOUNT };
    it("allows the four object reads on the file named, in a bucket of the agent's account", async () => {
        for (const request of awsRequests("agents.codeInterpreter.file")) {
            expect(await decideAws(supervisor, request), request.name).to.equal("Allowed");
        }
    });
    it("denies writing it, another object, and the same object in another account's bucket", async () => {
        const denied = [
            { action: "s3:PutObject", resource: file, context: inAccount },
            {
                action: "s3:GetObject",
                resource: "arn:aws:s3:::agent-files/sales/2025.csv",
                context: inAccount,
            },
            {
                action: "s3:GetObject",
                resource: file,
                resourceAccount: OTHER_ACCOUNT,
                context: { "aws:ResourceAccount": OTHER_ACCOUNT },
            },
        ];
        for (const request of denied) {
            expect(await asRole(supervisor, request), JSON.stringify(request)).to.equal("ImplicitlyDenied");
        }
    });
});

/** The functions Bedrock invokes for the agent outside its action groups, each with its own permission. */
const AGENT_FUNCTIONS = [
    {
        what: "custom orchestration",
        function: "orchestrator",
        other: "parse-output",
        permissions: supervisor.lambdaPermissions,
        key: "custom--orchestration",
        row: "agents.lambda.customOrchestration.InvokeFunction",
        page: "",
    },
    {
        what: "prompt-override parser",
        function: "parse-output",
        other: "orchestrator",
        permissions: plan({ ...supervisorArgs(), promptOverrideParser: { lambdaFunction: "parse-output" } })
            .lambdaPermissions,
        key: "prompt--parser",
        row: "agents.lambda.promptOverrideParser.InvokeFunction",
        page: ", as AWS's advanced-prompts page asks",
    },
];

for (const fn of AGENT_FUNCTIONS) {
    describe(`IAM evaluation (iam-simulate): ${fn.what}`, () => {
        const permission = fn.permissions.find((p) => p.functionKey === fn.key)!;
        const invoke = awsRequest(fn.row);
        it(`lets Bedrock invoke the ${fn.what} function for an agent of the account${fn.page}`, async () => {
            expect(await invokeFunction(permission, invoke, invoke.resource)).to.equal("Allowed");
        });
        it("denies another principal, an agent of another account, another function, and a request without the confused-deputy keys", async () => {
            const denied = [
                { ...invoke, principal: "lambda.amazonaws.com" },
                {
                    ...invoke,
                    context: {
                        "aws:SourceAccount": OTHER_ACCOUNT,
                        "aws:SourceArn": AGENT.replace(ACCOUNT, OTHER_ACCOUNT),
                    },
                },
                { ...invoke, resource: invoke.resource.replace(fn.function, fn.other) },
                { ...invoke, context: {} },
            ];
            for (const request of denied) {
                expect(
                    await invokeFunction(permission, request, request.resource),
                    JSON.stringify(request),
                ).to.equal("ImplicitlyDenied");
            }
        });
    });
}
