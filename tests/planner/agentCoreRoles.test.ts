// The offline plan shows AgentCore roles beside agent roles, in every format and in --previous.
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { renderMarkdown } from "../../planner/render/markdown";
import { renderPlan } from "../../planner/render/text";
import { runPlanCli } from "../support/planCliRun";
import { LAMBDA_TRUST_POLICY, planUserProject, userProject } from "../support/userProject";
import { visibleText } from "../support/visibleText";

const program = (interceptors: string) => `
    const { AgentCoreGatewayRole, AgentCoreRuntimeRole } = require(${JSON.stringify(path.resolve(__dirname, "../../index.ts"))});
    const role = new aws.iam.Role("functions", { assumeRolePolicy: ${LAMBDA_TRUST_POLICY} });
    const fn = (name) => new aws.lambda.Function(name, { name, role: role.arn, runtime: "nodejs20.x", handler: "index.handler" });
    const repository = new aws.ecr.Repository("support-agent", { name: "support-agent" });
    const memory = new aws.bedrock.AgentcoreMemory("support_memory", { name: "support_memory", eventExpiryDuration: 30 });
    const gateway = new AgentCoreGatewayRole("support-gateway", {
        gatewayName: "support-gateway",
        lambdaTargets: [fn("lookup-orders").arn],
        interceptors: [${interceptors}],
    });
    new AgentCoreRuntimeRole("support-runtime", {
        runtimeName: "support_agent",
        containerRepository: repository.repositoryUrl,
        foundationModels: ["amazon.nova-pro-v1:0"],
        memories: [memory.arn],
    });
    new BedrockAgentRole("orders-agent", { foundationModels: ["amazon.nova-pro-v1:0"] });
`;

describe("offline plan: AgentCore roles beside agent roles", function () {
    this.timeout(60000);

    it("plans each AgentCore role with the ARNs AWS would give the resources it names, in the stack's account and region", async () => {
        const { file } = await planUserProject(userProject(program("")));
        expect(file.roles.map((r) => [r.component, r.plan.kind ?? "agent"])).to.deep.equal([
            ["support-gateway", "gateway"],
            ["support-runtime", "runtime"],
            ["orders-agent", "agent"],
        ]);
        const runtime = file.roles[1].plan;
        const statements = Object.fromEntries(runtime.inlinePolicy.Statement.map((s) => [s.Sid, s.Resource]));
        expect(statements.PullRuntimeImage).to.deep.equal([
            "arn:aws:ecr:eu-west-1:111122223333:repository/support-agent",
        ]);
        expect(statements.UseMemories?.[0]).to.match(
            /^arn:aws:bedrock-agentcore:eu-west-1:111122223333:memory\/support_memory-[0-9A-F]{10}$/,
        );
        expect(runtime.trustPolicy.Statement[0].Condition?.ArnLike).to.deep.equal({
            "aws:SourceArn": [
                "arn:aws:bedrock-agentcore:eu-west-1:111122223333:runtime/support_agent-??????????",
                "arn:aws:bedrock-agentcore:eu-west-1:111122223333:runtime/support_agent-??????????/runtime-endpoint/*",
            ],
        });
    });

    it("names each AgentCore role's kind in text and Markdown, and shows what --previous adds to it", async () => {
        const folder = userProject(program(""));
        const before = fs.mkdtempSync(path.join(os.tmpdir(), "agentcore-before-"));
        expect((await runPlanCli(["dev", "--project", folder, "--out", before])).code).to.equal(0);
        fs.writeFileSync(
            path.join(folder, "index.js"),
            fs
                .readFileSync(path.join(folder, "index.js"), "utf8")
                .replace("interceptors: []", 'interceptors: [fn("redact-pii").arn]'),
        );
        const text = await runPlanCli(["dev", "--project", folder, "--previous", before]);
        expect(text.code, text.output).to.equal(0);
        expect(text.output).to.match(
            /component support-runtime: AgentCore runtime role AgentCoreRuntime_support-runtime-[0-9a-f]{8} for the runtimes named support_agent/,
        );
        expect(text.output).to.include(
            "+ support-gateway: identity: Allow lambda:InvokeFunction on arn:aws:lambda:eu-west-1:111122223333:function:redact-pii",
        );
        const markdown = await runPlanCli(["dev", "--project", folder, "--format", "markdown"]);
        expect(visibleText(markdown.output)).to.match(
            /support-gateway: AgentCore gateway role AgentCoreGateway_support-gateway-[0-9a-f]{8} for the gateways named support-gateway/,
        );
    });

    it("plans a browser's and a code interpreter's role, named for their kind in text and Markdown, with a bucket the program declares", async () => {
        const index = JSON.stringify(path.resolve(__dirname, "../../index.ts"));
        const { file } = await planUserProject(
            userProject(`
                const { AgentCoreBrowserRole, AgentCoreCodeInterpreterRole } = require(${index});
                const data = new aws.s3.Bucket("analysis-data", { bucket: "analysis-data" });
                new AgentCoreBrowserRole("browser", {
                    browserName: "research_browser",
                    recording: { bucket: "browser-recordings", prefix: "sessions/" },
                });
                new AgentCoreCodeInterpreterRole("sandbox", {
                    codeInterpreterName: "analysis_sandbox",
                    inputPrefixes: [{ bucket: data.bucket, prefix: "input/" }],
                });
            `),
        );
        expect(file.roles.map((r) => [r.component, r.plan.kind])).to.deep.equal([
            ["browser", "browser"],
            ["sandbox", "codeInterpreter"],
        ]);
        const text = renderPlan(file);
        expect(text).to.match(
            /component sandbox: AgentCore code interpreter role AgentCoreCodeInterpreter_sandbox-[0-9a-f]{8} for the code interpreters named analysis_sandbox/,
        );
        expect(text).to.include("arn:aws:s3:::analysis-data/input/*");
        expect(visibleText(renderMarkdown(file))).to.match(
            /browser: AgentCore browser role AgentCoreBrowser_browser-[0-9a-f]{8} for the browsers named research_browser/,
        );
    });
});
