// A Lambda permission for Bedrock without its source, or with one wider than the account's agents,
// and a Bedrock or AgentCore role that may invoke every function, are found in whoever's stack:
// CDK's agent permission, Terraform's, the starter toolkit's gateway policies; AWS's page, CDK's
// roles and everything this package writes pass.
import { expect } from "chai";
import { LAMBDA_PERMISSION_SOURCE } from "../../policies/rules/lambdaPermissionSource";
import { violations } from "../../policies/violations";
import { resourcePolicyReports } from "../support/policyPackRun";
import type { InspectedResource } from "../../policies/inspectedDocuments";
import {
    CORPUS_PLACE,
    filled,
    managedPolicyOf,
    permissionOf,
    roleOf,
    templateResource,
} from "../support/policyCorpus/corpusResources";
import { packageResources } from "../support/policyCorpus/packageResources";
import { agentLambdaPermissionArgs } from "../../components/agents/agentLambdaPermissionArgs";
import { installMocks, settle } from "../support/pulumiMocks";
import * as corpus from "../support/policyCorpus/trustAndLambda";

const found = (...resources: InspectedResource[]) =>
    violations(resources, [LAMBDA_PERMISSION_SOURCE]).map((v) => [
        v.resource.name,
        v.input,
        v.statement,
        v.message,
    ]);
const permission = (props: Record<string, unknown>): InspectedResource => ({
    type: "aws:lambda/permission:Permission",
    name: "invoke",
    props: { action: "lambda:InvokeFunction", function: "lookup-orders", ...props },
});
const FUNCTION = `arn:aws:lambda:us-east-1:${CORPUS_PLACE.account}:function:lookup-orders`;
const AGENT = `arn:aws:bedrock:us-east-1:${CORPUS_PLACE.account}:agent/AGENT12345`;

const AGENT_ADVICE =
    "as this package's BedrockAgentRole does for each function its actionGroups, customOrchestration and promptOverrideParser name (lambdaAgentIds pins the agents)";
const EVERY_FUNCTION =
    "lets the role invoke every function: a gateway's or an agent's role invokes only the functions it calls. Name each function's ARN, as this package's AgentCoreGatewayRole does for lambdaTargets and interceptors (BedrockAgentRole: actionGroups, customOrchestration, promptOverrideParser; AgentCoreEvaluationRole: evaluatorFunctions)";

