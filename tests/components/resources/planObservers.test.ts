import { expect } from "chai";
import { BedrockAgentRole } from "../../../components/agents/bedrockAgentRole";
import { ObservedPlan, observePlans } from "../../../components/resources/planObservers";
import * as pulumi from "@pulumi/pulumi";
import { deployed } from "../../support/componentRun";
import { fullArgs, minimalArgs } from "../../support/fixtures";
import { plan } from "../../support/plan";
import { installMocks, settle } from "../../support/pulumiMocks";

describe("planObservers", () => {
    it("hands an observer the plan of every component constructed while it observes, and no other", async () => {
        await installMocks();
        const observed: ObservedPlan[] = [];
        const stop = observePlans((p) => observed.push(p));
        new BedrockAgentRole("support-agent", minimalArgs());
        stop();
        new BedrockAgentRole("after", minimalArgs());
        expect(observed.map((o) => o.name)).to.deep.equal(["support-agent"]);
        expect((await settle(observed[0].plan)).value).to.deep.equal(plan(minimalArgs()));
    });

    it("changes nothing the component declares or outputs, even when the observer throws or mutates what it gets", async () => {
        const run = async (observer?: (observed: ObservedPlan) => void) => {
            const recorded = await installMocks();
            const stop = observer ? observePlans(observer) : () => undefined;
            try {
                const args = fullArgs();
                const component = new BedrockAgentRole("support-agent", args);
                const outputs = await settle(
                    pulumi.all([component.identityPolicy, component.trustPolicy, component.callerPolicy]),
                );
                await deployed(component);
                // The caller's args are as the caller wrote them.
                expect(args).to.deep.equal(fullArgs());
                return { outputs: outputs.value, resources: recorded.map((r) => [r.type, r.name, r.inputs]) };
            } finally {
                stop();
            }
        };
        const alone = await run();
        const watched = await run(() => undefined);
        // Every change is tried, each refused (the view and the args' copy are frozen), then it throws.
        const refused: boolean[] = [];
        const attempt = (change: () => void) => {
            try {
                change();
                refused.push(false);
            } catch {
                refused.push(true);
            }
        };
        const hostile = await run((observed) => {
            const args = observed.args as {
                knowledgeBases: string[];
                actionGroups: { lambdaFunction: string }[];
            };
            attempt(() => ((observed as { name: string }).name = "other"));
            attempt(() => args.knowledgeBases.push("KB99999999"));
            attempt(() => (args.actionGroups[1].lambdaFunction = "attacker-function"));
            attempt(() => ((args as { foundationModels?: unknown }).foundationModels = ["*"]));
            throw new Error("observer failed");
        });
        expect(watched).to.deep.equal(alone);
        expect(hostile).to.deep.equal(alone);
        expect(refused).to.deep.equal([true, true, true, true]);
    });
});
