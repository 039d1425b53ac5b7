// The online evaluation role's own facts: every argument checked naming it, what each argument
// grants and what it leaves out, determinism, IAM's service reference, and the component on mocks
// beside the AgentcoreOnlineEvaluationConfig that takes its role.
import * as aws from "@pulumi/aws";
import { expect } from "chai";
import { AgentCoreEvaluationRole } from "../../../index";
import { RUNTIME_PROFILES } from "../../support/agentCoreFixtures";
import { reportedArgumentError } from "../../support/argumentErrors";
import { deployed, ofType, ROLE, ROLE_POLICY } from "../../support/componentRun";
import {
    evaluationArgs,
    evaluationFailure,
    planEvaluation,
    RUNTIME_LOG_GROUP,
} from "../../support/evaluationFixtures";
import { allStatements, catalogProblems } from "../../support/iamCatalog";
import { drainRegistrations, installMocks, settle } from "../../support/pulumiMocks";

const ACCOUNT = "123456789012";
const OTHER = "210987654321";
const logGroup = (name: string) => `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:${name}`;
const sidsOf = (args: object) =>
    planEvaluation({ ...evaluationArgs(), ...args }).inlinePolicy.Statement.map((s) => s.Sid);

describe("AgentCoreEvaluationRole", () => {
    it("refuses args that are wrong, naming the argument", () => {
        const cases: [Record<string, unknown>, string, RegExp][] = [
            [{ onlineEvaluationConfigName: undefined }, "onlineEvaluationConfigName", /must be a string/],
            [
                { onlineEvaluationConfigName: "support-evaluation" },
                "onlineEvaluationConfigName",
                /"support-evaluation" is not an online evaluation configuration name AgentCore accepts/,
            ],
            [
                { onlineEvaluationConfigName: `e${"x".repeat(48)}` },
                "onlineEvaluationConfigName",
                /AgentCore accepts/,
            ],
            [{ onlineEvaluationConfigName: "support_*" }, "onlineEvaluationConfigName", /AgentCore accepts/],
            [{ logGroups: undefined }, "logGroups", /is required/],
            [{ logGroups: [] }, "logGroups", /is required/],
            [{ logGroups: "aws/spans" }, "logGroups", /a list/],
            [
                { logGroups: ["/aws/bedrock-agentcore/runtimes/*"] },
                "logGroups[0]",
                /neither a valid id nor an ARN/,
            ],
            [
                { logGroups: [`arn:aws:logs:us-east-1:${OTHER}:log-group:${RUNTIME_LOG_GROUP}`] },
                "logGroups[0]",
                /account/,
            ],
            [
                { logGroups: [`arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:${RUNTIME_LOG_GROUP}`] },
                "logGroups[0]",
                /region/,
            ],
            [
                { logGroups: [`${logGroup(RUNTIME_LOG_GROUP)}:*`] },
                "logGroups[0]",
                /is not an ARN of a logs log-group/,
            ],
            [{ transactionSearchSpans: "yes" }, "transactionSearchSpans", /true or false/],
            [{ evaluators: ["evaluator/*"] }, "evaluators[0]", /neither a valid id nor an ARN/],
            [{ evaluators: ["Builtin.Helpfulness"] }, "evaluators[0]", /neither a valid id nor an ARN/],
            [
                { evaluators: [`arn:aws:bedrock-agentcore:us-east-1:${OTHER}:evaluator/judge-AbCdE12345`] },
                "evaluators[0]",
                /account/,
            ],
            [{ evaluatorFunctions: ["score-*"] }, "evaluatorFunctions[0]", /neither a valid id nor an ARN/],
            [
                { evaluatorFunctions: [`arn:aws:lambda:us-east-1:${OTHER}:function:score-refunds`] },
                "evaluatorFunctions[0]",
                /account/,
            ],
            [
                { foundationModels: [] },
                "foundationModels",
                /an evaluation with built-in evaluators only needs no model/,
            ],
            [{ foundationModels: ["*"] }, "foundationModels[0]", /./],
            [{ evaluatorKeys: ["alias/evaluators"] }, "evaluatorKeys[0]", /is an alias/],
            [
                {
                    evaluatorKeys: [
                        `arn:aws:kms:us-east-1:${OTHER}:key/5678abcd-12ab-34cd-56ef-1234567890ab`,
                    ],
                },
                "evaluatorKeys[0]",
                /account/,
            ],
            [{ evaluators: undefined }, "evaluatorKeys", /is given without evaluators/],
            [{ runtimeName: "support_agent" }, "runtimeName", /is not a known argument/],
        ];
        const wrong = cases.flatMap(([args, argument, message]) => {
            const error = evaluationFailure({ ...evaluationArgs(), ...args });
            return error.argument === argument && message.test(error.message)
                ? []
                : [`${JSON.stringify(args)}: ${error.argument}: ${error.message}`];
        });
        expect(wrong).to.deep.equal([]);
    });

    it("grants nothing beyond the traces and the results to a configuration of built-in evaluators only, and leaves out aws/spans when the runtime keeps its own spans", () => {
        const builtInOnly = {
            onlineEvaluationConfigName: "support_evaluation",
            logGroups: [RUNTIME_LOG_GROUP],
        };
        const plan = planEvaluation(builtInOnly);
        expect(plan.inlinePolicy.Statement.map((s) => s.Sid)).to.deep.equal([
            "QueryEvaluatedLogGroups",
            "DescribeLogGroups",
            "IndexSpans",
            "CreateResultsLogGroup",
            "WriteResults",
        ]);
        expect(plan.trustPolicy.Statement[0].Condition?.ArnLike).to.deep.equal({
            "aws:SourceArn": [
                `arn:aws:bedrock-agentcore:us-east-1:${ACCOUNT}:online-evaluation-config/support_evaluation-??????????`,
            ],
        });
        const own = planEvaluation({ ...builtInOnly, transactionSearchSpans: false });
        expect(own.inlinePolicy.Statement.map((s) => s.Sid)).to.not.include("IndexSpans");
        expect(own.inlinePolicy.Statement[0].Resource).to.deep.equal([
            logGroup(RUNTIME_LOG_GROUP),
            `${logGroup(RUNTIME_LOG_GROUP)}:*`,
        ]);
        expect(sidsOf({})).to.include.members([
            "InvokeInferenceProfiles",
            "InvokeEvaluatorFunctions",
            "DecryptEvaluators",
        ]);
        expect(plan.keyPolicies).to.deep.equal([]);
    });

    it("plans the same documents whatever the order of every list, and a name or ARN alike", () => {
        const args = {
            ...evaluationArgs(),
            logGroups: [RUNTIME_LOG_GROUP, "/aws/bedrock-agentcore/runtimes/support_agent-AbCdE12345-canary"],
            evaluatorFunctions: ["score-refunds", "score-tone"],
            evaluators: ["helpfulness_judge-AbCdE12345", "tone_judge-AbCdE12345"],
        };
        const reversed = {
            ...args,
            logGroups: [...args.logGroups].reverse().map(logGroup),
            evaluatorFunctions: [...args.evaluatorFunctions]
                .reverse()
                .map((name) => `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${name}`),
            evaluators: [...args.evaluators]
                .reverse()
                .map((id) => `arn:aws:bedrock-agentcore:us-east-1:${ACCOUNT}:evaluator/${id}`),
        };
        const [a, b] = [planEvaluation(args), planEvaluation(reversed)];
        expect(JSON.stringify(b.inlinePolicy)).to.equal(JSON.stringify(a.inlinePolicy));
        expect(JSON.stringify(b.trustPolicy)).to.equal(JSON.stringify(a.trustPolicy));
    });

    it("names only actions, condition keys and resources IAM's service reference defines, every capability and option included", async () => {
        const plans = [
            planEvaluation(evaluationArgs()),
            planEvaluation({ ...evaluationArgs(), transactionSearchSpans: false, streaming: false }),
            planEvaluation({
                ...evaluationArgs(),
                foundationModels: ["anthropic.claude-3-5-sonnet-20240620-v1:0"],
                evaluatorFunctions: ["arn:aws:lambda:us-east-1:123456789012:function:score-refunds:live"],
            }),
        ];
        const problems = (await Promise.all(plans.flatMap(allStatements).map(catalogProblems))).flat();
        expect(problems).to.deep.equal([]);
    });

    it("registers one role for the configuration's name, resolves roleArn once its policy is attached, and gives the name for the configuration to take", async () => {
        const recorded = await installMocks({ inferenceProfiles: RUNTIME_PROFILES });
        const role = new AgentCoreEvaluationRole("support-evaluation", evaluationArgs());
        await deployed(role);
        const [registered] = ofType(recorded, ROLE);
        expect(registered.inputs.name).to.match(/^AgentCoreEvaluation_support-evaluation-[0-9a-f]{8}$/);
        const trust = JSON.parse(registered.inputs.assumeRolePolicy as string);
        expect(trust.Statement[0].Condition.StringEquals).to.deep.equal({
            "aws:ResourceAccount": [ACCOUNT],
            "aws:SourceAccount": [ACCOUNT],
        });
        expect(ofType(recorded, ROLE_POLICY).map((p) => p.inputs.name)).to.deep.equal([
            "AgentCoreEvaluationPermissions",
        ]);
        expect((await settle(role.onlineEvaluationConfigName)).value).to.equal("support_evaluation");
    });

    it("is what AgentcoreOnlineEvaluationConfig's mocked outputs name: an id of the name and ten characters, the ARN the trust admits, the results group the role writes", async () => {
        await installMocks({ inferenceProfiles: RUNTIME_PROFILES });
        const role = new AgentCoreEvaluationRole("support-evaluation", evaluationArgs());
        const config = new aws.bedrock.AgentcoreOnlineEvaluationConfig("support-evaluation", {
            onlineEvaluationConfigName: role.onlineEvaluationConfigName,
            evaluationExecutionRoleArn: role.roleArn,
            enableOnCreate: true,
            dataSourceConfig: {
                cloudwatchLogs: {
                    logGroupNames: [RUNTIME_LOG_GROUP],
                    serviceNames: ["support_agent.DEFAULT"],
                },
            },
            evaluators: [{ evaluatorId: "Builtin.Helpfulness" }],
            rule: { samplingConfig: { samplingPercentage: 10 } },
        });
        const id = (await settle(config.onlineEvaluationConfigId)).value as string;
        const arn = (await settle(config.onlineEvaluationConfigArn)).value as string;
        const results = (await settle(config.outputConfigs)).value?.[0].cloudwatchConfigs[0].logGroupName;
        expect(id).to.match(/^support_evaluation-[a-zA-Z0-9]{10}$/);
        expect(arn).to.equal(`arn:aws:bedrock-agentcore:us-east-1:${ACCOUNT}:online-evaluation-config/${id}`);
        expect(results).to.equal(`/aws/bedrock-agentcore/evaluations/results/${id}`);
        expect((await settle(config.executionStatus)).value).to.equal("ENABLED");
        const plan = planEvaluation(evaluationArgs());
        const wildcard = (pattern: string) =>
            new RegExp(
                `^${pattern
                    .replace(/[.*+^$()|[\]\\/]/g, "\\$&")
                    .replace(/\\\*/g, ".*")
                    .replace(/\?/g, ".")}$`,
            );
        const sources = plan.trustPolicy.Statement[0].Condition?.ArnLike?.["aws:SourceArn"] as string[];
        expect(sources.some((s) => wildcard(s).test(arn))).to.equal(true);
        const createGroup = plan.inlinePolicy.Statement.find((s) => s.Sid === "CreateResultsLogGroup");
        expect(
            (createGroup?.Resource as string[]).some((r) => wildcard(r).test(logGroup(results as string))),
        ).to.equal(true);
    });

    it("refuses a bad argument once, naming the component and the argument, and registers no IAM resource", async () => {
        const recorded = await installMocks();
        const failure = await reportedArgumentError(
            () =>
                new AgentCoreEvaluationRole("orders-evaluation", { ...evaluationArgs(), logGroups: ["*"] })
                    .roleArn,
        );
        expect(failure.message).to.match(
            /^orders-evaluation: logGroups\[0\]: "\*" is neither a valid id nor an ARN/,
        );
        await drainRegistrations();
        expect(recorded.filter((r) => r.type.startsWith("aws:iam"))).to.deep.equal([]);
    });
});
