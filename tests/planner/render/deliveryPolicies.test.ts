// The review shows each log destination's policy with its principal, in text and Markdown, writes
// it beside the role's other documents, and --previous names each grant it adds or removes.
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { diffPlans } from "../../../planner/render/diff";
import { writePlan } from "../../../planner/render/files";
import { renderMarkdown } from "../../../planner/render/markdown";
import { renderPlan } from "../../../planner/render/text";
import { memoryArgs, planMemory } from "../../support/agentCoreFixtures";
import { planFileOf } from "../../support/plan";
import { visibleText } from "../../support/visibleText";

const GROUP = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/support_memory";
const delivering = planMemory({
    ...memoryArgs(),
    logDelivery: [
        {
            source: "support_memory-logs",
            logType: "APPLICATION_LOGS",
            destination: "support_memory-cwl",
            logGroup: "/aws/vendedlogs/support_memory",
        },
        {
            source: "support_memory-traces",
            logType: "TRACES",
            destination: "support_memory-xray",
            xray: true,
        },
    ],
});
const fileOf = (plan: ReturnType<typeof planMemory>) => planFileOf([{ component: "support-memory", plan }]);

describe("planner: the policies of a resource's log destinations", () => {
    it("shows each policy, titled by what it is attached to, with delivery.logs.amazonaws.com as its principal, in text and Markdown", () => {
        const titles = [
            `Resource policy of log group ${GROUP} (aws.cloudwatch.LogResourcePolicy, resourceArn)`,
            "X-Ray resource policy AgentCore-memory-support_memory-traces (aws.xray.ResourcePolicy)",
        ];
        const text = renderPlan(fileOf(delivering));
        const markdown = visibleText(renderMarkdown(fileOf(delivering)));
        for (const review of [text, markdown]) {
            for (const title of titles) {
                const at = review.indexOf(title);
                expect(at, title).to.be.above(0);
                expect(review.slice(at, at + 2000)).to.include("delivery.logs.amazonaws.com");
            }
        }
        expect(text).to.include("logs:PutLogEvents");
        expect(text).to.include("xray:PutTraceSegments");
    });

    it("names each delivery grant added since --previous, with its principal and conditions", () => {
        const diff = diffPlans(fileOf(planMemory(memoryArgs())), fileOf(delivering));
        expect(diff.added).to.include(
            `support-memory: logGroup policy ${GROUP}: delivery.logs.amazonaws.com may logs:PutLogEvents on ${GROUP}:log-stream:* when ArnLike aws:SourceArn = arn:aws:logs:us-east-1:123456789012:delivery-source:*; StringEquals aws:SourceAccount = 123456789012`,
        );
        expect(
            diff.added.filter((line) => line.includes("xray policy AgentCore-memory-support_memory-traces")),
        ).to.have.length(1);
        expect(diffPlans(fileOf(delivering), fileOf(planMemory(memoryArgs()))).removed.length).to.be.above(1);
    });

    it("writes the policies as the component outputs them, beside the role's other documents", () => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), "plan-delivery-"));
        const written = writePlan(fileOf(delivering), folder);
        expect(written).to.include(path.join("support-memory", "delivery-policies.json"));
        const policies = JSON.parse(
            fs.readFileSync(path.join(folder, "support-memory", "delivery-policies.json"), "utf8"),
        );
        expect(Object.keys(policies.logGroups)).to.deep.equal([GROUP]);
        fs.rmSync(folder, { recursive: true });
    });
});
