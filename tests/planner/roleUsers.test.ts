// The plan warns when a role's ARN is given to an AgentCore resource (runtime, gateway, tool) its trust policy
// does not admit: the stack plans and deploys, then AgentCore cannot assume the role.
import { expect } from "chai";
import * as path from "path";
import { renderMarkdown } from "../../planner/render/markdown";
import { renderPlan } from "../../planner/render/text";
import { planUserProject, userProject } from "../support/userProject";
import { visibleText } from "../support/visibleText";

const AGENTCORE = `const { AgentCoreBrowserRole, AgentCoreCodeInterpreterRole, AgentCoreGatewayRole, AgentCoreHarnessRole, AgentCoreRuntimeRole } = require(${JSON.stringify(path.resolve(__dirname, "../../index.ts"))});`;

const RUNTIME = (role: string, name: string) => `
    new aws.bedrock.AgentcoreAgentRuntime("${name}", {
        agentRuntimeName: "${name}",
        roleArn: ${role}.roleArn,
        agentRuntimeArtifact: { containerConfiguration: { containerUri: "111122223333.dkr.ecr.eu-west-1.amazonaws.com/support:1" } },
        networkConfiguration: { networkMode: "PUBLIC" },
    });`;
const GATEWAY = (role: string, name: string) => `
    new aws.bedrock.AgentcoreGateway("${name}", {
        name: "${name}", roleArn: ${role}.roleArn, protocolType: "MCP", authorizerType: "AWS_IAM",
    });`;

/** The warnings of each role the program plans, by component. */
async function warnings(program: string): Promise<Record<string, string[]>> {
    const { file } = await planUserProject(userProject(`${AGENTCORE}\n${program}`));
    return Object.fromEntries(file.roles.map((r) => [r.component, r.plan.warnings]));
}

