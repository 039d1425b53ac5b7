// The harness's role from its arguments: the name AgentCore accepts, its network mode, its models
// (none needed), the runtime AgentCore runs it on, each checked before anything is created.
import { expect } from "chai";
import { harnessArgs, harnessFailure, planHarness } from "../../support/agentCoreFixtures";

describe("AgentCoreHarnessRole: arguments and documents", () => {
    it("refuses a harness name CreateHarness refuses: a '-', more than 40 characters, a digit first", () => {
        for (const name of ["support-harness", `h${"a".repeat(40)}`, "1harness", ""]) {
            const error = harnessFailure({ ...harnessArgs(), harnessName: name });
            expect(error.argument, name).to.equal("harnessName");
        }
        expect(
            planHarness({ ...harnessArgs(), harnessName: `h${"a".repeat(39)}` }).resourceName,
        ).to.have.length(40);
    });

    it("refuses a network mode other than PUBLIC and VPC, and an image of another account", () => {
        const mode = harnessFailure({ ...harnessArgs(), networkMode: "vpc" });
        expect(mode.argument).to.equal("networkMode");
        expect(mode.problem).to.equal('"vpc" is not a network mode of the harness (PUBLIC or VPC)');
        const image = harnessFailure({
            ...harnessArgs(),
            containerRepository: "arn:aws:ecr:us-east-1:210987654321:repository/support-harness",
        });
        expect(image.argument).to.equal("containerRepository");
    });

    it("grants no model when none is named (a harness may call OpenAI or Gemini with an API key), and tells an empty list to be left out", () => {
        const plan = planHarness({ ...harnessArgs(), foundationModels: undefined });
        expect(
            plan.inlinePolicy.Statement.flatMap((s) => s.Action).filter((a) => a.startsWith("bedrock:")),
        ).to.deep.equal([]);
        expect(harnessFailure({ ...harnessArgs(), foundationModels: [] }).problem).to.match(
            /^is empty, but a harness needs no model: leave foundationModels out/,
        );
    });

    it("names its log groups and workload identities after the runtime AgentCore runs it on, harness_<name>", () => {
        const plan = planHarness(harnessArgs());
        const resources = plan.inlinePolicy.Statement.flatMap((s) => s.Resource ?? []);
        expect(resources).to.include(
            "arn:aws:logs:us-east-1:123456789012:log-group:/aws/bedrock-agentcore/runtimes/harness_support_harness-??????????-*",
        );
        expect(resources).to.include(
            "arn:aws:bedrock-agentcore:us-east-1:123456789012:workload-identity-directory/default/workload-identity/harness_support_harness-??????????",
        );
        expect(plan.kind).to.equal("harness");
        expect(plan.roleName).to.match(/^AgentCoreHarness_/);
    });
});
