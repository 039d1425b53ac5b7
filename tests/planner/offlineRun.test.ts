import { agentPlan } from "../support/plan";
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { renderPolicy } from "../../components/iam/policyDocument";
import { offlineRun } from "../../planner/offlineRun";
import { readPulumiProject } from "../../planner/run/pulumiProject";
import { readStackFile } from "../../planner/run/stackFile";
import { runPlanCli as run, stackCopy } from "../support/planCliRun";

const ROOT = path.resolve(__dirname, "../..");

/** This package's own project: its config program, planned like any other. */
const PROJECT = readPulumiProject(ROOT);

describe("offline plan", function () {
    this.timeout(60000);

    it("reads the example stack file as the Pulumi CLI would hand its config to the program", () => {
        const stack = readStackFile("example", PROJECT);
        expect(stack.project).to.equal("bedrock-agent-role");
        expect(stack.stack).to.equal("example");
        expect(stack.config["aws:region"]).to.equal("us-east-1");
        expect(JSON.parse(stack.config["bedrock-agent-role:foundationModels"])).to.have.length(2);
    });

    it("is the plan the program's resources are registered from: pulumi up would be asked for exactly what it shows", async () => {
        const { file, resources } = await offlineRun(readStackFile("example", PROJECT), PROJECT);
        expect(file.version).to.equal(2);
        expect(file.roles.map((r) => r.component)).to.deep.equal(["support-agent"]);
        const [{ plan }] = file.roles;
        const ofType = (type: string) => resources.filter((r) => r.type === type).map((r) => r.inputs);
        expect(ofType("aws:iam/role:Role")).to.deep.equal([
            {
                name: plan.roleName,
                path: plan.role.path,
                description: plan.role.description,
                assumeRolePolicy: renderPolicy(plan.trustPolicy),
            },
        ]);
        expect(ofType("aws:iam/rolePolicy:RolePolicy")).to.deep.equal([
            { role: plan.roleName, name: plan.inlinePolicyName, policy: renderPolicy(plan.inlinePolicy) },
        ]);
        expect(ofType("aws:lambda/permission:Permission")).to.deep.equal(
            agentPlan(plan).lambdaPermissions.map((p) => ({
                function: p.function,
                statementId: p.statementId,
                action: p.action,
                principal: p.principal,
                sourceAccount: p.sourceAccount,
                sourceArn: p.sourceArn,
            })),
        );
        expect(ofType("aws:iam/policy:Policy")).to.deep.equal([]);
    });

    it("prints a table of every statement, the trust policy and each Lambda permission, and writes one file per document", async () => {
        const out = fs.mkdtempSync(path.join(os.tmpdir(), "agent-plan-"));
        const { code, output } = await run(["example", "--project", ROOT, "--out", out]);
        expect(code).to.equal(0);
        expect(output).to.match(
            /\| inline BedrockAgentPermissions \| InvokeFoundationModels +\| Allow +\| bedrock:InvokeModel /,
        );
        expect(output).to.include("Trust policy");
        expect(output).to.match(
            /\| arn:aws:lambda:us-east-1:123456789012:function:lookup-orders \| bedrock\.amazonaws\.com \| lambda:InvokeFunction/,
        );
        expect(fs.readdirSync(out, { recursive: true, encoding: "utf8" }).sort()).to.deep.equal([
            ".bedrock-agent-plan-files",
            "deployer-policy.json",
            "plan.json",
            "support-agent",
            "support-agent/caller-policy.json",
            "support-agent/deployer-statements.json",
            "support-agent/identity-policy.json",
            "support-agent/key-policy-1234abcd-12ab-34cd-56ef-1234567890ab.json",
            "support-agent/lambda-permission-lookup-orders.json",
            "support-agent/trust-policy.json",
        ]);
        const plan = JSON.parse(fs.readFileSync(path.join(out, "plan.json"), "utf8"));
        // The program's deployer policy: the agent's role passed to Bedrock only, what creating the
        // role takes, and the function's permission; sorted by Sid.
        const deployer = JSON.parse(fs.readFileSync(path.join(out, "deployer-policy.json"), "utf8"))
            .Statement as { Sid: string; Resource: string[] }[];
        expect(deployer.map((s) => s.Sid)).to.deep.equal([
            "AddLambdaPermissions",
            "CreateRoles",
            "PassRolesToBedrock",
            "ReadAndRemoveLambdaPermissions",
            "ReadRolePolicies",
            "TagRoles",
            "WriteRolePolicies",
        ]);
        expect(deployer.find((s) => s.Sid === "PassRolesToBedrock")).to.deep.equal({
            Sid: "PassRolesToBedrock",
            Effect: "Allow",
            Action: ["iam:PassRole"],
            Resource: [plan.roles[0].plan.roleArn],
            Condition: { StringEquals: { "iam:PassedToService": ["bedrock.amazonaws.com"] } },
        });
        expect([...new Set(deployer.flatMap((s) => s.Resource))]).to.deep.equal([
            "arn:aws:lambda:us-east-1:123456789012:function:lookup-orders",
            plan.roles[0].plan.roleArn,
        ]);
        expect(
            JSON.parse(fs.readFileSync(path.join(out, "support-agent", "trust-policy.json"), "utf8")),
        ).to.deep.equal(plan.roles[0].plan.trustPolicy);
    });

    it("with a previous plan, prints the grants added and removed: the review of a pull request", async () => {
        const before = fs.mkdtempSync(path.join(os.tmpdir(), "agent-plan-"));
        expect((await run(["example", "--project", ROOT, "--out", before])).code).to.equal(0);
        const changed = stackCopy((text) =>
            text
                .replace("    - KBPINECONE\n", "    - KBPINECONE\n    - KBNEWONE99\n")
                .replace("    - amazon.nova-pro-v1:0\n", ""),
        );
        const after = fs.mkdtempSync(path.join(os.tmpdir(), "agent-plan-"));
        const { code, output } = await run([
            changed,
            "--project",
            ROOT,
            "--out",
            after,
            "--previous",
            before,
        ]);
        expect(code).to.equal(0);
        expect(output).to.include("Grants added: 1, removed: 2, moved: 0");
        expect(output).to.include(
            "+ support-agent: identity: Allow bedrock:Retrieve on arn:aws:bedrock:us-east-1:123456789012:knowledge-base/KBNEWONE99",
        );
        expect(output).to.include(
            "- support-agent: identity: Allow bedrock:InvokeModel on arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0",
        );
        const same = await run([
            "example",
            "--project",
            ROOT,
            "--out",
            fs.mkdtempSync(path.join(os.tmpdir(), "p-")),
            "--previous",
            before,
        ]);
        expect(same.output).to.include("No change in what is granted.");
    });

    it("exits non-zero with the config key, the problem and an example on bad config", async () => {
        const bad = stackCopy((text) => text.replace("KBMANUALS1", "manuals"));
        const { code, output } = await run([bad, "--project", ROOT]);
        expect(code).to.equal(2);
        expect(output).to.match(
            /^error: support-agent: bedrock-agent-role:knowledgeBases\[0\]: "manuals" is neither a valid id nor an ARN\. Example of a valid value: KB12345678/,
        );
        const typo = stackCopy((text) =>
            text.replace("bedrock-agent-role:knowledgeBases:", "bedrock-agent-role:knowledgebases:"),
        );
        expect((await run([typo, "--project", ROOT])).output).to.match(
            /bedrock-agent-role:knowledgebases: is not a config key/,
        );
    });

    it("exits non-zero when the plan would break an IAM quota", async () => {
        const ids = Array.from({ length: 1200 }, (_, i) => `    - KB${String(i).padStart(8, "0")}`).join(
            "\n",
        );
        const huge = stackCopy((text) => text.replace("    - KBMANUALS1\n", `${ids}\n`));
        const { code, output } = await run([huge, "--project", ROOT]);
        expect(code).to.equal(2);
        expect(output).to.match(
            /^error: support-agent: bedrock-agent-role:managedPoliciesPerRole: the identity policy needs \d+ managed policies/,
        );
    });

    it("exits non-zero on a missing stack file or an unknown option", async () => {
        expect((await run(["nosuchstack", "--project", ROOT])).output).to.match(
            /Pulumi\.nosuchstack\.yaml does not exist/,
        );
        expect((await run(["--colour"])).code).to.equal(2);
    });

    it("exits with code 2 naming the config key when the stack's region is a pattern", async () => {
        const bad = stackCopy((text) => text.replace("aws:region: us-east-1", "aws:region: '*'"));
        const { code, output } = await run([bad, "--project", ROOT]);
        expect(code).to.equal(2);
        expect(output).to.match(/^error: aws:region: "\*" is not an AWS region/);
    });

    it("asks AWS nothing: without destinations in the config, a profile's come from the table, and the plan says so", async () => {
        const tableOnly = stackCopy((text) =>
            text.replace(/ {2}# What GetInferenceProfile answers.*\n.*\n.*\n/, ""),
        );
        const { file } = await offlineRun(readStackFile(tableOnly, PROJECT), PROJECT);
        expect(file.roles[0].plan.crossRegionProfiles.map((p) => [p.argument, p.source])).to.deep.equal([
            ["foundationModels[0]", "table"],
        ]);
    });

    it("takes every argument of a 2026 supervisor from the stack file, and shows the existing role, key policies and callers' policy", async () => {
        const supervisor = stackCopy((text) =>
            text
                .replace(/ {2}bedrock-agent-role:roleNameSuffix:.*\n/, "")
                .replace(/ {2}bedrock-agent-role:description:.*\n/, "")
                .concat(
                    [
                        "  bedrock-agent-role:existingRole: support-agent-role",
                        '  bedrock-agent-role:collaborators: ["COLLAB0001/ALIAS00001"]',
                        '  bedrock-agent-role:prompts: ["PROMPT1234:2"]',
                        "  bedrock-agent-role:guardrails:",
                        "    - guardrail: gr1234abcd56",
                        "      crossRegionProfile: us.guardrail.v1:0",
                        "      kmsKey: 5678abcd-12ab-34cd-56ef-1234567890ab",
                        "  bedrock-agent-role:codeInterpreterFiles:",
                        "    - { bucket: agent-files, key: sales.csv }",
                        "  bedrock-agent-role:customOrchestration: { lambdaFunction: orchestrator }",
                        "  bedrock-agent-role:memoryEncryptionKey: 9abcabcd-12ab-34cd-56ef-1234567890ab",
                        '  bedrock-agent-role:agentAliases: ["AGENT12345/LIVE000001"]',
                        '  bedrock-agent-role:lambdaAgentIds: ["AGENT12345"]',
                        "  bedrock-agent-role:extraStatements:",
                        "    - sid: ReadSales",
                        '      actions: ["dynamodb:GetItem"]',
                        '      resources: ["arn:aws:dynamodb:us-east-1:123456789012:table/sales"]',
                        "",
                    ].join("\n"),
                ),
        );
        const { code, output } = await run([
            supervisor,
            "--project",
            ROOT,
            "--out",
            path.join(path.dirname(supervisor), "out"),
        ]);
        expect(code, output).to.equal(0);
        expect(output).to.match(/existing role support-agent-role, not created/);
        expect(output).to.include("Trust policy the existing role should have");
        for (const sid of [
            "ApplyGuardrails",
            "DecryptGuardrails",
            "InvokeCollaborators",
            "GetPrompts",
            "ReadCodeInterpreterFiles",
            "ReadSales",
        ]) {
            expect(output, sid).to.include(sid);
        }
        expect(output).to.include(
            "Add to the policy of KMS key arn:aws:kms:us-east-1:123456789012:key/5678abcd",
        );
        expect(output).to.include("Callers' policy: attach to the principals that invoke the agent");
        expect(output).to.include("custom--orchestration");
        expect(output).to.match(
            /lookup-orders \| .* \| arn:aws:bedrock:us-east-1:123456789012:agent\/AGENT12345 /,
        );
    });

    it("plans an AgentCore role's stack as pulumi up would run it: roleKind chooses the component, named after its runtime", async () => {
        const { file, resources } = await offlineRun(readStackFile("runtime-example", PROJECT), PROJECT);
        expect(file.roles.map((r) => [r.component, r.plan.kind])).to.deep.equal([
            ["support_agent", "runtime"],
        ]);
        const [{ plan }] = file.roles;
        expect(plan.roleName).to.match(/^AgentCoreRuntime_support_agent-[0-9a-f]{8}$/);
        expect(renderPolicy(plan.trustPolicy)).to.include(
            "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/support_agent-??????????",
        );
        expect(
            resources.filter((r) => r.type === "aws:iam/rolePolicy:RolePolicy").map((r) => r.inputs),
        ).to.deep.equal([
            { role: plan.roleName, name: plan.inlinePolicyName, policy: renderPolicy(plan.inlinePolicy) },
        ]);
        const { code, output } = await run(["runtime-example", "--project", ROOT]);
        expect(code, output).to.equal(0);
        expect(output).to.include("support_agent");
        expect(output).to.include("InvokeGateways");
        expect(output).to.include("Callers' policy: attach to the principals that invoke the runtime");
        expect(renderPolicy(plan.callerPolicy!)).to.include(
            "runtime/support_agent-??????????/runtime-endpoint/prod",
        );
    });

    it("exits with code 2 naming roleKind when an AgentCore stack leaves it out, and the key of another kind when it names one", async () => {
        const unset = stackCopy(() =>
            fs
                .readFileSync(path.join(ROOT, "Pulumi.runtime-example.yaml"), "utf8")
                .replace(/ {2}bedrock-agent-role:roleKind: runtime\n/, ""),
        );
        const missing = await run([unset, "--project", ROOT]);
        expect(missing.code).to.equal(2);
        expect(missing.output).to.match(/^error: support_agent|bedrock-agent-role:roleKind: is not set/m);
        expect(missing.output).to.include(
            "bedrock-agent-role:roleKind: is not set, so the stack declares an agent role",
        );
        const foreign = stackCopy(() =>
            fs
                .readFileSync(path.join(ROOT, "Pulumi.runtime-example.yaml"), "utf8")
                .concat('  bedrock-agent-role:agentIds: ["AGENT12345"]\n'),
        );
        const other = await run([foreign, "--project", ROOT]);
        expect(other.code).to.equal(2);
        expect(other.output).to.include(
            "bedrock-agent-role:agentIds: is not a config key of an AgentCore runtime role (roleKind: runtime)",
        );
    });
});
