// The policy pack's rules in the offline plan: every resource the program declares is judged, a
// hand-written policy beside this package's components as much as theirs, in text, Markdown and
// JSON, and a mandatory violation fails the plan (exit 4) unless --policy-config lowers or waives it.
// The over-broad grant is iam:PassRole on "*", which IAM's page says passes any role
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html).
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { PlanFile } from "../../planner/planFile";
import { documentsOf } from "../../policies/inspectedDocuments";
import { runPlanCli } from "../support/planCliRun";
import { LAMBDA_TRUST_POLICY, planUserProject, userProject } from "../support/userProject";
import { visibleText } from "../support/visibleText";

const INDEX = JSON.stringify(path.resolve(__dirname, "../../index.ts"));
const PASS_ROLE_PAGE = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html";
const PASS_ANY_ROLE = `JSON.stringify({ Version: "2012-10-17", Statement: [{ Sid: "PassAnyRole", Effect: "Allow", Action: "iam:PassRole", Resource: "*", Condition: { StringEquals: { "iam:PassedToService": "bedrock.amazonaws.com" } } }] })`;

/** This package's components: an agent's role and an AgentCore runtime's role. */
const COMPONENTS = `
    const { AgentCoreRuntimeRole } = require(${INDEX});
    new BedrockAgentRole("orders-agent", { foundationModels: ["amazon.nova-pro-v1:0"] });
    new AgentCoreRuntimeRole("support-runtime", { runtimeName: "support_agent", containerRepository: "support-agent" });
`;

/** The components, and beside them a CI role whose hand-written policy passes every role. */
const WITH_PASS_ANY_ROLE = `${COMPONENTS}
    const ci = new aws.iam.Role("ci-deployer", { assumeRolePolicy: ${LAMBDA_TRUST_POLICY} });
    new aws.iam.RolePolicy("ci-pass-role", { role: ci.name, policy: ${PASS_ANY_ROLE} });
`;

/** A secret policy that passes every role, and a policy built in a callback on a queue's ARN, unknown offline. */
const SECRET_AND_UNKNOWN = `
    const ci = new aws.iam.Role("ci-deployer", { assumeRolePolicy: ${LAMBDA_TRUST_POLICY} });
    new aws.iam.RolePolicy("ci-pass-role", { role: ci.name, policy: pulumi.secret(${PASS_ANY_ROLE}) });
    const queue = new aws.sqs.Queue("jobs");
    new aws.iam.RolePolicy("ci-jobs", {
        role: ci.name,
        policy: queue.arn.apply((arn) => JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "sqs:SendMessage", Resource: arn }] })),
    });
`;

const EXPECTED = {
    input: "policy",
    statement: 0,
    message:
        "iam:PassRole on * passes every role of the account: name each role's ARN and its service (iam:PassedToService), as this package's deployerStatements output does",
    rule: "agent-iam-pass-role",
    severity: "mandatory",
    page: PASS_ROLE_PAGE,
    resource: { type: "aws:iam/rolePolicy:RolePolicy", name: "ci-pass-role" },
};

function policyConfig(config: unknown): string {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "policy-config-")), "policy-config.json");
    fs.writeFileSync(file, JSON.stringify(config));
    return file;
}

