// A model AWS serves only through inference profiles, given on demand, would fail at the agent's
// first invocation: AWS is asked (GetFoundationModel) and the argument refused, naming the profiles.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import { BedrockAgentRole } from "../../../components/agents/bedrockAgentRole";
import { reportedArgumentError } from "../../support/argumentErrors";
import { plan } from "../../support/plan";
import { installMocks, settle } from "../../support/pulumiMocks";

const SONNET_45 = "anthropic.claude-sonnet-4-5-20250929-v1:0";
const GET_MODEL = "aws:bedrockfoundation/getModel:getModel";

describe("BedrockAgentRole: models served only through inference profiles", () => {
    it("refuses such a model given on demand, as AWS answers through the component's provider, naming the profiles that serve it", async () => {
        const calls: pulumi.runtime.MockCallArgs[] = [];
        const eu = { partition: "aws", account: "123456789012", region: "eu-west-1" };
        await installMocks({
            environment: eu,
            calls,
            foundationModels: { [SONNET_45]: ["INFERENCE_PROFILE"] },
        });
        const provider = new aws.Provider("eu", { region: "eu-west-1" });
        const refused = await reportedArgumentError(
            () =>
                new BedrockAgentRole("support-agent", { foundationModels: [SONNET_45] }, { provider })
                    .roleArn,
        );
        expect(refused.argument).to.equal("foundationModels[0]");
        expect(refused.problem).to.match(
            /served only through an inference profile in eu-west-1, not on demand/,
        );
        expect(refused.example).to.equal(`eu.${SONNET_45} or global.${SONNET_45}`);
        const [call] = calls.filter((c) => c.token === GET_MODEL);
        expect(call.inputs).to.deep.equal({ modelId: SONNET_45, region: "eu-west-1" });
        expect(call.provider).to.match(/::eu::/);
    });

    it("grants on demand what AWS says it serves on demand, whatever the package's table says", async () => {
        await installMocks({ foundationModels: { [SONNET_45]: ["ON_DEMAND", "INFERENCE_PROFILE"] } });
        const component = new BedrockAgentRole("support-agent", { foundationModels: [SONNET_45] });
        expect((await settle(component.identityPolicy)).value).to.include(`foundation-model/${SONNET_45}`);
    });

    it("warns from the table, citing it, where AWS cannot be asked (planAgentPermissions)", () => {
        const planned = plan({ foundationModels: [SONNET_45] });
        expect(planned.warnings).to.deep.equal([
            `foundationModels[0]: "${SONNET_45}" is served only through an inference profile in us-east-1, not on demand ` +
                "(its inference types: INFERENCE_PROFILE), so the agent would fail at its first invocation, by the " +
                `package's table of such models; use us.${SONNET_45} or global.${SONNET_45}`,
        ]);
        expect(plan({ foundationModels: [`us.${SONNET_45}`] }).warnings).to.deep.equal([]);
    });
});
