// The review shows a runtime's resource-based policy with each statement's principal, writes it as
// a file beside the role's, and --previous names a principal it gains or loses.
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { diffPlans } from "../../../planner/render/diff";
import { writePlan } from "../../../planner/render/files";
import { renderMarkdown } from "../../../planner/render/markdown";
import { renderPlan } from "../../../planner/render/text";
import { planRuntime, runtimeArgs } from "../../support/agentCoreFixtures";
import { planFileOf } from "../../support/plan";
import { visibleText } from "../../support/visibleText";

const OTHER = "arn:aws:iam::210987654321:role/support-app";
const THIRD = "arn:aws:iam::444455556666:role/billing-app";
const fileOf = (principals: string[]) =>
    planFileOf([
        {
            component: "support-runtime",
            plan: planRuntime({
                ...runtimeArgs(),
                resourcePolicy: { principals, sourceVpcs: ["vpc-1a2b3c4d"] },
            }),
        },
    ]);

describe("planner: a resource-based policy in the review", () => {
    it("shows each statement with its principal, in text and Markdown, and says where to attach it", () => {
        const file = fileOf([OTHER]);
        for (const shown of [renderPlan(file), visibleText(renderMarkdown(file))]) {
            expect(shown).to.include(
                "Resource-based policy: attach to the runtime and to each endpoint called (aws.bedrock.AgentcoreResourcePolicy)",
            );
            expect(shown).to.include(OTHER);
            expect(shown).to.include("DenyCallsFromOutsideVpcs");
            expect(shown).to.match(/aws:SourceVpc/);
        }
    });

    it("writes the statements as a file of the component's folder", () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), "resource-policy-"));
        const written = writePlan(fileOf([OTHER]), folder);
        const name = written.find((f) => f.endsWith("resource-policy-statements.json"));
        expect(name, written.join(", ")).to.be.a("string");
        const statements = JSON.parse(fs.readFileSync(path.join(folder, name as string), "utf8"));
        expect(statements.map((s: { Sid: string }) => s.Sid)).to.deep.equal([
            "AllowOtherAccountsPrincipals",
            "DenyCallsFromOutsideVpcs",
        ]);
        fs.rmSync(folder, { recursive: true });
    });

    it("names, after --previous, each principal whose grant changed: the one gained, and the one whose pinned accounts widened", () => {
        const diff = diffPlans(fileOf([OTHER]), fileOf([OTHER, THIRD]));
        const line = (principal: string, accounts: string) =>
            `support-runtime: resource policy: Allow ${principal} bedrock-agentcore:InvokeAgentRuntime when StringEquals aws:PrincipalAccount = ${accounts}`;
        expect(diff.added).to.deep.equal([
            line(OTHER, "210987654321, 444455556666"),
            line(THIRD, "210987654321, 444455556666"),
        ]);
        expect(diff.removed).to.deep.equal([line(OTHER, "210987654321")]);
    });
});