describe("policy rule agent-iam-lambda-permission-source", () => {
    it("finds CDK's agent permission without sourceArn and Terraform's without sourceAccount", () => {
        // @aws-cdk/aws-bedrock-alpha gives Bedrock the action group's function with SourceAccount only.
        const cdk = templateResource(
            "cdk-permission",
            corpus.CDK_AGENT_ACTION_GROUP.ActionGroupFunctionLambdaInvocationPolicyc855117c0e9b7e1e08A69654,
            { "ActionGroupFunctionFE14D1CB.Arn": FUNCTION },
        );
        expect(found(cdk)).to.deep.equal([
            [
                "cdk-permission",
                "sourceArn",
                undefined,
                `The permission for bedrock.amazonaws.com has no sourceArn, so it may invoke the function for a resource of any account. Set sourceArn = arn:aws:bedrock:<region>:123456789012:agent/<agent id> (agent/* until the agents exist; a knowledge base's role: knowledge-base/<id>) and sourceAccount = 123456789012, ${AGENT_ADVICE}`,
            ],
        ]);
        // aws-ia/terraform-aws-bedrock: source_arn = the agent's ARN, no source_account.
        const terraform = corpus.TERRAFORM_BEDROCK_LAMBDA_PERMISSION;
        expect(
            found(
                permission({
                    action: terraform.action,
                    principal: terraform.principal,
                    function: FUNCTION,
                    sourceArn: AGENT,
                }),
            ).map((f) => [f[1], f[3]]),
        ).to.deep.equal([
            [
                "sourceAccount",
                `The permission for bedrock.amazonaws.com has no sourceAccount, so the calling account is not pinned. Set sourceArn = arn:aws:bedrock:us-east-1:123456789012:agent/<agent id> (agent/* until the agents exist; a knowledge base's role: knowledge-base/<id>) and sourceAccount = 123456789012, ${AGENT_ADVICE}`,
            ],
        ]);
    });

    it("passes AWS's page's permission (2023 and now) and the starter toolkit's, which names the gateway's role", () => {
        const page = filled(corpus.AWS_AGENT_LAMBDA_POLICY, { "${agent-id}": "AGENT12345" }).Statement[0];
        const page2023 = filled(corpus.AWS_2023_AGENT_LAMBDA_POLICY, {
            "account-id": CORPUS_PLACE.account,
            ":region:": `:${CORPUS_PLACE.region}:`,
            "agent/agent-id": "agent/AGENT12345",
        }).Statement[0];
        const toolkit = permission({
            action: corpus.TOOLKIT_GATEWAY_PERMISSION.Action,
            principal: `arn:aws:iam::${CORPUS_PLACE.account}:role/AgentCoreGatewayExecutionRole`,
        });
        expect(found(permissionOf("page", page), permissionOf("page-2023", page2023), toolkit)).to.deep.equal(
            [],
        );
    });

    it("finds a source wider than the account's agents, and a source account that is no account id", () => {
        const wide = found(
            permission({
                principal: "bedrock.amazonaws.com",
                sourceArn: "arn:aws:bedrock:*:*:agent/*",
                sourceAccount: "*",
            }),
            permission({
                principal: "Bedrock-AgentCore.amazonaws.com",
                sourceArn: "*",
                sourceAccount: "123456789012",
            }),
        ).map((f) => f[3]);
        expect(wide).to.have.length(3);
        expect(wide[0]).to.match(
            /^The permission for bedrock\.amazonaws\.com has sourceArn "arn:aws:bedrock:\*:\*:agent\/\*", which admits every region and every account\. /,
        );
        expect(wide[1]).to.match(
            /^The permission for bedrock\.amazonaws\.com has sourceAccount "\*", which is no account id\. /,
        );
        expect(wide[2]).to.equal(
            'The permission for bedrock-agentcore.amazonaws.com has sourceArn "*", which admits every resource of every account. Set sourceArn = arn:aws:bedrock-agentcore:<region>:123456789012:<kind>/<name>-* (runtime/, gateway/, memory/, browser-custom/, code-interpreter-custom/, harness/, online-evaluation-config/) and sourceAccount = 123456789012',
        );
        expect(
            found(
                permission({
                    principal: "bedrock.amazonaws.com",
                    sourceArn: "arn:aws:bedrock:us-east-1:123456789012:agent/*",
                    sourceAccount: "123456789012",
                }),
            ),
        ).to.deep.equal([]);
    });

    it("finds the starter toolkit's gateway policies, which invoke every function", () => {
        expect(found(managedPolicyOf("toolkit-gateway", corpus.TOOLKIT_GATEWAY_FULL_ACCESS))).to.deep.equal([
            [
                "toolkit-gateway",
                "policy",
                2,
                `lambda:InvokeFunction on "arn:aws:lambda:*:*:function:*" ${EVERY_FUNCTION}`,
            ],
        ]);
        const imported = filled(corpus.TOOLKIT_IMPORTED_GATEWAY_LAMBDA, {
            "{account_id}": CORPUS_PLACE.account,
        });
        expect(found(managedPolicyOf("toolkit-imported", imported)).map((f) => f[3])).to.deep.equal([
            `lambda:InvokeFunction on "arn:aws:lambda:*:123456789012:function:*:*" ${EVERY_FUNCTION}`,
        ]);
    });

    it("passes CDK's gateway and agent policies, which name their functions (and their versions)", () => {
        const attributes = {
            "RequestInterceptorBE1C44C8.Arn": `${FUNCTION}-request`,
            "ResponseInterceptor986DF12E.Arn": `${FUNCTION}-response`,
            "TargetFunctionBA89AD45.Arn": FUNCTION,
            "ActionGroupFunctionFE14D1CB.Arn": FUNCTION,
            GatewayServiceRole162DEA77: "cdk-gateway-role",
            MyAgentRoleE8318EBB: "cdk-agent-role",
        };
        expect(
            found(
                templateResource(
                    "cdk-gateway",
                    corpus.CDK_ALPHA_GATEWAY.GatewayServiceRoleDefaultPolicy5A851A93,
                    attributes,
                ),
                templateResource(
                    "cdk-agent",
                    corpus.CDK_AGENT_ACTION_GROUP.MyAgentRoleDefaultPolicy30DBC7AC,
                    attributes,
                ),
            ),
        ).to.deep.equal([]);
    });

    it("judges a role's inline policies only when Bedrock or AgentCore may assume it, a policy alone always", () => {
        const any = { Statement: [{ Effect: "Allow", Action: "lambda:Invoke*", Resource: "*" }] };
        const trust = (service: string) => ({
            Statement: [{ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" }],
        });
        expect(found(roleOf("lambda-role", trust("lambda.amazonaws.com"), any))).to.deep.equal([]);
        expect(found(roleOf("gateway-role", trust("bedrock-agentcore.amazonaws.com"), any))).to.deep.equal([
            ["gateway-role", "inlinePolicies[0].policy", 0, `lambda:InvokeFunction on "*" ${EVERY_FUNCTION}`],
        ]);
        const forms = {
            Statement: [
                {
                    Effect: "Allow",
                    Action: "lambda:*",
                    Resource: `arn:aws:lambda:us-east-1:${CORPUS_PLACE.account}:*`,
                },
                { Effect: "Allow", Action: "*", NotResource: FUNCTION },
                {
                    Effect: "Allow",
                    Action: "lambda:InvokeFunction",
                    Resource: [
                        FUNCTION,
                        `${FUNCTION}:*`,
                        `arn:aws:lambda:us-east-1:${CORPUS_PLACE.account}:function:orders-*`,
                    ],
                },
                { Effect: "Deny", Action: "lambda:InvokeFunction", Resource: "*" },
                { Effect: "Allow", Action: "lambda:GetFunction", Resource: "*" },
            ],
        };
        // In a role Bedrock assumes, any statement that allows the action; in a policy seen alone,
        // only those naming Lambda's invoke action (an administrator's "*" is another rule's).
        const agentRole = roleOf("agent-role", trust("bedrock.amazonaws.com"), forms);
        expect(found(agentRole).map((f) => [f[2], String(f[3]).split(" lets")[0]])).to.deep.equal([
            [0, `lambda:InvokeFunction on "arn:aws:lambda:us-east-1:${CORPUS_PLACE.account}:*"`],
            [1, `lambda:InvokeFunction on every resource but ${FUNCTION}`],
        ]);
        expect(found(managedPolicyOf("policy", forms)).map((f) => f[2])).to.deep.equal([0]);
    });

    it("finds nothing in anything this package writes: roles, policies, key policies and the agent's Lambda permissions", () => {
        const resources = packageResources();
        expect(resources.filter((r) => r.type === "aws:lambda/permission:Permission").length).to.be.above(2);
        expect(violations(resources, [LAMBDA_PERMISSION_SOURCE])).to.deep.equal([]);
    });

    it("finds nothing in agentLambdaPermissionArgs' permission for one existing agent, resolved", async () => {
        await installMocks();
        const args = agentLambdaPermissionArgs({ function: "lookup-orders", agentArn: AGENT });
        const props = {
            action: args.action,
            principal: args.principal,
            function: (await settle(args.function)).value,
            sourceAccount: (await settle(args.sourceAccount)).value,
            sourceArn: (await settle(args.sourceArn)).value,
        };
        expect(props.sourceArn).to.equal(AGENT);
        expect(found(permission(props))).to.deep.equal([]);
    });

    it("reports through the pack's policy as the framework calls it", () => {
        const reported = resourcePolicyReports("agent-iam-lambda-permission-source", {
            type: "aws:lambda/permission:Permission",
            name: "invoke",
            props: {
                action: "lambda:InvokeFunction",
                function: FUNCTION,
                principal: "bedrock.amazonaws.com",
            },
        });
        expect(reported.map((m) => m.split(":")[0])).to.deep.equal(["sourceArn", "sourceAccount"]);
    });
});
