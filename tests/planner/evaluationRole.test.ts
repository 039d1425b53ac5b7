// The offline plan shows an online evaluation's role with its kind's words, with the ARNs AWS would
// give the functions and evaluators it names, in --previous, and warns when the configuration given
// its roleArn is of another name.
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runPlanCli } from "../support/planCliRun";
import { LAMBDA_TRUST_POLICY, planUserProject, userProject } from "../support/userProject";
import { visibleText } from "../support/visibleText";

const LOG_GROUP = "/aws/bedrock-agentcore/runtimes/support_agent-AbCdE12345-DEFAULT";
const program = (configName: string, functions: string) => `
    const { AgentCoreEvaluationRole } = require(${JSON.stringify(path.resolve(__dirname, "../../index.ts"))});
    const lambdaRole = new aws.iam.Role("functions", { assumeRolePolicy: ${LAMBDA_TRUST_POLICY} });
    const fn = (name) => new aws.lambda.Function(name, { name, role: lambdaRole.arn, runtime: "nodejs20.x", handler: "index.handler" });
    const judge = new aws.bedrock.AgentcoreEvaluator("tone_judge", {
        evaluatorName: "tone_judge",
        level: "TRACE",
        evaluatorConfig: { codeBased: { lambdaConfig: { lambdaArn: fn("score-tone").arn, lambdaTimeoutInSeconds: 60 } } },
    });
    const role = new AgentCoreEvaluationRole("support-evaluation", {
        onlineEvaluationConfigName: "support_evaluation",
        logGroups: ["${LOG_GROUP}"],
        evaluatorFunctions: [${functions}],
        evaluators: [judge.evaluatorArn],
    });
    new aws.bedrock.AgentcoreOnlineEvaluationConfig("${configName}", {
        onlineEvaluationConfigName: "${configName}",
        evaluationExecutionRoleArn: role.roleArn,
        enableOnCreate: true,
        dataSourceConfig: { cloudwatchLogs: { logGroupNames: ["${LOG_GROUP}"], serviceNames: ["support_agent.DEFAULT"] } },
        evaluators: [{ evaluatorId: "Builtin.Helpfulness" }, { evaluatorId: judge.evaluatorId }],
        rule: { samplingConfig: { samplingPercentage: 10 } },
    });
`;

describe("offline plan: an online evaluation's role", function () {
    this.timeout(60000);

    it("plans the role with the ARNs AWS would give its evaluator's function and evaluator, in the stack's account and region, and says nothing of a configuration of its own name", async () => {
        const { file } = await planUserProject(
            userProject(program("support_evaluation", 'fn("score-tone").arn')),
        );
        const [role] = file.roles;
        expect(role.plan.kind).to.equal("evaluation");
        expect(role.plan.warnings).to.deep.equal([]);
        const statements = Object.fromEntries(
            role.plan.inlinePolicy.Statement.map((s) => [s.Sid, s.Resource]),
        );
        expect(statements.InvokeEvaluatorFunctions).to.deep.equal([
            "arn:aws:lambda:eu-west-1:111122223333:function:score-tone",
        ]);
        expect(role.plan.trustPolicy.Statement[0].Condition?.ArnLike?.["aws:SourceArn"]).to.satisfy(
            (sources: string[]) =>
                sources.length === 2 &&
                /^arn:aws:bedrock-agentcore:eu-west-1:111122223333:evaluator\/tone_judge-[0-9A-F]{10}$/.test(
                    sources[0],
                ) &&
                sources[1] ===
                    "arn:aws:bedrock-agentcore:eu-west-1:111122223333:online-evaluation-config/support_evaluation-??????????",
        );
    });

    it("warns, naming both, when a configuration of another name is given the role's roleArn", async () => {
        const { file } = await planUserProject(userProject(program("billing_evaluation", "")));
        expect(file.roles[0].plan.warnings).to.deep.equal([
            'aws.bedrock.AgentcoreOnlineEvaluationConfig billing_evaluation (onlineEvaluationConfigName "billing_evaluation") is given this role\'s evaluationExecutionRoleArn, but the role\'s onlineEvaluationConfigName is "support_evaluation": its trust policy admits the online evaluation configurations of that name only, so AgentCore cannot assume it and the online evaluation configuration fails at deploy; give both the same name (pass the role\'s onlineEvaluationConfigName to onlineEvaluationConfigName)',
        ]);
    });

    it("names the role's kind in text and Markdown, and shows what --previous adds to it", async () => {
        const folder = userProject(program("support_evaluation", ""));
        const before = fs.mkdtempSync(path.join(os.tmpdir(), "evaluation-before-"));
        expect((await runPlanCli(["dev", "--project", folder, "--out", before])).code).to.equal(0);
        fs.writeFileSync(
            path.join(folder, "index.js"),
            fs
                .readFileSync(path.join(folder, "index.js"), "utf8")
                .replace("evaluatorFunctions: []", 'evaluatorFunctions: [fn("score-tone").arn]'),
        );
        const text = await runPlanCli(["dev", "--project", folder, "--previous", before]);
        expect(text.code, text.output).to.equal(0);
        expect(text.output).to.match(
            /component support-evaluation: AgentCore online evaluation role AgentCoreEvaluation_support-evaluation-[0-9a-f]{8} for the online evaluation configurations named support_evaluation/,
        );
        expect(text.output).to.include(
            "+ support-evaluation: identity: Allow lambda:InvokeFunction on arn:aws:lambda:eu-west-1:111122223333:function:score-tone",
        );
        const markdown = await runPlanCli(["dev", "--project", folder, "--format", "markdown"]);
        expect(visibleText(markdown.output)).to.match(
            /support-evaluation: AgentCore online evaluation role AgentCoreEvaluation_support-evaluation-[0-9a-f]{8} for the online evaluation configurations named support_evaluation/,
        );
    });
});
