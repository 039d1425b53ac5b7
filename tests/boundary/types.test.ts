import { expect } from "chai";
import { BedrockAgentRole } from "../../components/agents/bedrockAgentRole";
import type { BedrockAgentRoleArgs } from "../../components/agents/bedrockAgentRoleArgs";
import { argumentErrorFrom } from "../support/argumentErrors";
import { minimalArgs } from "../support/fixtures";
import { planFailure, PlainArgs } from "../support/plan";
import { installMocks } from "../support/pulumiMocks";

/** Args as an untyped caller (JavaScript, Python, YAML) may give them. */
const untyped = (extra: Record<string, unknown>) => ({ ...minimalArgs(), ...extra }) as unknown as PlainArgs;

describe("boundary: values of the wrong type from untyped callers", () => {
    it("refuses a string where a boolean belongs, which would otherwise turn streaming on", () => {
        expect(planFailure(untyped({ streaming: "false" })).message).to.equal(
            'streaming: must be true or false, not the string "false". Example of a valid value: true',
        );
    });

    for (const [argument, value, expected] of [
        ["knowledgeBases", null, /^knowledgeBases: must be a list, not null; leave the argument out instead/],
        ["knowledgeBases", "KB12345678", /^knowledgeBases: must be a list, not the string/],
        ["knowledgeBases", [42], /^knowledgeBases\[0\]: must be a string, not the number 42/],
        ["foundationModels", [{ id: "m" }], /^foundationModels\[0\]: must be a string, not a map/],
        ["customerEncryptionKey", 7, /^customerEncryptionKey: must be a string, not the number 7/],
        ["agentIds", [null], /^agentIds\[0\]: must be a string, not null/],
        ["maxSessionDuration", "3600", /^maxSessionDuration: must be a number, not the string "3600"/],
        ["tags", ["team"], /^tags: must be a map of tag names to values, not a list/],
        ["tags", { team: 1 }, /^tags\["team"\]: must be a string, not the number 1/],
        ["quotas", { trustPolicySize: "4096" }, /^quotas\.trustPolicySize: must be a number/],
        [
            "thirdPartyKnowledgeBases",
            [{ credentialsSecretArn: null }],
            /^thirdPartyKnowledgeBases\[0\]\.credentialsSecretArn: must be a string, not null/,
        ],
        [
            "actionGroups",
            [{ name: "orders", apiSchema: "s3://b/k" }],
            /^actionGroups\[0\]\.apiSchema: must be a map, not the string/,
        ],
    ] as const) {
        it(`names ${argument} when it holds ${JSON.stringify(value)}`, () => {
            expect(planFailure(untyped({ [argument]: value })).message).to.match(expected);
        });
    }

    it("refuses an argument name it does not know, so a typo never drops a grant", () => {
        expect(planFailure(untyped({ knowledgeBase: ["KB12345678"] })).message).to.match(
            /^knowledgeBase: is not a known argument; did you mean knowledgeBases\? \(known: foundationModels, streaming, inferenceProfileDestinations, actionGroups, /,
        );
    });

    it("refuses a field name it does not know inside an argument", () => {
        expect(planFailure(untyped({ quotas: { trustPolicySizes: 4096 } })).argument).to.equal(
            "quotas.trustPolicySizes",
        );
        expect(
            planFailure(untyped({ thirdPartyKnowledgeBases: [{ credentialsSecret: "x" }] })).argument,
        ).to.equal("thirdPartyKnowledgeBases[0].credentialsSecret");
    });

    it("refuses an empty agentIds, which would otherwise admit every agent of the account", () => {
        expect(planFailure(untyped({ agentIds: [] })).message).to.match(
            /^agentIds: is empty, which would admit no agent/,
        );
    });

    it("refuses args that are not a map at all, as the component is constructed", async () => {
        await installMocks();
        const error = argumentErrorFrom(
            () => new BedrockAgentRole("bad", null as unknown as BedrockAgentRoleArgs),
        );
        expect(error.message).to.match(/^bad: args: must be a map, not null/);
    });
});
