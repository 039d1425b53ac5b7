// A secret inside a structured config value is refused as a secret the plan cannot read, naming its
// path, not handed to the program as an object it would report as a wrong type.
import { expect } from "chai";
import { readPulumiProject } from "../../../planner/run/pulumiProject";
import { readStackFile } from "../../../planner/run/stackFile";
import { argumentErrorFrom } from "../../support/argumentErrors";
import { userProject } from "../../support/userProject";

/** Reads the stack `dev` whose file is `stack`. */
const read = (stack: string) => {
    const folder = userProject("", "name: shop\nruntime: nodejs\n", stack);
    return readStackFile("dev", readPulumiProject(folder));
};

describe("stack file: secrets inside structured values", () => {
    it("refuses a secret set with --path --secret, naming its config path", () => {
        const error = argumentErrorFrom(() =>
            read(
                [
                    "config:",
                    "  aws:region: us-east-1",
                    "  shop:guardrails:",
                    "    - guardrail: gr1234abcd56",
                    "      kmsKey:",
                    "        secure: v1:AAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAAAA",
                ].join("\n"),
            ),
        );
        expect(error.argument).to.equal("shop:guardrails[0].kmsKey");
        expect(error.problem).to.equal(
            "is a secret inside a structured config value (pulumi config set --path --secret), which the offline plan cannot read",
        );
    });

    it("names a map key that is not an identifier as pulumi config set --path writes it", () => {
        const error = argumentErrorFrom(() =>
            read(
                [
                    "config:",
                    "  aws:region: us-east-1",
                    "  shop:inferenceProfileDestinations:",
                    "    us.anthropic.claude-sonnet-4-20250514-v1:0:",
                    "      - secure: v1:AAAAAAAAAAAAAAAA:AAAAAAAAAAAAAAAAAAAAAAAA",
                ].join("\n"),
            ),
        );
        expect(error.argument).to.equal(
            'shop:inferenceProfileDestinations["us.anthropic.claude-sonnet-4-20250514-v1:0"][0]',
        );
    });

    it("hands structured values without secrets to the program as JSON, as the Pulumi CLI does", () => {
        const stack = read(
            "config:\n  aws:region: us-east-1\n  shop:guardrails:\n    - guardrail: gr1234abcd56\n      secure: false\n",
        );
        expect(JSON.parse(stack.config["shop:guardrails"])).to.deep.equal([
            { guardrail: "gr1234abcd56", secure: false },
        ]);
    });
});
