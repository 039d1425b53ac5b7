// A role Bedrock or AgentCore may assume without the calling account and resource pinned, or with
// a source wider than one account, region and kind, is found in whoever's trust policy: AWS's own
// published AgentCore trust, CDK's alpha roles, the starter toolkit's, Terraform's and Pulumi's
// examples; the agents page's, CDK's stable roles and every trust this package writes pass.
import { expect } from "chai";
import { TRUST_CONFUSED_DEPUTY } from "../../policies/rules/trustConfusedDeputy";
import { violations } from "../../policies/violations";
import { awsRequest } from "../support/awsRequests";
import { ACCOUNT, OTHER_ACCOUNT, simulate } from "../support/iamEvaluation";
import type { PolicyDocument } from "../../components/iam/policyDocument";
import { resourcePolicyReports } from "../support/policyPackRun";
import type { InspectedResource } from "../../policies/inspectedDocuments";
import {
    CORPUS_PLACE,
    filled,
    policyDocumentJson,
    roleOf,
    templateResource,
} from "../support/policyCorpus/corpusResources";
import { packagePlans, packageResources } from "../support/policyCorpus/packageResources";
import * as corpus from "../support/policyCorpus/trustAndLambda";

const found = (...resources: InspectedResource[]) =>
    violations(resources, [TRUST_CONFUSED_DEPUTY]).map((v) => [
        v.resource.name,
        v.input,
        v.statement,
        v.message,
    ]);
const messages = (trust: unknown) => found(roleOf("role", trust)).map((f) => f[3]);

const AGENTCORE_ADVICE =
    "Pin both: StringEquals aws:SourceAccount = 123456789012 and ArnLike aws:SourceArn = " +
    "arn:aws:bedrock-agentcore:us-east-1:123456789012:<kind>/<name>-* (runtime/, gateway/, memory/, " +
    "browser-custom/, code-interpreter-custom/, harness/, online-evaluation-config/), as this package's " +
    "AgentCoreRuntimeRole, AgentCoreGatewayRole, AgentCoreMemoryRole, AgentCoreBrowserRole, " +
    "AgentCoreCodeInterpreterRole, AgentCoreHarnessRole and AgentCoreEvaluationRole write " +
    "(https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/runtime-permissions.html)";

const ANY_RESOURCE =
    "without aws:SourceAccount and aws:SourceArn, for a resource of any account (the confused deputy)";