describe("offline plan: the policy pack's rules over every resource of the program", function () {
    this.timeout(120000);

    it("finds iam:PassRole on * in a hand-written aws.iam.RolePolicy beside this package's roles, naming the resource, and nothing in theirs", async () => {
        const { file } = await planUserProject(userProject(WITH_PASS_ANY_ROLE));
        expect(file.violations).to.deep.equal([EXPECTED]);
    });

    it("finds nothing in this package's own components, whose every role and policy the rules did read", async () => {
        const { file, resources } = await planUserProject(userProject(COMPONENTS));
        expect(file.violations).to.deep.equal([]);
        const read = resources
            .filter((r) => ["aws:iam/role:Role", "aws:iam/rolePolicy:RolePolicy"].includes(r.type))
            .map((r) => [r.name, documentsOf({ type: r.type, name: r.name, props: r.inputs })] as const);
        expect(read.map(([name]) => name).sort()).to.deep.equal([
            "orders-agent",
            "orders-agent-identity",
            "support-runtime",
            "support-runtime-identity",
        ]);
        for (const [name, documents] of read) {
            expect(documents, name).to.have.length(1);
            expect(documents[0].unreadable, name).to.equal(undefined);
            expect(documents[0].statements.length, name).to.be.greaterThan(0);
        }
    });

    it("names the first five resources in violation on exit and counts the rest, so a program of hundreds stays readable", async () => {
        const many = Array.from(
            { length: 7 },
            (_, i) =>
                `new aws.iam.RolePolicy("ci-pass-role-${i}", { role: ci.name, policy: ${PASS_ANY_ROLE} });`,
        ).join("\n");
        const folder = userProject(`
    const ci = new aws.iam.Role("ci-deployer", { assumeRolePolicy: ${LAMBDA_TRUST_POLICY} });
    ${many}`);
        const { code, output } = await runPlanCli(["dev", "--project", folder]);
        expect(code, output).to.equal(4);
        expect(output).to.include(
            "error: 7 mandatory policy violations (agent-iam-pass-role in ci-pass-role-0, agent-iam-pass-role in ci-pass-role-1, agent-iam-pass-role in ci-pass-role-2, agent-iam-pass-role in ci-pass-role-3, agent-iam-pass-role in ci-pass-role-4, and 2 more), shown above",
        );
    });

    it("shows the violation in text with rule, severity, resource, where, message and page, and exits 4 naming it", async () => {
        const folder = userProject(WITH_PASS_ANY_ROLE);
        const { code, output } = await runPlanCli(["dev", "--project", folder]);
        expect(code, output).to.equal(4);
        expect(output).to.include("Stack shop/dev: Policy violations");
        expect(output).to.match(
            /\| agent-iam-pass-role \| mandatory \| aws\.iam\.RolePolicy ci-pass-role \| policy, statement 0 \| iam:PassRole on \* passes every role of the account: .* \| https:\/\/docs\.aws\.amazon\.com\/IAM\/latest\/UserGuide\/id_roles_use_passrole\.html \|/,
        );
        expect(output).to.include(
            "error: 1 mandatory policy violation (agent-iam-pass-role in ci-pass-role), shown above with what to write instead (--policy-config lowers a rule or exempts a resource)",
        );
        const written = JSON.parse(
            fs.readFileSync(path.join(folder, "plan", "dev", "plan.json"), "utf8"),
        ) as PlanFile;
        expect(written.violations).to.deep.equal([EXPECTED]);
    });

    it("shows it in Markdown as a table a reader sees, and in JSON as the plan file's violations, exiting 4 in both", async () => {
        const folder = userProject(WITH_PASS_ANY_ROLE);
        const markdown = await runPlanCli(["dev", "--project", folder, "--format", "markdown"]);
        expect(markdown.code).to.equal(4);
        const shown = visibleText(markdown.output).replace(/\s/g, "");
        expect(shown).to.include("Policyviolations");
        expect(shown).to.include(
            `agent-iam-pass-rolemandatoryaws.iam.RolePolicy ci-pass-rolepolicy, statement 0${EXPECTED.message}${PASS_ROLE_PAGE}`.replace(
                /\s/g,
                "",
            ),
        );
        const json = await runPlanCli(["dev", "--project", folder, "--format", "json"]);
        expect(json.code).to.equal(4);
        const printed = JSON.parse(json.output.slice(0, json.output.lastIndexOf("\nerror:"))) as PlanFile;
        expect(printed.violations).to.deep.equal([EXPECTED]);
    });

    it("exits 0 when --policy-config disables the rule, exempts the resource, or makes the rule advisory (still shown)", async () => {
        const folder = userProject(WITH_PASS_ANY_ROLE);
        const run = (config: unknown) =>
            runPlanCli([
                "dev",
                "--project",
                folder,
                "--policy-config",
                policyConfig(config),
                "--format",
                "json",
            ]);
        const disabled = await run({ "agent-iam-pass-role": "disabled" });
        expect(disabled.code, disabled.output).to.equal(0);
        const disabledFile = JSON.parse(disabled.output) as PlanFile;
        expect(disabledFile.violations).to.deep.equal([]);
        expect(disabledFile.assumptions).to.include(
            "the policy configuration disables agent-iam-pass-role: its violations are not reported",
        );
        const exempt = await run({ "agent-iam-pass-role": { exemptResources: ["ci-pass-role"] } });
        expect(exempt.code, exempt.output).to.equal(0);
        expect((JSON.parse(exempt.output) as PlanFile).violations).to.deep.equal([]);
        const allOff = await run({ all: "disabled" });
        expect(allOff.code, allOff.output).to.equal(0);
        const advisory = await runPlanCli([
            "dev",
            "--project",
            folder,
            "--policy-config",
            policyConfig({ "agent-iam-pass-role": "advisory" }),
        ]);
        expect(advisory.code, advisory.output).to.equal(0);
        expect(advisory.output).to.include(
            "| agent-iam-pass-role | advisory | aws.iam.RolePolicy ci-pass-role |",
        );
        expect(advisory.output).to.include("note: advisory only: the plan does not fail on them");
    });

    it("refuses a --policy-config naming a rule the pack does not have with exit 2, before running the program", async () => {
        const folder = userProject(`${WITH_PASS_ANY_ROLE}\nthrow new Error("the program ran");`);
        const { code, output } = await runPlanCli([
            "dev",
            "--project",
            folder,
            "--policy-config",
            policyConfig({ "agent-iam-passrole": "disabled" }),
        ]);
        expect(code).to.equal(2);
        expect(output).to.match(
            /^error: --policy-config: .*policy-config\.json: "agent-iam-passrole" is not a rule of the pack; did you mean agent-iam-pass-role\?/,
        );
        expect(output).not.to.include("the program ran");
    });

    it("notes an input unknown offline rather than judging it, withholds what it found in an input the program marks secret, and exits 4 before 3", async () => {
        const folder = userProject(SECRET_AND_UNKNOWN);
        const { file } = await planUserProject(folder);
        expect(file.violations).to.deep.equal([
            {
                ...EXPECTED,
                message:
                    "policy is a value the program marks secret, so what the rule found in it is not shown: the plan shows no secret",
            },
        ]);
        expect(file.assumptions).to.include(
            "the policy rules read aws:iam/rolePolicy:RolePolicy ci-jobs without policy, unknown offline (an output of a resource type the plan does not model); the pack judges it in pulumi up, once known",
        );
        // A mandatory violation exits 4 even where a callback not run offline alone exits 3.
        const { code, output } = await runPlanCli(["dev", "--project", folder]);
        expect(code, output).to.equal(4);
        expect(output).to.include("error: callbacks not run offline: index.js:");
    });

    it("exits 3, not 4, for what it cannot know when every violation is advisory", async () => {
        const folder = userProject(SECRET_AND_UNKNOWN);
        const config = policyConfig({ "agent-iam-pass-role": "advisory" });
        const { code, output } = await runPlanCli(["dev", "--project", folder, "--policy-config", config]);
        expect(code, output).to.equal(3);
        expect(output).not.to.include("mandatory policy violation");
    });

    it("documents --policy-config and exit code 4 in --help", async () => {
        const { code, output } = await runPlanCli(["--help"]);
        expect(code).to.equal(0);
        expect(output).to.include("--policy-config FILE  tune the policy pack's rules");
        expect(output).to.include("4 a mandatory\nviolation of the policy pack's rules");
    });

    it("keeps --previous working with a plan.json written before the plan carried violations", async () => {
        const folder = userProject(COMPONENTS);
        const before = fs.mkdtempSync(path.join(os.tmpdir(), "violations-before-"));
        expect((await runPlanCli(["dev", "--project", folder, "--out", before])).code).to.equal(0);
        const older = JSON.parse(fs.readFileSync(path.join(before, "plan.json"), "utf8")) as PlanFile;
        delete older.violations;
        fs.writeFileSync(path.join(before, "plan.json"), JSON.stringify(older));
        const { code, output } = await runPlanCli(["dev", "--project", folder, "--previous", before]);
        expect(code, output).to.equal(0);
        expect(output).to.include(`Changes since ${before}`);
    });
});
