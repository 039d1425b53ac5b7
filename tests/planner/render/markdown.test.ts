// The Markdown a pull request shows: every grant visible, whatever the names and values hold.
import { expect } from "chai";
import { renderMarkdown } from "../../../planner/render/markdown";
import type { PlanFile } from "../../../planner/planFile";
import { fullArgs } from "../../support/fixtures";
import { agentPlan, plan, planFileOf } from "../../support/plan";
import { visibleText } from "../../support/visibleText";

const HOSTILE = [
    "a`b<!--",
    "--> <script>alert(1)</script>",
    "*bold* | cell",
    "</code></td></tr></table>",
    "[x](javascript:y)",
    "```",
];

function hostilePlan(): PlanFile {
    const planned = plan({
        ...fullArgs(),
        extraStatements: [
            {
                sid: "ReadTagged",
                actions: ["dynamodb:GetItem"],
                resources: ["arn:aws:dynamodb:us-east-1:123456789012:table/orders"],
                conditions: [{ operator: "StringEquals", key: "aws:ResourceTag/team", values: HOSTILE }],
            },
        ],
    });
    return planFileOf([{ component: "orders`<!--agent", plan: planned }], {
        project: "shop",
        stack: "prod`<!--",
        assumptions: ["a note with <!-- in it"],
    });
}

describe("planner: the Markdown report, as a reader sees it rendered", () => {
    it("shows every granted action, resource and condition value of the plan as visible text", () => {
        const file = hostilePlan();
        const seen = visibleText(renderMarkdown(file));
        const statements = [
            ...file.roles[0].plan.inlinePolicy.Statement,
            ...file.roles[0].plan.trustPolicy.Statement,
        ];
        const granted = statements.flatMap((s) => [
            ...s.Action,
            ...("Resource" in s && s.Resource ? s.Resource : []),
            ...Object.values(s.Condition ?? {}).flatMap((keys) => Object.values(keys ?? {}).flat()),
        ]);
        expect(granted).to.include.members(HOSTILE);
        expect(granted.filter((value) => !seen.includes(value))).to.deep.equal([]);
    });

    it("shows hostile component and stack names and notes as text, hiding nothing after them", () => {
        const file = hostilePlan();
        const seen = visibleText(
            renderMarkdown(file, {
                added: ["+ a <!-- b"],
                removed: [],
                moved: [],
                replaced: [],
                notCompared: [],
            }),
        );
        expect(seen).to.include("orders`<!--agent");
        expect(seen).to.include("shop/prod`<!--");
        expect(seen).to.include("a note with <!-- in it");
        expect(seen).to.include("+ a <!-- b");
        // What follows the names is still there: the last section of the role.
        expect(seen).to.include(agentPlan(file.roles[0].plan).lambdaPermissions[0].function);
    });
});
