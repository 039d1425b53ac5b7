// Each agent, knowledge base and AgentCore resource of a stack is judged by the role it is given:
// a role its service may not assume for it (another kind's, another name's, another service's) is
// found, as is one that also serves another kind or service; the roles AWS's pages, CDK and this
// package write for a resource pass when given to that resource.
import { expect } from "chai";
import { AGENTCORE_KINDS, type AgentCoreKind } from "../../components/agentcore/agentCoreKinds";
import type { InspectedResource } from "../../policies/inspectedDocuments";
import { RESOURCE_ROLES } from "../../policies/rules/resourceRoles";
import { TRUST_CONFUSED_DEPUTY } from "../../policies/rules/trustConfusedDeputy";
import { violations } from "../../policies/violations";
import { AGENTCORE_ARGS, planAgentCore } from "../support/agentCoreFixtures";
import { fullPlan } from "../support/iamEvaluation";
import { CORPUS_PLACE, filled, templateResource } from "../support/policyCorpus/corpusResources";
import * as corpus from "../support/policyCorpus/trustAndLambda";
import { stackPolicyReports } from "../support/policyPackRun";

/** The framework's own unknown values, as its server wraps each resource's outputs (left out of its typings). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { unknownCheckingProxy, unknownStringValue } = require("@pulumi/policy/proxy") as {
    unknownCheckingProxy<T>(value: T): T;
    unknownStringValue: string;
};

const ROLE = "aws:iam/role:Role";
const RUNTIME = AGENTCORE_KINDS.runtime.user.type;
const GATEWAY = AGENTCORE_KINDS.gateway.user.type;
const AGENT = "aws:bedrock/agentAgent:AgentAgent";
const KNOWLEDGE_BASE = "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase";

const roleArn = (name: string) => `arn:aws:iam::123456789012:role/${name}`;

/** A role of the stack with this trust, its ARN known. */
const role = (name: string, trust: unknown): InspectedResource => ({
    type: ROLE,
    name,
    props: { assumeRolePolicy: JSON.stringify(trust) },
    arn: roleArn(name),
});

/** A resource of `type` given the role named `roleName` in `input`. */
const given = (type: string, name: string, props: Record<string, unknown>): InspectedResource => ({
    type,
    name,
    props,
});
const runtime = (name: string, roleName: string) =>
    given(RUNTIME, name, { agentRuntimeName: name, roleArn: roleArn(roleName) });
const gateway = (name: string, roleName: string) =>
    given(GATEWAY, name, { name, roleArn: roleArn(roleName) });
const agent = (name: string, roleName: string) =>
    given(AGENT, name, { agentName: name, agentResourceRoleArn: roleArn(roleName) });
const knowledgeBase = (name: string, roleName: string) =>
    given(KNOWLEDGE_BASE, name, { name, roleArn: roleArn(roleName) });

const found = (...resources: InspectedResource[]) =>
    violations(resources, [RESOURCE_ROLES]).map((v) => [v.resource.name, v.input, v.message]);

/** A trust statement letting `services` assume the role from the source ARNs given. */
const trust = (services: string[], sourceArns: string[]) => ({
    Version: "2012-10-17",
    Statement: [
        {
            Effect: "Allow",
            Principal: { Service: services },
            Action: "sts:AssumeRole",
            Condition: {
                StringEquals: { "aws:SourceAccount": "123456789012" },
                ArnLike: { "aws:SourceArn": sourceArns },
            },
        },
    ],
});
const AGENTCORE_ARN = "arn:aws:bedrock-agentcore:us-east-1:123456789012";

/** Each kind's role this package plans for the fixture's args, and the kind's resource of that name given it. */
function packageStack(kindOfResource: (kind: AgentCoreKind) => AgentCoreKind) {
    const kinds = Object.keys(AGENTCORE_KINDS) as AgentCoreKind[];
    return kinds.flatMap((kind) => {
        const args = AGENTCORE_ARGS[kind]() as unknown as Record<string, unknown>;
        const planned = planAgentCore(kind, args as never);
        const user = AGENTCORE_KINDS[kindOfResource(kind)];
        return [
            {
                type: ROLE,
                name: `${kind}-role`,
                props: { assumeRolePolicy: JSON.stringify(planned.trustPolicy) },
                arn: planned.roleArn,
            },
            given(user.user.type, kind, {
                [user.user.nameInput]: args[AGENTCORE_KINDS[kind].nameArgument],
                [user.user.roleInput]: planned.roleArn,
            }),
        ];
    });
}

