// The policy violations section, as text and as a pull request's reader sees it: whatever a
// resource's name holds, the row shows it whole and the table keeps its shape; the rule's AWS page
// is a link.
import { expect } from "chai";
import MarkdownIt from "markdown-it";
import type { Violation } from "../../../policies/agentIamRule";
import type { PlanFile } from "../../../planner/planFile";
import { renderMarkdown } from "../../../planner/render/markdown";
import { renderPlan } from "../../../planner/render/text";
import { fullArgs } from "../../support/fixtures";
import { plan, planFileOf } from "../../support/plan";
import { visibleText } from "../../support/visibleText";

const PAGE = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html";

const violation = (name: string, severity: Violation["severity"]): Violation => ({
    rule: "agent-iam-pass-role",
    severity,
    page: PAGE,
    resource: { type: "aws:iam/rolePolicy:RolePolicy", name },
    input: "policy",
    statement: 2,
    message: "iam:PassRole on * passes every role of the account",
});

function fileWith(violations: Violation[]): PlanFile {
    return {
        ...planFileOf([{ component: "orders-agent", plan: plan(fullArgs()) }], {
            project: "shop",
            stack: "prod",
        }),
        violations,
    };
}

describe("planner: the policy violations section", () => {
    it("shows a hostile resource name whole in Markdown, one row per violation, and the AWS page as a link", () => {
        const hostile = "ci`<!--|*x*</code>";
        const markdown = renderMarkdown(
            fileWith([violation(hostile, "mandatory"), violation("b", "advisory")]),
        );
        const seen = visibleText(markdown);
        expect(seen).to.include(`aws.iam.RolePolicy ${hostile}`);
        expect(seen).to.include("policy, statement 2");
        const html = new MarkdownIt({ html: true, linkify: true }).render(markdown);
        const table = html.slice(html.indexOf("Policy violations"));
        expect(table.match(/<tr>/g)).to.have.length(3);
        expect(table.match(new RegExp(`<a href="${PAGE}">${PAGE}</a>`, "g"))).to.have.length(2);
        expect(seen).to.include("1 mandatory violation: the plan fails until it is fixed");
    });

    it("says there are none, in text and Markdown, when no rule finds anything", () => {
        const file = fileWith([]);
        expect(renderPlan(file)).to.match(/Stack shop\/prod: Policy violations\n\(none\)$/);
        expect(renderMarkdown(file)).to.include("### Policy violations\n\nNone.");
    });

    it("shows the plan's notes with the violations when no role shows them: what the configuration waived", () => {
        const note = "the policy configuration disables agent-iam-pass-role: its violations are not reported";
        const file: PlanFile = { ...fileWith([]), roles: [], assumptions: [note] };
        expect(renderPlan(file)).to.include(`Stack shop/prod: Policy violations\nnote: ${note}\n(none)`);
        expect(renderPlan(fileWith([]))).not.to.include(`Policy violations\nnote:`);
    });

    it("says advisory violations do not fail the plan", () => {
        const text = renderPlan(fileWith([violation("ci-pass-role", "advisory")]));
        expect(text).to.include(
            "| agent-iam-pass-role | advisory | aws.iam.RolePolicy ci-pass-role | policy, statement 2 |",
        );
        expect(text).to.include("note: advisory only: the plan does not fail on them");
    });
});