describe("offline plan: the runtimes and gateways given a role's roleArn", function () {
    this.timeout(60000);

    it("warns, naming both, when a runtime of another name is given a runtime role's roleArn, in text, Markdown and JSON", async () => {
        const folder = userProject(`${AGENTCORE}
            const role = new AgentCoreRuntimeRole("support", { runtimeName: "support_agent", containerRepository: "support" });
            ${RUNTIME("role", "billing_agent")}
        `);
        const { file } = await planUserProject(folder);
        const [warning] = file.roles[0].plan.warnings;
        expect(warning).to.equal(
            'aws.bedrock.AgentcoreAgentRuntime billing_agent (agentRuntimeName "billing_agent") is given this role\'s roleArn, but the role\'s runtimeName is "support_agent": its trust policy admits the runtimes of that name only, so AgentCore cannot assume it and the runtime fails at deploy; give both the same name (pass the role\'s runtimeName to agentRuntimeName)',
        );
        expect(renderPlan(file)).to.include(`warning: ${warning}`);
        expect(visibleText(renderMarkdown(file))).to.include(`Warning: ${warning}`);
        expect(JSON.parse(JSON.stringify(file)).roles[0].plan.warnings).to.deep.equal([warning]);
    });

    it("compares a gateway's name as AgentCore makes its ids, lower-cased, and warns for another name", async () => {
        const found = await warnings(`
            const tools = new AgentCoreGatewayRole("tools", { gatewayName: "Support-Tools" });
            ${GATEWAY("tools", "support-tools")}
            const billing = new AgentCoreGatewayRole("billing", { gatewayName: "billing-tools" });
            ${GATEWAY("billing", "Billing-Tools-V2")}
        `);
        expect(found.tools).to.deep.equal([]);
        expect(found.billing).to.have.length(1);
        expect(found.billing[0]).to.match(
            /^aws\.bedrock\.AgentcoreGateway Billing-Tools-V2 \(name "Billing-Tools-V2"\) is given this role's roleArn, but the role's gatewayName is "billing-tools": its trust policy admits the gateways of that name only/,
        );
    });

    it("warns when a runtime is given a gateway's role, and says nothing of a runtime of the role's own name", async () => {
        const found = await warnings(`
            const gateway = new AgentCoreGatewayRole("tools", { gatewayName: "tools" });
            ${RUNTIME("gateway", "tools")}
            const runtime = new AgentCoreRuntimeRole("support", { runtimeName: "support_agent", containerRepository: "support" });
            ${RUNTIME("runtime", "support_agent")}
        `);
        expect(found.support).to.deep.equal([]);
        expect(found.tools).to.have.length(1);
        expect(found.tools[0]).to.match(
            /^aws\.bedrock\.AgentcoreAgentRuntime tools \(agentRuntimeName "tools"\) is given this role's roleArn, but this is an AgentCore gateway's role, whose trust policy admits no runtime/,
        );
    });

    it("reports the policy rule agent-iam-resource-role on a runtime given a role whose trust admits another kind, whoever wrote the role", async () => {
        const { file } = await planUserProject(
            userProject(`${AGENTCORE}
            const gateway = new AgentCoreGatewayRole("tools", { gatewayName: "tools" });
            ${RUNTIME("gateway", "tools")}
            const byHand = new aws.iam.Role("by-hand", { assumeRolePolicy: JSON.stringify({ Version: "2012-10-17", Statement: [{
                Effect: "Allow", Principal: { Service: "bedrock-agentcore.amazonaws.com" }, Action: "sts:AssumeRole",
                Condition: { StringEquals: { "aws:SourceAccount": "123456789012" }, ArnLike: { "aws:SourceArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/tools-*" } },
            }] }) });
            ${RUNTIME("{ roleArn: byHand.arn }", "support_agent")}
        `),
        );
        const found = (file.violations ?? []).filter((v) => v.rule === "agent-iam-resource-role");
        // In the order the program registered them, which its outputs decide.
        expect(found.map((v) => [v.resource.name, v.input, v.severity])).to.have.deep.members([
            ["tools", "roleArn", "mandatory"],
            ["support_agent", "roleArn", "mandatory"],
        ]);
        expect(found.find((v) => v.resource.name === "support_agent")?.message).to.equal(
            "an AgentCore runtime's role by-hand does not fit it: its trust policy admits aws:SourceArn arn:aws:bedrock-agentcore:us-east-1:123456789012:gateway/tools-* only, not runtime/support_agent-*, so bedrock-agentcore.amazonaws.com cannot assume it for this resource. Give it a role of its own, whose trust admits bedrock-agentcore.amazonaws.com with aws:SourceAccount and an aws:SourceArn of runtime/<id>, as this package's AgentCoreRuntimeRole writes (runtimeName: the runtime's name)",
        );
    });

    it("speaks of a harness role as such, warns when a harness of another name is given its executionRoleArn, and says nothing of the harness of its own name", async () => {
        const harness = (role: string, name: string) => `
            new aws.bedrock.AgentcoreHarness("${name}", {
                harnessName: "${name}", executionRoleArn: ${role}.roleArn,
                model: { bedrockModelConfig: { modelId: "anthropic.claude-sonnet-4-20250514" } },
                systemPrompts: [{ text: "You are a helpful assistant." }],
            });`;
        const { file } = await planUserProject(
            userProject(`${AGENTCORE}
            const support = new AgentCoreHarnessRole("support", { harnessName: "support_harness" });
            ${harness("support", "support_harness")}
            const billing = new AgentCoreHarnessRole("billing", { harnessName: "billing_harness" });
            ${harness("billing", "billing_harness_v2")}
        `),
        );
        const found = Object.fromEntries(file.roles.map((r) => [r.component, r.plan.warnings]));
        expect(visibleText(renderMarkdown(file))).to.match(
            /AgentCore harness role AgentCoreHarness_\S+ for the harnesses named support_harness/,
        );
        expect(found.support).to.deep.equal([]);
        expect(found.billing).to.deep.equal([
            'aws.bedrock.AgentcoreHarness billing_harness_v2 (harnessName "billing_harness_v2") is given this role\'s executionRoleArn, but the role\'s harnessName is "billing_harness": its trust policy admits the harnesses of that name only, so AgentCore cannot assume it and the harness fails at deploy; give both the same name (pass the role\'s harnessName to harnessName)',
        ]);
    });

    it("compares a browser's and a code interpreter's name with their role's, and names a code interpreter's role in words", async () => {
        const found = await warnings(`
            const browser = new AgentCoreBrowserRole("browser", { browserName: "research_browser" });
            new aws.bedrock.AgentcoreBrowser("browser", {
                name: "research_browser", executionRoleArn: browser.roleArn, networkConfiguration: { networkMode: "PUBLIC" },
            });
            const sandbox = new AgentCoreCodeInterpreterRole("sandbox", { codeInterpreterName: "analysis_sandbox" });
            new aws.bedrock.AgentcoreCodeInterpreter("sandbox", {
                name: "analysis_sandbox_v2", executionRoleArn: sandbox.roleArn, networkConfiguration: { networkMode: "SANDBOX" },
            });
            new aws.bedrock.AgentcoreBrowser("other", {
                name: "analysis_sandbox", executionRoleArn: sandbox.roleArn, networkConfiguration: { networkMode: "PUBLIC" },
            });
        `);
        expect(found.browser).to.deep.equal([]);
        expect(found.sandbox).to.deep.equal([
            'aws.bedrock.AgentcoreCodeInterpreter sandbox (name "analysis_sandbox_v2") is given this role\'s executionRoleArn, but the role\'s codeInterpreterName is "analysis_sandbox": its trust policy admits the code interpreters of that name only, so AgentCore cannot assume it and the code interpreter fails at deploy; give both the same name (pass the role\'s codeInterpreterName to name)',
            "aws.bedrock.AgentcoreBrowser other (name \"analysis_sandbox\") is given this role's executionRoleArn, but this is an AgentCore code interpreter's role, whose trust policy admits no browser: AgentCore cannot assume it and the browser fails at deploy",
        ]);
    });
});