describe("policy rule agent-iam-resource-role", () => {
    it("passes every role this package writes given to the resource of its kind and name, and finds each given to the next kind's", () => {
        const agentPlan = fullPlan();
        const agentStack = [
            {
                type: ROLE,
                name: "agent-role",
                props: { assumeRolePolicy: JSON.stringify(agentPlan.trustPolicy) },
                arn: agentPlan.roleArn,
            },
            given(AGENT, "agent", { agentName: "support", agentResourceRoleArn: agentPlan.roleArn }),
        ];
        expect(found(...packageStack((kind) => kind), ...agentStack)).to.deep.equal([]);
        const kinds = Object.keys(AGENTCORE_KINDS) as AgentCoreKind[];
        const next = (kind: AgentCoreKind) => kinds[(kinds.indexOf(kind) + 1) % kinds.length];
        const misplaced = found(...packageStack(next));
        expect(misplaced.map(([name]) => name)).to.deep.equal(kinds);
        misplaced.forEach(([, input, message]) => {
            expect(input).to.be.oneOf([
                "roleArn",
                "memoryExecutionRoleArn",
                "evaluationExecutionRoleArn",
                "executionRoleArn",
            ]);
            expect(message).to.match(
                / only, not .*, so bedrock-agentcore\.amazonaws\.com cannot assume it for this resource\./,
            );
        });
    });

    it("passes AWS's agent and knowledge-base trust and CDK's runtime role given to their resource, and finds each given to another", () => {
        const cdk = {
            ...templateResource("cdk-runtime", corpus.CDK_STABLE_RUNTIME_ROLE),
            arn: roleArn("cdk-runtime"),
        };
        const stack = [
            role("agent-role", corpus.AWS_AGENT_TRUST),
            role("kb-role", corpus.AWS_KNOWLEDGE_BASE_TRUST),
            cdk,
        ];
        expect(
            found(
                ...stack,
                agent("support", "agent-role"),
                knowledgeBase("docs", "kb-role"),
                runtime("integ_test_runtime", "cdk-runtime"),
            ),
        ).to.deep.equal([]);
        expect(
            found(
                ...stack,
                agent("support", "kb-role"),
                knowledgeBase("docs", "agent-role"),
                runtime("billing_agent", "cdk-runtime"),
            ),
        ).to.deep.equal([
            [
                "support",
                "agentResourceRoleArn",
                "a Bedrock agent's role kb-role does not fit it: its trust policy admits aws:SourceArn arn:aws:bedrock:us-east-1:123456789012:knowledge-base/* only, not agent/*, so bedrock.amazonaws.com cannot assume it for this resource. Give it a role of its own, whose trust admits bedrock.amazonaws.com with aws:SourceAccount and an aws:SourceArn of agent/<id>, as this package's BedrockAgentRole writes (agentIds: the agents' ids, once they exist)",
            ],
            [
                "docs",
                "roleArn",
                "a Bedrock knowledge base's role agent-role does not fit it: its trust policy admits aws:SourceArn arn:aws:bedrock:us-east-1:123456789012:agent/* only, not knowledge-base/*, so bedrock.amazonaws.com cannot assume it for this resource. Give it a role of its own, whose trust admits bedrock.amazonaws.com with aws:SourceAccount and an aws:SourceArn of knowledge-base/<id>",
            ],
            [
                "billing_agent",
                "roleArn",
                "an AgentCore runtime's role cdk-runtime does not fit it: its trust policy admits aws:SourceArn arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/integ_test_runtime* only, not runtime/billing_agent-*, so bedrock-agentcore.amazonaws.com cannot assume it for this resource. Give it a role of its own, whose trust admits bedrock-agentcore.amazonaws.com with aws:SourceAccount and an aws:SourceArn of runtime/<id>, as this package's AgentCoreRuntimeRole writes (runtimeName: the runtime's name)",
            ],
        ]);
    });

    it("leaves a trust wider than the resource's kind to the confused-deputy rule: AWS's runtime trust, the starter toolkit's, Terraform's knowledge base's", () => {
        const toolkit = filled(corpus.TOOLKIT_TRUST_TEMPLATE, {
            "{{ account_id }}": CORPUS_PLACE.account,
            "{{ partition }}": CORPUS_PLACE.partition,
            "{{ region }}": CORPUS_PLACE.region,
        });
        const stack = [
            role("runtime-role", corpus.AWS_AGENTCORE_RUNTIME_TRUST),
            runtime("support_agent", "runtime-role"),
            // The toolkit renders its template for a runtime's role and a gateway's, each its own.
            role("toolkit-runtime", toolkit),
            runtime("toolkit_agent", "toolkit-runtime"),
            role("toolkit-gateway", toolkit),
            gateway("toolkit-gateway", "toolkit-gateway"),
            role("kb-role", corpus.TERRAFORM_BEDROCK_KNOWLEDGE_BASE_TRUST),
            knowledgeBase("docs", "kb-role"),
        ];
        expect(found(...stack)).to.deep.equal([]);
        expect(violations(stack, [TRUST_CONFUSED_DEPUTY]).map((v) => v.resource.name)).to.deep.equal([
            "runtime-role",
            "toolkit-runtime",
            "toolkit-gateway",
            "kb-role",
        ]);
    });

    it("finds one role given to a runtime and a gateway, and a trust that admits both kinds, on each of them", () => {
        const shared = role(
            "shared",
            trust(
                ["bedrock-agentcore.amazonaws.com"],
                [`${AGENTCORE_ARN}:runtime/*`, `${AGENTCORE_ARN}:gateway/*`],
            ),
        );
        const messages = found(shared, runtime("support_agent", "shared"), gateway("tools", "shared"));
        expect(
            messages.map(([name, , message]) => [
                name,
                String(message).split(": ").slice(1).join(": ").split(". Give")[0],
            ]),
        ).to.deep.equal([
            [
                "support_agent",
                "its trust policy also admits the gateway/ resources of the account, which lend this resource's permissions to them",
            ],
            [
                "support_agent",
                "it is also given to an AgentCore gateway (tools), so each of the two may do what the other needs",
            ],
            [
                "tools",
                "its trust policy also admits the runtime/ resources of the account, which lend this resource's permissions to them",
            ],
            [
                "tools",
                "it is also given to an AgentCore runtime (support_agent), so each of the two may do what the other needs",
            ],
        ]);
    });

    it("finds a role the resource's service may not assume, and one another service may assume too", () => {
        const lambda = role(
            "lambda-role",
            trust(["lambda.amazonaws.com"], ["arn:aws:lambda:us-east-1:123456789012:function:tools"]),
        );
        const both = role(
            "both",
            trust(
                ["lambda.amazonaws.com", "bedrock-agentcore.amazonaws.com"],
                [`${AGENTCORE_ARN}:runtime/support_agent-*`],
            ),
        );
        expect(
            found(
                lambda,
                both,
                runtime("billing_agent", "lambda-role"),
                runtime("support_agent", "both"),
            ).map((f) => f[2]),
        ).to.deep.equal([
            "an AgentCore runtime's role lambda-role does not fit it: its trust policy does not let bedrock-agentcore.amazonaws.com assume it, so the service cannot. Give it a role of its own, whose trust admits bedrock-agentcore.amazonaws.com with aws:SourceAccount and an aws:SourceArn of runtime/<id>, as this package's AgentCoreRuntimeRole writes (runtimeName: the runtime's name)",
            "an AgentCore runtime's role both does not fit it: its trust policy also lets lambda.amazonaws.com assume it, which lends this resource's permissions to another service. Give it a role of its own, whose trust admits bedrock-agentcore.amazonaws.com with aws:SourceAccount and an aws:SourceArn of runtime/<id>, as this package's AgentCoreRuntimeRole writes (runtimeName: the runtime's name)",
        ]);
    });

    it("matches a name as AgentCore makes ids: a gateway's lower-cased, ten characters after the name, a pinned id exactly", () => {
        const gatewayRole = role(
            "tools-role",
            trust(["bedrock-agentcore.amazonaws.com"], [`${AGENTCORE_ARN}:gateway/support-tools-??????????`]),
        );
        expect(found(gatewayRole, gateway("Support-Tools", "tools-role"))).to.deep.equal([]);
        const pinned = role(
            "pinned",
            trust(["bedrock-agentcore.amazonaws.com"], [`${AGENTCORE_ARN}:runtime/support_agent-AbCdE12345`]),
        );
        expect(found(pinned, runtime("support_agent", "pinned"))).to.deep.equal([]);
        // `tools-admin-…` is no id of a runtime named `tools`: its ten characters hold no "-".
        const longer = role(
            "longer",
            trust(["bedrock-agentcore.amazonaws.com"], [`${AGENTCORE_ARN}:runtime/tools-admin-*`]),
        );
        expect(found(longer, runtime("tools", "longer"))).to.have.length(1);
    });

    it("relates a resource to its role by the output it was given, by the ARN among a component's roles, and guesses no other", () => {
        const runtimeRole = role(
            "runtime-role",
            trust(["bedrock-agentcore.amazonaws.com"], [`${AGENTCORE_ARN}:runtime/support_agent-*`]),
        );
        const gatewayRole = role(
            "gateway-role",
            trust(["bedrock-agentcore.amazonaws.com"], [`${AGENTCORE_ARN}:gateway/tools-*`]),
        );
        const withUrns = [
            { ...runtimeRole, urn: "urn:runtime-role", arn: undefined },
            { ...gatewayRole, urn: "urn:gateway-role", arn: undefined },
        ];
        // In a preview the ARN is unknown: the dependency tells the role.
        const previewed = {
            type: RUNTIME,
            name: "billing",
            props: { agentRuntimeName: "billing" },
            propertyDependencies: { roleArn: ["urn:runtime-role"] },
        };
        expect(found(...withUrns, previewed)).to.have.length(1);
        // A component's output depends on all its resources: the known ARN picks the role among them.
        const both = {
            ...previewed,
            props: { ...previewed.props, roleArn: roleArn("gateway-role") },
            propertyDependencies: { roleArn: ["urn:runtime-role", "urn:gateway-role"] },
        };
        const withArns = [
            { ...runtimeRole, urn: "urn:runtime-role" },
            { ...gatewayRole, urn: "urn:gateway-role" },
        ];
        expect(found(...withArns, both)[0][2]).to.contain("role gateway-role does not fit it");
        // Neither the ARN nor a single dependency tells it: nothing is judged.
        expect(found(...withUrns, { ...both, props: previewed.props })).to.deep.equal([]);
        // An existing role's ARN, of no role in the stack: nothing is judged.
        expect(found(runtimeRole, runtime("billing", "existing-role"))).to.deep.equal([]);
    });

    it("is the pack's stack policy: each violation on the resource's URN, an exempt resource not judged, unknown values left out", () => {
        const gatewayTrust = JSON.stringify(
            trust(["bedrock-agentcore.amazonaws.com"], [`${AGENTCORE_ARN}:gateway/tools-*`]),
        );
        const stack = [
            { type: ROLE, name: "gateway-role", props: { assumeRolePolicy: gatewayTrust } },
            {
                type: RUNTIME,
                name: "support",
                // During a preview the role's ARN is unknown: the framework's value throws when read.
                props: unknownCheckingProxy({
                    agentRuntimeName: "support_agent",
                    roleArn: unknownStringValue,
                }),
                propertyDependencies: { roleArn: ["gateway-role"] },
            },
        ];
        const reports = stackPolicyReports("agent-iam-resource-role", stack);
        expect(reports).to.have.length(1);
        expect(reports[0].urn).to.equal(`urn:pulumi:dev::app::${RUNTIME}::support`);
        expect(reports[0].message).to.match(
            /^support: roleArn: an AgentCore runtime's role gateway-role does not fit it: .*\(https:\/\/docs\.aws\.amazon\.com\/IAM\/latest\/UserGuide\/id_roles_create_for-service\.html\)$/,
        );
        expect(
            stackPolicyReports("agent-iam-resource-role", stack, { exemptResources: ["support"] }),
        ).to.deep.equal([]);
    });
});
