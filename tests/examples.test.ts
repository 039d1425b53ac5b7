import { expect } from "chai";
import { execFile, execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { RecordedResource } from "../planner/mocks/awsMocks";
import { planViolations } from "../planner/planViolations";
import { documentsOf } from "../policies/inspectedDocuments";
import { EXAMPLE_CONFIG, EXAMPLES, packedPackageWorkspace } from "./support/packedPackage";

const ROOT = path.resolve(__dirname, "..");

describe("examples, against the packed npm package", function () {
    this.timeout(600000);
    let consumer: string;
    let workspace: string;
    const recorded: Record<string, RecordedResource[]> = {};

    let runs: ReturnType<typeof runExamples>;

    before(async () => {
        ({ consumer, workspace } = await packedPackageWorkspace());
        // Started now, the examples run while the tests before theirs type-check them.
        runs = runExamples();
        runs.catch(() => undefined);
    });

    it("the package holds compiled JavaScript and declarations, and no TypeScript sources or tests", () => {
        const installed = path.join(consumer, "node_modules", "bedrock-agent-role");
        expect(fs.existsSync(path.join(installed, "dist", "index.js"))).to.equal(true);
        expect(fs.existsSync(path.join(installed, "dist", "index.d.ts"))).to.equal(true);
        expect(fs.existsSync(path.join(installed, "dist", "planner", "cli.js"))).to.equal(true);
        expect(fs.existsSync(path.join(installed, "LICENSE"))).to.equal(true);
        expect(fs.existsSync(path.join(installed, "data", "actionCatalog.json"))).to.equal(true);
        expect(fs.existsSync(path.join(installed, "index.ts"))).to.equal(false);
        expect(fs.existsSync(path.join(installed, "tests"))).to.equal(false);
        const manifest = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8"));
        expect(manifest.peerDependencies).to.have.keys("@pulumi/pulumi", "@pulumi/aws", "@pulumi/policy");
        // Only the policy pack needs @pulumi/policy: the components never load it.
        expect(manifest.peerDependenciesMeta).to.deep.equal({ "@pulumi/policy": { optional: true } });
        expect(manifest.dependencies).to.not.have.any.keys(
            "@pulumi/pulumi",
            "@pulumi/aws",
            "@cloud-copilot/iam-simulate",
        );
    });

    it("importing the package declares no resource and loads without ts-node", () => {
        const output = execFileSync(
            process.execPath,
            [
                "-e",
                "const m = require('bedrock-agent-role'); console.log(Object.keys(m).includes('BedrockAgentRole'))",
            ],
            { cwd: consumer, encoding: "utf8" },
        );
        expect(output.trim()).to.equal("true");
    });

    it("ships the policy pack: its folder's PulumiPolicy.yaml, and a package.json of the package's version whose main is the compiled pack, whose policies validate", () => {
        const pack = path.join(consumer, "node_modules/bedrock-agent-role/policypack");
        expect(fs.readFileSync(path.join(pack, "PulumiPolicy.yaml"), "utf8")).to.match(/^runtime: nodejs$/m);
        const manifest = JSON.parse(fs.readFileSync(path.join(pack, "package.json"), "utf8"));
        const own = JSON.parse(
            fs.readFileSync(path.join(consumer, "node_modules/bedrock-agent-role/package.json"), "utf8"),
        );
        // @pulumi/policy's PolicyPack reads the version from the package.json where Pulumi runs it.
        expect(manifest.version).to.equal(own.version);
        expect(fs.existsSync(path.join(pack, manifest.main))).to.equal(true);
        const script = [
            "const { agentIamPolicies } = require(process.argv[1]);",
            "const [policy] = agentIamPolicies().filter((p) => p.name === 'agent-iam-pass-role');",
            "const found = [];",
            "policy.validateResource({ type: 'aws:iam/rolePolicy:RolePolicy', name: 'ci', props: { policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' }] }) }, getConfig: () => ({}) }, (m) => found.push(m));",
            "console.log(found.length);",
        ].join("\n");
        const output = execFileSync(
            process.execPath,
            ["-e", script, path.join(pack, path.dirname(manifest.main), "agentIamPolicies.js")],
            { cwd: consumer, encoding: "utf8" },
        );
        expect(output.trim()).to.equal("2");
    });

    it("every example type-checks against the installed package, in one compilation", () => {
        // The examples' own compiler options, over all of their programs at once.
        const options = JSON.parse(
            fs.readFileSync(path.join(workspace, EXAMPLES[0], "tsconfig.json"), "utf8"),
        );
        const all = path.join(workspace, "tsconfig.examples.json");
        fs.writeFileSync(all, JSON.stringify({ ...options, files: EXAMPLES.map((e) => `${e}/index.ts`) }));
        execFileSync(process.execPath, [path.join(consumer, "node_modules/typescript/bin/tsc"), "-p", all], {
            encoding: "utf8",
        });
    });

    /**
     * Every example on mocks, in one process that loads the SDKs and ts-node once rather than once
     * an example: what each registered, or the error it failed with.
     */
    const runExamples = () =>
        new Promise<Record<string, { recorded?: RecordedResource[]; error?: string }>>((resolve, reject) =>
            execFile(
                process.execPath,
                [
                    path.join(__dirname, "support/exampleRunner.js"),
                    consumer,
                    workspace,
                    path.join(ROOT, "node_modules/ts-node"),
                    JSON.stringify(Object.fromEntries(EXAMPLES.map((e) => [e, EXAMPLE_CONFIG[e] ?? {}]))),
                ],
                { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
                (error, stdout, stderr) =>
                    error
                        ? reject(new Error(`${error.message}${stderr}`))
                        : resolve(JSON.parse(stdout.trim().split("\n").pop() as string)),
            ),
        );

    for (const example of EXAMPLES) {
        it(`${example} runs on mocks`, async () => {
            const result = (await runs)[example];
            expect(result.error === undefined, result.error).to.equal(true);
            recorded[example] = result.recorded!;
            expect(recorded[example].length).to.be.greaterThan(2);
        });
    }

    it("the policy pack's rules, as the offline plan runs them, find nothing in any example's resources, whose documents they all read", () => {
        for (const example of EXAMPLES) {
            const documents = recorded[example].flatMap((r) =>
                documentsOf({ type: r.type, name: r.name, props: r.inputs }),
            );
            expect(documents.length, example).to.be.greaterThan(1);
            expect(
                documents.filter((d) => d.unreadable !== undefined || d.statements.length === 0),
                example,
            ).to.deep.equal([]);
            expect(planViolations(recorded[example]).violations, example).to.deep.equal([]);
        }
    });

    const policyOf = (example: string) =>
        JSON.parse(
            recorded[example].find((r) => r.type === "aws:iam/rolePolicy:RolePolicy")!.inputs
                .policy as string,
        );
    const ofType = (example: string, type: string) => recorded[example].filter((r) => r.type === type);

    it("agentcore: the gateway role invokes exactly its two targets and its interceptor, the runtime role pulls only its repository, and each role's policy is registered before what uses the role", () => {
        const policies = ofType("agentcore", "aws:iam/rolePolicy:RolePolicy");
        const policy = (name: string) =>
            JSON.parse(policies.find((p) => p.name === name)!.inputs.policy as string).Statement as {
                Sid: string;
                Resource: string[];
            }[];
        const functions = policy("support-gateway-identity").find(
            (s) => s.Sid === "InvokeGatewayFunctions",
        )!.Resource;
        expect(functions).to.deep.equal(
            ["lookup-orders", "open-ticket", "redact-pii"].map(
                (fn) => `arn:aws:lambda:us-east-1:123456789012:function:${fn}`,
            ),
        );
        expect(
            policy("support-runtime-identity").find((s) => s.Sid === "PullRuntimeImage")!.Resource,
        ).to.deep.equal(["arn:aws:ecr:us-east-1:123456789012:repository/support-agent"]);
        const order = recorded["agentcore"].map((r) => `${r.type.split(":").pop()} ${r.name}`);
        expect(order.indexOf("RolePolicy support-gateway-identity")).to.be.lessThan(
            order.indexOf("AgentcoreGateway support-gateway"),
        );
        expect(order.indexOf("AgentcoreGateway support-gateway")).to.be.lessThan(
            order.indexOf("AgentcoreGatewayTarget lookup-orders"),
        );
        expect(order.indexOf("RolePolicy support-runtime-identity")).to.be.lessThan(
            order.indexOf("AgentcoreAgentRuntime support-agent"),
        );
    });

    it("agentcore-tools: the memory role publishes to its topic and delivers to its bucket, the browser records under its prefix, the sandbox reads and writes its prefixes, the runtime drives exactly the browser and interpreter created, and each role's policy is registered before what uses the role", () => {
        const policy = (name: string) =>
            JSON.parse(
                ofType("agentcore-tools", "aws:iam/rolePolicy:RolePolicy").find((p) => p.name === name)!
                    .inputs.policy as string,
            ).Statement as { Sid: string; Action: string[]; Resource: string[] }[];
        const resourcesOf = (name: string, sid: string) => policy(name).find((s) => s.Sid === sid)?.Resource;
        const memory = policy("support-memory-identity");
        expect(memory.flatMap((s) => s.Action)).to.include.members([
            "sns:Publish",
            "s3:PutObject",
            "bedrock:InvokeModel",
        ]);
        expect(memory.flatMap((s) => s.Resource)).to.include.members([
            "arn:aws:sns:us-east-1:123456789012:memory-extractions",
            "arn:aws:s3:::support-memory-payloads/*",
        ]);
        expect(policy("research-browser-identity").flatMap((s) => s.Resource)).to.deep.equal([
            "arn:aws:s3:::support-browser-recordings/sessions/*",
        ]);
        expect(
            policy("analysis-sandbox-identity")
                .flatMap((s) => s.Resource)
                .sort(),
        ).to.deep.equal([
            "arn:aws:s3:::support-analysis-data",
            "arn:aws:s3:::support-analysis-data/input/*",
            "arn:aws:s3:::support-analysis-data/output/*",
        ]);
        // The runtime drives the tools the program created, by the ids AgentCore gives them.
        expect(resourcesOf("support-runtime-identity", "UseBrowsers")).to.satisfy(
            ([arn, ...more]: string[]) =>
                /^arn:aws:bedrock-agentcore:us-east-1:123456789012:browser-custom\/research_browser-[a-zA-Z0-9]{10}$/.test(
                    arn,
                ) && more.length === 0,
        );
        expect(resourcesOf("support-runtime-identity", "UseCodeInterpreters")).to.satisfy(
            ([arn, ...more]: string[]) =>
                /^arn:aws:bedrock-agentcore:us-east-1:123456789012:code-interpreter-custom\/analysis_sandbox-[a-zA-Z0-9]{10}$/.test(
                    arn,
                ) && more.length === 0,
        );
        const order = recorded["agentcore-tools"].map((r) => `${r.type.split(":").pop()} ${r.name}`);
        for (const [role, user] of [
            ["support-memory", "AgentcoreMemory support_memory"],
            ["research-browser", "AgentcoreBrowser research-browser"],
            ["analysis-sandbox", "AgentcoreCodeInterpreter analysis-sandbox"],
            ["support-runtime", "AgentcoreAgentRuntime support-agent"],
        ]) {
            expect(order.indexOf(`RolePolicy ${role}-identity`), role).to.be.within(0, order.indexOf(user));
        }
    });

    it("minimal-agent declares the role, its policy for one model and one Lambda permission for agent/*", () => {
        expect(policyOf("minimal-agent").Statement.map((s: { Sid: string }) => s.Sid)).to.deep.equal([
            "InvokeFoundationModels",
        ]);
        const [permission] = ofType("minimal-agent", "aws:lambda/permission:Permission");
        expect(permission.inputs).to.include({
            function: "lookup-orders",
            sourceArn: "arn:aws:bedrock:us-east-1:123456789012:agent/*",
        });
    });

    it("knowledge-bases grants Retrieve on all three knowledge bases and the Pinecone association under its secret", () => {
        const statements = policyOf("knowledge-bases").Statement;
        expect(
            statements.find((s: { Sid: string }) => s.Sid === "RetrieveFromKnowledgeBases").Resource,
        ).to.have.length(3);
        expect(
            statements.find((s: { Sid: string }) => s.Sid === "AssociateThirdPartyKnowledgeBases").Condition
                .StringEquals,
        ).to.deep.equal({
            "bedrock:ThirdPartyKnowledgeBaseCredentialsSecretArn": [
                "arn:aws:secretsmanager:us-east-1:123456789012:secret:pinecone-AbC123",
            ],
        });
    });

    it("kms-encrypted grants the created key under the encryption context and writes the Bedrock statement into its key policy", () => {
        const [key] = ofType("kms-encrypted", "aws:kms/key:Key");
        const kms = policyOf("kms-encrypted").Statement.find(
            (s: { Sid: string }) => s.Sid === "UseAgentEncryptionKey",
        );
        expect(kms.Resource[0]).to.match(/^arn:aws:kms:us-east-1:123456789012:key\//);
        const [keyPolicy] = ofType("kms-encrypted", "aws:kms/keyPolicy:KeyPolicy");
        const sids = JSON.parse(keyPolicy.inputs.policy as string).Statement.map(
            (s: { Sid: string }) => s.Sid,
        );
        expect(sids).to.deep.equal(["AccountAdministersKey", "AllowBedrockAgentsToUseKey"]);
        expect(key).to.not.equal(undefined);
    });

    it("complete-agent, in one pass: the agent after its role's policy, the model stated once, the Lambda permission and the app's policy narrowed to that agent and its alias", () => {
        const order = recorded["complete-agent"].map((r) => `${r.type}::${r.name}`);
        const policyAt = order.indexOf("aws:iam/rolePolicy:RolePolicy::support-agent-identity");
        const agentAt = order.indexOf("aws:bedrock/agentAgent:AgentAgent::support-agent");
        const permissionAt = order.findIndex((entry) =>
            entry.startsWith("aws:lambda/permission:Permission::"),
        );
        expect(policyAt).to.be.greaterThan(-1);
        expect(agentAt).to.be.greaterThan(policyAt);
        expect(permissionAt).to.be.greaterThan(agentAt);
        const [agent] = ofType("complete-agent", "aws:bedrock/agentAgent:AgentAgent");
        expect(agent.inputs.agentResourceRoleArn).to.match(
            /:role\/AmazonBedrockExecutionRoleForAgents_support-agent-/,
        );
        expect(agent.inputs.foundationModel).to.equal("anthropic.claude-3-5-sonnet-20240620-v1:0");
        const [permission] = ofType("complete-agent", "aws:lambda/permission:Permission");
        expect(permission.inputs).to.include({
            sourceAccount: "123456789012",
            principal: "bedrock.amazonaws.com",
            action: "lambda:InvokeFunction",
        });
        expect(permission.inputs.sourceArn).to.match(
            /^arn:aws:bedrock:us-east-1:123456789012:agent\/[0-9A-Z]{10}$/,
        );
        const [alias] = ofType("complete-agent", "aws:bedrock/agentAgentAlias:AgentAgentAlias");
        expect(alias.inputs.agentId).to.equal((permission.inputs.sourceArn as string).split("/")[1]);
        const appPolicy = ofType("complete-agent", "aws:iam/rolePolicy:RolePolicy").find(
            (r) => r.name === "support-app-invokes-agent",
        )!;
        const [invoke] = JSON.parse(appPolicy.inputs.policy as string).Statement;
        expect(invoke).to.include({ Sid: "InvokeAgentAliases", Effect: "Allow" });
        expect(invoke.Action).to.deep.equal(["bedrock:InvokeAgent"]);
        expect(invoke.Resource).to.have.length(1);
        expect(invoke.Resource[0]).to.match(
            new RegExp(
                `^arn:aws:bedrock:us-east-1:123456789012:agent-alias/${alias.inputs.agentId}/[0-9A-Z]{10}$`,
            ),
        );
        const schemaStatement = policyOf("complete-agent").Statement.find(
            (s: { Sid: string }) => s.Sid === "ReadActionGroupApiSchemas",
        );
        expect(schemaStatement.Resource).to.deep.equal([
            "arn:aws:s3:::agent-schemas-bucket/orders/openapi.json",
        ]);
        expect(
            ofType("complete-agent", "aws:bedrock/agentAgentActionGroup:AgentAgentActionGroup"),
        ).to.have.length(1);
    });

    it("supervisor-agent grants the supervisor exactly its two collaborators' aliases, its guardrail with its profile, and its prompt", () => {
        const supervisor = recorded["supervisor-agent"].find(
            (r) => r.type === "aws:iam/rolePolicy:RolePolicy" && r.name === "supervisor-agent-identity",
        )!;
        const statements: { Sid: string; Action: string[]; Resource: string[] }[] = JSON.parse(
            supervisor.inputs.policy as string,
        ).Statement;
        const bySid = Object.fromEntries(statements.map((s) => [s.Sid, s]));
        const aliases = ofType("supervisor-agent", "aws:bedrock/agentAgentAlias:AgentAgentAlias");
        expect(aliases).to.have.length(2);
        expect(bySid.InvokeCollaborators.Action).to.deep.equal([
            "bedrock:GetAgentAlias",
            "bedrock:InvokeAgent",
        ]);
        expect(bySid.InvokeCollaborators.Resource).to.have.length(2);
        for (const resource of bySid.InvokeCollaborators.Resource) {
            expect(resource).to.match(
                /^arn:aws:bedrock:us-east-1:123456789012:agent-alias\/[0-9A-Z]{10}\/[0-9A-Z]{10}$/,
            );
        }
        expect(bySid.ApplyGuardrails.Resource.filter((r) => r.includes(":guardrail/"))).to.have.length(1);
        expect(
            bySid.ApplyGuardrails.Resource.filter((r) => r.includes(":guardrail-profile/us.guardrail.v1:0")),
        ).to.have.length(5);
        expect(bySid.GetPrompts.Resource).to.have.length(1);
        expect(bySid.GetPrompts.Resource[0]).to.match(/:prompt\/[0-9A-Z]{10}$/);
        expect(
            ofType("supervisor-agent", "aws:bedrock/agentAgentCollaborator:AgentAgentCollaborator"),
        ).to.have.length(2);
    });
});
