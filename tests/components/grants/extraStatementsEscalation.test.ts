// Extra statements may not let the role rewrite its own permissions or trust, and grant privilege
// escalation only when the statement says so, which the component logs and the plan shows.
import { expect } from "chai";
import { BedrockAgentRole } from "../../../components/agents/bedrockAgentRole";
import { renderMarkdown } from "../../../planner/render/markdown";
import { renderPlan } from "../../../planner/render/text";
import { loggedWarnings } from "../../support/componentRun";
import { minimalArgs } from "../../support/fixtures";
import { visibleText } from "../../support/visibleText";
import { plan, planFailure, planFileOf, PlainArgs } from "../../support/plan";
import { installMocks, settle } from "../../support/pulumiMocks";

type Extra = NonNullable<PlainArgs["extraStatements"]>[number];
const withExtra = (...extra: Extra[]) => ({ ...minimalArgs(), extraStatements: extra });
const WORKER = "arn:aws:iam::123456789012:role/report-worker";
const passRole = (more: Partial<Extra> = {}): Extra => ({
    sid: "PassReportWorker",
    actions: ["iam:PassRole"],
    resources: [WORKER],
    ...more,
});

describe("capability: extra statements and privilege escalation", () => {
    it("refuses a privilege-escalation action unless the statement opts in, naming the actions", () => {
        const refused = planFailure(withExtra(passRole()));
        expect(refused.argument).to.equal("extraStatements[0].actions");
        expect(refused.problem).to.match(/^iam:PassRole let the role gain permissions it was not given/);
        expect(
            planFailure(withExtra({ sid: "Hop", actions: ["STS:assumerole"], resources: [WORKER] })).problem,
        ).to.match(/^sts:AssumeRole let the role/);
    });

    it("grants an opted-in statement and flags it in the plan's warnings", () => {
        const planned = plan(withExtra(passRole({ allowsPrivilegeEscalation: true })));
        expect(planned.inlinePolicy.Statement.map((s) => s.Sid)).to.include("PassReportWorker");
        expect(planned.warnings).to.deep.equal([
            "extraStatements[0] (PassReportWorker) grants privilege-escalation actions, opted in with allowsPrivilegeEscalation: iam:PassRole",
        ]);
    });

    it("shows the flag in the plan's text and Markdown, and logs it from the component", async () => {
        const planned = plan(withExtra(passRole({ allowsPrivilegeEscalation: true })));
        const file = planFileOf([{ component: "support-agent", plan: planned }]);
        expect(renderPlan(file)).to.include(
            "warning: extraStatements[0] (PassReportWorker) grants privilege-escalation",
        );
        expect(visibleText(renderMarkdown(file))).to.include(
            "extraStatements[0] (PassReportWorker) grants privilege-escalation",
        );
        await installMocks();
        const logged = await loggedWarnings(async () => {
            await settle(
                new BedrockAgentRole(
                    "support-agent",
                    withExtra(passRole({ allowsPrivilegeEscalation: true })),
                ).callerPolicy,
            );
        });
        expect(logged.join("\n")).to.include(
            "extraStatements[0] (PassReportWorker) grants privilege-escalation",
        );
    });

    it("refuses an opt-in on a statement that grants no privilege escalation", () => {
        const refused = planFailure(
            withExtra({
                sid: "ReadOrders",
                actions: ["dynamodb:GetItem"],
                resources: ["arn:aws:dynamodb:us-east-1:123456789012:table/orders"],
                allowsPrivilegeEscalation: true,
            }),
        );
        expect(refused.argument).to.equal("extraStatements[0].allowsPrivilegeEscalation");
    });

    it("refuses, even opted in, statements that let the role change its own policies or trust", () => {
        const own = plan(minimalArgs()).roleArn;
        for (const [action, resource] of [
            ["iam:PutRolePolicy", own],
            ["iam:UpdateAssumeRolePolicy", own],
            ["iam:AttachRolePolicy", "arn:aws:iam::123456789012:role/AmazonBedrock*"],
            ["iam:CreatePolicyVersion", `${own.replace(":role/", ":policy/")}-RetrieveFromKnowledgeBases`],
        ]) {
            const refused = planFailure(
                withExtra({
                    sid: "Rewrite",
                    actions: [action],
                    resources: [resource],
                    allowsPrivilegeEscalation: true,
                }),
            );
            expect(refused.argument, action).to.equal("extraStatements[0].resources");
            expect(refused.problem, action).to.match(
                /would let the role change its own permissions or trust/,
            );
        }
    });
});
