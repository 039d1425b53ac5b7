import { expect } from "chai";
import { ArgumentError } from "../../components/iam/argumentError";
import { configKeyOf, inConfigTerms } from "../../program/configTerms";

describe("configTerms (errors restated about the config key that set the argument)", () => {
    it("names the config key for an error about a component argument", () => {
        expect(configKeyOf("proj", "knowledgeBases[2]")).to.equal("proj:knowledgeBases[2]");
        expect(configKeyOf("proj", "quotas.managedPoliciesPerRole")).to.equal("proj:managedPoliciesPerRole");
        expect(configKeyOf("proj", "thirdPartyKnowledgeBases[1].credentialsSecretArn")).to.equal(
            "proj:thirdPartyKnowledgeBaseSecrets[1]",
        );
    });

    it("restates an argument's error about its config key, a map key with a colon included, and leaves a config key's own error as it is", () => {
        const restated = (argument: string) =>
            (inConfigTerms(new ArgumentError(argument, "is wrong", "x"), "proj") as ArgumentError).argument;
        expect(
            restated('inferenceProfileDestinations["us.anthropic.claude-sonnet-4-20250514-v1:0"]'),
        ).to.equal('proj:inferenceProfileDestinations["us.anthropic.claude-sonnet-4-20250514-v1:0"]');
        expect(restated('inferenceProfileDestinations["us.meta.llama3-2-1b-instruct-v1:0"][1]')).to.equal(
            'proj:inferenceProfileDestinations["us.meta.llama3-2-1b-instruct-v1:0"][1]',
        );
        expect(restated("guardrails[0].crossRegionProfile")).to.equal(
            "proj:guardrails[0].crossRegionProfile",
        );
        expect(restated("proj:foundationModels[0]")).to.equal("proj:foundationModels[0]");
        expect(restated("aws:region")).to.equal("aws:region");
    });
});