describe("policy rule agent-iam-trust-confused-deputy", () => {
    it("finds AWS's own published AgentCore trust, whose source is every kind of resource of the account", () => {
        // runtime-permissions.html and policy-permissions.html publish ArnLike aws:SourceArn
        // arn:aws:bedrock-agentcore:us-east-1:123456789012:* (any runtime, gateway, memory, ...).
        const wide =
            'bedrock-agentcore.amazonaws.com may assume this role with aws:SourceArn "arn:aws:bedrock-agentcore:us-east-1:123456789012:*", which admits every kind of resource of the account. ';
        expect(found(roleOf("runtime", corpus.AWS_AGENTCORE_RUNTIME_TRUST))).to.deep.equal([
            ["runtime", "assumeRolePolicy", 0, wide + AGENTCORE_ADVICE],
        ]);
        expect(messages(corpus.AWS_AGENTCORE_GATEWAY_POLICY_TRUST)).to.deep.equal([wide + AGENTCORE_ADVICE]);
        // The starter toolkit renders the same form from its template for runtime and gateway roles.
        const toolkit = filled(corpus.TOOLKIT_TRUST_TEMPLATE, {
            "{{ account_id }}": CORPUS_PLACE.account,
            "{{ partition }}": CORPUS_PLACE.partition,
            "{{ region }}": CORPUS_PLACE.region,
        });
        expect(messages(toolkit)).to.deep.equal([wide + AGENTCORE_ADVICE]);
    });

    it("finds trust with no condition: CDK's alpha runtime and gateway roles, Terraform's and Pulumi's examples", () => {
        expect(found(templateResource("cdk-runtime", corpus.CDK_ALPHA_RUNTIME_ROLE))).to.deep.equal([
            [
                "cdk-runtime",
                "assumeRolePolicy",
                0,
                `bedrock-agentcore.amazonaws.com may assume this role ${ANY_RESOURCE}. ${AGENTCORE_ADVICE.replace(/123456789012/g, "<account>").replace("us-east-1", "<region>")}`,
            ],
        ]);
        // The alpha gateway role keeps an unconditioned statement beside its conditioned one: the
        // first alone is found (gateway/<name>* is one kind of one account).
        const gateway = templateResource("cdk-gateway", corpus.CDK_ALPHA_GATEWAY.GatewayServiceRole162DEA77);
        expect(found(gateway).map((f) => f.slice(0, 3))).to.deep.equal([
            ["cdk-gateway", "assumeRolePolicy", 0],
        ]);
        for (const statements of [
            corpus.TERRAFORM_AGENTCORE_GATEWAY_TRUST,
            corpus.PULUMI_AGENTCORE_RUNTIME_ASSUME_ROLE,
        ]) {
            expect(messages(policyDocumentJson(statements))).to.have.length(1);
            expect(messages(policyDocumentJson(statements))[0]).to.contain(ANY_RESOURCE);
        }
        // Terraform's Bedrock module trusts bedrock.amazonaws.com for its knowledge base with no condition.
        expect(messages(corpus.TERRAFORM_BEDROCK_KNOWLEDGE_BASE_TRUST)).to.deep.equal([
            `bedrock.amazonaws.com may assume this role ${ANY_RESOURCE}. Pin both: StringEquals aws:SourceAccount = <account> and ArnLike aws:SourceArn = arn:aws:bedrock:<region>:<account>:agent/<agent id> (agent/* until the agents exist; a knowledge base's role: knowledge-base/<id>), as this package's BedrockAgentRole writes (https://docs.aws.amazon.com/bedrock/latest/userguide/agents-permissions.html)`,
        ]);
    });

    it("passes the agents page's trust (2023 and now), CDK's agent and stable runtime roles, Terraform's and Pulumi's agent trust", () => {
        const page2023 = filled(corpus.AWS_2023_AGENT_TRUST, {
            "account-id": CORPUS_PLACE.account,
            "bedrock:region:": `bedrock:${CORPUS_PLACE.region}:`,
        });
        const terraform = policyDocumentJson(
            filled(corpus.TERRAFORM_BEDROCK_AGENT_TRUST, {
                "${local.account_id}": CORPUS_PLACE.account,
                "${local.partition}": CORPUS_PLACE.partition,
                "${local.region}": CORPUS_PLACE.region,
            }),
        );
        const pulumi = policyDocumentJson(
            filled(corpus.PULUMI_AGENT_TRUST, {
                "${current.accountId}": CORPUS_PLACE.account,
                "${currentGetPartition.partition}": CORPUS_PLACE.partition,
                "${currentGetRegion.region}": CORPUS_PLACE.region,
            }),
        );
        expect(
            found(
                roleOf("pulumi-agent", pulumi),
                roleOf("agents-page", corpus.AWS_AGENT_TRUST),
                roleOf("agents-page-2023", page2023),
                roleOf("terraform-agent", terraform),
                templateResource("cdk-agent", corpus.CDK_AGENT_ACTION_GROUP.MyAgentRoleE8318EBB),
                templateResource("cdk-stable-runtime", corpus.CDK_STABLE_RUNTIME_ROLE),
            ),
        ).to.deep.equal([]);
    });

    it("finds nothing in any trust this package writes, for every kind", () => {
        const resources = packageResources();
        // One role per plan: every kind's bases and fixture, and the agents'.
        expect(resources.filter((r) => r.type === "aws:iam/role:Role")).to.have.length(packagePlans().length);
        expect(violations(resources, [TRUST_CONFUSED_DEPUTY])).to.deep.equal([]);
    });

    it("reads any principal and action form, and IfExists or negated operators as no guard", () => {
        const statement = (over: Record<string, unknown>) => ({
            Statement: [
                {
                    Effect: "Allow",
                    Principal: { Service: ["lambda.amazonaws.com", "BEDROCK.amazonaws.com"] },
                    Action: "sts:*",
                    ...over,
                },
            ],
        });
        expect(messages(statement({}))).to.have.length(1);
        expect(messages(statement({ Action: "*" }))).to.have.length(1);
        expect(messages(statement({ Action: undefined, NotAction: "sts:TagSession" }))).to.have.length(1);
        expect(messages(statement({ Action: "sts:AssumeRoleWithWebIdentity" }))).to.deep.equal([]);
        expect(messages(statement({ Effect: "Deny" }))).to.deep.equal([]);
        expect(messages(statement({ Principal: { Service: "lambda.amazonaws.com" } }))).to.deep.equal([]);
        const guarded = {
            StringEqualsIfExists: { "aws:SourceAccount": "123456789012" },
            StringNotLike: { "aws:SourceArn": "arn:aws:bedrock:us-east-1:210987654321:agent/*" },
        };
        expect(messages(statement({ Condition: guarded }))[0]).to.match(
            /^bedrock\.amazonaws\.com may assume this role without aws:SourceAccount \(StringEqualsIfExists pins no value\) and aws:SourceArn \(StringNotLike pins no value\), for a resource of any account/,
        );
    });

    it("finds a source account that is no account id, and each source wider than one kind of one account and region", () => {
        const trust = (account: string, ...arns: string[]) => ({
            Statement: [
                {
                    Effect: "Allow",
                    Principal: { Service: "bedrock-agentcore.amazonaws.com" },
                    Action: "sts:AssumeRole",
                    Condition: {
                        StringLike: { "aws:SourceAccount": account },
                        ArnLike: { "aws:SourceArn": arns },
                    },
                },
            ],
        });
        const [wide] = messages(
            trust(
                "*",
                "*",
                "arn:*:bedrock-agentcore:*:*:runtime/*",
                "arn:aws:bedrock-agentcore:us-east-1:123456789012:run*",
                "arn:aws:bedrock-agentcore:us-east-1:123456789012:*/support-*",
                "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/*",
            ),
        );
        expect(wide).to.match(
            /^bedrock-agentcore\.amazonaws\.com may assume this role with aws:SourceAccount "\*", which is no account id, and with aws:SourceArn "\*", which admits every resource of every account, and with aws:SourceArn "arn:\*:bedrock-agentcore:\*:\*:runtime\/\*", which admits every partition and every region and every account, and with aws:SourceArn "arn:aws:bedrock-agentcore:us-east-1:123456789012:run\*", which admits every kind of resource of the account, and with aws:SourceArn "arn:aws:bedrock-agentcore:us-east-1:123456789012:\*\/support-\*", which admits every kind of resource of the account\. Pin both/,
        );
        const narrow = [
            "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/*",
            "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/support_agent-*",
            "arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/*",
            "arn:aws:bedrock-agentcore:us-east-1:123456789012:memory/*",
            "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/support_agent-??????????/runtime-endpoint/*",
        ];
        expect(messages(trust("123456789012", ...narrow))).to.deep.equal([]);
        expect(messages(trust("123456789012", "arn:aws:bedrock:us-east-1:123456789012:*"))[0]).to.contain(
            "which admits every kind of resource of the account",
        );
    });

    it("finds aws:SourceOrgID or aws:SourceOrgPaths in place of aws:SourceAccount: IAM lets in any account of the organization", async () => {
        // CloudWatch Logs' confused-deputy page: "Use aws:SourceOrgID to allow any resource from any
        // account within an organization be associated with the cross-service use."
        const organization = (condition: object) => ({
            Version: "2012-10-17",
            Statement: [
                {
                    Effect: "Allow",
                    Principal: { Service: "bedrock-agentcore.amazonaws.com" },
                    Action: "sts:AssumeRole",
                    Condition: condition,
                },
            ],
        });
        const byId = organization({ StringEquals: { "aws:SourceOrgID": "o-a1b2c3d4e5" } });
        // The runtime's trust request as AgentCore sends it (runtime-permissions), made for a runtime
        // of another account of the same organization, whose id the request carries
        // (reference_policies_condition-keys.html, aws:SourceOrgID: present when the source
        // resource's account is a member of an organization).
        const own = awsRequest("agentcore.runtime.trust.AssumeRole");
        const ownContext = own.context as Record<string, string>;
        const otherMember = {
            "aws:SourceOrgID": "o-a1b2c3d4e5",
            "aws:SourceAccount": OTHER_ACCOUNT,
            "aws:SourceArn": ownContext["aws:SourceArn"].replace(ACCOUNT, OTHER_ACCOUNT),
        };
        const request = {
            principal: own.principal,
            action: own.action,
            resource: `arn:aws:iam::${ACCOUNT}:role/runtime`,
        };
        expect(
            await simulate({ ...request, context: otherMember }, [], byId as unknown as PolicyDocument),
        ).to.equal("Allowed");
        expect(messages(byId)).to.deep.equal([
            'bedrock-agentcore.amazonaws.com may assume this role with aws:SourceOrgID "o-a1b2c3d4e5" in place of aws:SourceAccount, which admits every account of the organization (keep it beside aws:SourceAccount, never instead of it), and without aws:SourceArn, for a resource of any account of the organization (the confused deputy). ' +
                AGENTCORE_ADVICE.replace(/123456789012/g, "<account>").replace("us-east-1", "<region>"),
        ]);
        const byPath = organization({
            "ForAnyValue:StringLike": { "aws:SourceOrgPaths": "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*" },
            ArnLike: {
                "aws:SourceArn": `arn:aws:bedrock-agentcore:us-east-1:${ACCOUNT}:runtime/support_agent-*`,
            },
        });
        expect(messages(byPath)).to.deep.equal([
            'bedrock-agentcore.amazonaws.com may assume this role with aws:SourceOrgPaths "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*" in place of aws:SourceAccount, which admits every account of the organization (keep it beside aws:SourceAccount, never instead of it). ' +
                AGENTCORE_ADVICE,
        ]);
        // Beside aws:SourceAccount, the organization narrows nothing further and is no finding.
        const beside = organization({
            StringEquals: { "aws:SourceOrgID": "o-a1b2c3d4e5", "aws:SourceAccount": ACCOUNT },
            ArnLike: {
                "aws:SourceArn": `arn:aws:bedrock-agentcore:us-east-1:${ACCOUNT}:runtime/support_agent-*`,
            },
        });
        expect(messages(beside)).to.deep.equal([]);
    });

    it("reads a Deny as a guard only for its own principal and action, alone on its key", () => {
        const allow = {
            Effect: "Allow",
            Principal: { Service: "bedrock.amazonaws.com" },
            Action: "sts:AssumeRole",
        };
        const pins = [
            { StringNotEquals: { "aws:SourceAccount": ACCOUNT } },
            { ArnNotLike: { "aws:SourceArn": `arn:aws:bedrock:us-east-1:${ACCOUNT}:agent/*` } },
        ];
        const trust = (deny: (condition: object) => object) => ({ Statement: [allow, ...pins.map(deny)] });
        expect(messages(trust((Condition) => ({ ...allow, Effect: "Deny", Condition })))).to.deep.equal([]);
        // Principal "*" and sts:* cover Bedrock's AssumeRole too.
        expect(
            messages(trust((Condition) => ({ Effect: "Deny", Principal: "*", Action: "sts:*", Condition }))),
        ).to.deep.equal([]);
        // The Allow may pin one key and a Deny the other.
        const mixed = {
            Statement: [
                { ...allow, Condition: { StringEquals: { "aws:SourceAccount": ACCOUNT } } },
                { ...allow, Effect: "Deny", Condition: pins[1] },
            ],
        };
        expect(messages(mixed)).to.deep.equal([]);
        // Another principal's Deny, or one of another action, does not guard Bedrock's AssumeRole.
        const lambda = { Service: "lambda.amazonaws.com" };
        expect(
            messages(trust((Condition) => ({ ...allow, Principal: lambda, Effect: "Deny", Condition }))),
        ).to.have.length(1);
        expect(
            messages(
                trust((Condition) => ({ ...allow, Action: "sts:TagSession", Effect: "Deny", Condition })),
            ),
        ).to.have.length(1);
        // A Deny with a further condition denies only when it holds too.
        const [message] = messages(
            trust((Condition) => ({
                ...allow,
                Effect: "Deny",
                Condition: { ...Condition, Bool: { "aws:SecureTransport": "false" } },
            })),
        );
        expect(message).to.match(
            /^bedrock\.amazonaws\.com may assume this role without aws:SourceAccount \(the Deny of statement 1 denies only when its Bool aws:SecureTransport holds too: one Deny per key\) and aws:SourceArn \(the Deny of statement 2 denies only when its Bool aws:SecureTransport holds too: one Deny per key\)/,
        );
        // A positive operator in a Deny denies the values it lists, not every other one.
        const [positive] = messages({
            Statement: [
                allow,
                {
                    ...allow,
                    Effect: "Deny",
                    Condition: { StringEquals: { "aws:SourceAccount": OTHER_ACCOUNT } },
                },
            ],
        });
        expect(positive).to.contain(
            "without aws:SourceAccount (the Deny of statement 1 (StringEquals) does not deny every other value) and aws:SourceArn,",
        );
    });

    it("reports through the pack's policy as the framework calls it", () => {
        const reported = resourcePolicyReports("agent-iam-trust-confused-deputy", {
            type: "aws:iam/role:Role",
            name: "runtime",
            props: { assumeRolePolicy: JSON.stringify(corpus.AWS_AGENTCORE_RUNTIME_TRUST) },
        });
        expect(reported).to.have.length(1);
        expect(reported[0]).to.match(
            /^assumeRolePolicy, statement 0: bedrock-agentcore\.amazonaws\.com may assume this role with aws:SourceArn/,
        );
        expect(reported[0]).to.match(
            /\(https:\/\/docs\.aws\.amazon\.com\/IAM\/latest\/UserGuide\/confused-deputy\.html\)$/,
        );
    });
});
