import { expect } from "chai";
import { argumentErrorFrom } from "../support/argumentErrors";
import { configSource } from "../support/configSource";
import { AGENT_CONFIG_KEYS, DEFAULT_AGENT_NAME } from "../../program/agentConfig";
import { roleFromConfig } from "../../program/stackConfig";
import { AGENT_ARGUMENT_NAMES } from "../../components/agents/agentArguments";

const read = (values: Record<string, unknown>) => {
    const role = roleFromConfig(configSource(values), "proj", Object.keys(values));
    expect(role.kind, "an agent's role unless roleKind says otherwise").to.equal("agent");
    return role;
};
const failure = (values: Record<string, unknown>) => argumentErrorFrom(() => read(values));

describe("agentConfig (the stack's config of an agent's role)", () => {
    it("maps each config key to the argument of the same name, and the flat keys into their structures", () => {
        const { name, args } = read({
            agentName: "support",
            foundationModels: ["amazon.nova-pro-v1:0"],
            streaming: false,
            actionGroups: [
                { name: "orders", lambdaFunction: "orders-fn", apiSchema: { bucket: "b-1", key: "k.json" } },
            ],
            knowledgeBases: ["KB12345678"],
            thirdPartyKnowledgeBaseSecrets: ["arn:aws:secretsmanager:us-east-1:123456789012:secret:p-AbC123"],
            maxSessionDuration: 7200,
            trustPolicySize: 4096,
        });
        expect(name).to.equal("support");
        expect(args).to.deep.equal({
            foundationModels: ["amazon.nova-pro-v1:0"],
            streaming: false,
            actionGroups: [
                { name: "orders", lambdaFunction: "orders-fn", apiSchema: { bucket: "b-1", key: "k.json" } },
            ],
            knowledgeBases: ["KB12345678"],
            thirdPartyKnowledgeBases: [
                { credentialsSecretArn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:p-AbC123" },
            ],
            maxSessionDuration: 7200,
            quotas: { trustPolicySize: 4096 },
        });
        expect(read({}).name).to.equal(DEFAULT_AGENT_NAME);
    });

    it("has a config key for every argument of the component but tags, the flat keys standing for their structures", () => {
        const covered = Object.keys(AGENT_CONFIG_KEYS).map(
            (key) =>
                ({
                    agentName: "",
                    thirdPartyKnowledgeBaseSecrets: "thirdPartyKnowledgeBases",
                    trustPolicySize: "quotas",
                    managedPoliciesPerRole: "quotas",
                })[key] ?? key,
        );
        const missing = AGENT_ARGUMENT_NAMES.filter((argument) => !covered.includes(argument));
        expect(missing).to.have.members(["tags", "partition"]);
    });

    it("takes each argument of a 2026 agent from the key of the same name", () => {
        const values = {
            guardrails: [{ guardrail: "gr1234abcd56", crossRegionProfile: "us.guardrail.v1:0" }],
            collaborators: ["COLLAB0001/ALIAS00001"],
            prompts: ["PROMPT1234:2"],
            codeInterpreterFiles: [{ bucket: "agent-files", key: "sales/2026.csv" }],
            customOrchestration: { lambdaFunction: "orchestrator" },
            memoryEncryptionKey: "9abcabcd-12ab-34cd-56ef-1234567890ab",
            agentAliases: ["AGENT12345/LIVE000001"],
            extraStatements: [
                {
                    sid: "ReadSales",
                    actions: ["dynamodb:GetItem"],
                    resources: ["arn:aws:dynamodb:us-east-1:123456789012:table/sales"],
                },
            ],
            existingRole: "support-agent-role",
            lambdaAgentIds: ["AGENT12345"],
        };
        const { args } = read(values);
        expect(args).to.deep.include(values);
        expect(failure({ guardrails: { guardrail: "gr1234abcd56" } }).message).to.match(
            /^proj:guardrails: must be a list/,
        );
        expect(failure({ customOrchestration: ["orchestrator"] }).message).to.match(
            /^proj:customOrchestration: must be a map/,
        );
    });

    it("refuses a value of the wrong shape, naming the full config key with an example", () => {
        expect(failure({ foundationModels: "amazon.nova-pro-v1:0" }).message).to.match(
            /^proj:foundationModels: "amazon.nova-pro-v1:0" is not a list\. Example of a valid value: \[/,
        );
        expect(failure({ foundationModels: [1, 2] }).message).to.match(
            /^proj:foundationModels: must be a list of strings/,
        );
        expect(failure({ streaming: "yes" }).argument).to.equal("proj:streaming");
        expect(failure({ maxSessionDuration: 1.5 }).message).to.match(
            /^proj:maxSessionDuration: must be a whole number/,
        );
    });

    it("shows an example of the key's own kind when its value is refused", () => {
        expect(failure({ knowledgeBases: "KB12345678" }).example).to.equal('["KB12345678"]');
        expect(failure({ agentIds: [1] }).example).to.equal('["AGENT12345"]');
        expect(failure({ trustPolicySize: "big" }).message).to.match(
            /^proj:trustPolicySize: "big" is not a whole number/,
        );
    });

    it("refuses a component name Pulumi or a reader would misread (empty, spaced, a URN separator), naming agentName", () => {
        for (const agentName of ["", " support", "support agent", "a::b", "-support", "a".repeat(101)]) {
            const error = failure({ agentName });
            expect(error.argument, JSON.stringify(agentName)).to.equal("proj:agentName");
            expect(error.message).to.match(/is not a component name/);
        }
        expect(read({ agentName: "support-agent_2.prod" }).name).to.equal("support-agent_2.prod");
    });

    it("refuses an unknown key of the project, so a typo never silently changes the grant", () => {
        expect(failure({ knowledgeBase: ["KB12345678"] }).message).to.match(
            /^proj:knowledgeBase: is not a config key of this program; did you mean knowledgeBases\?/,
        );
    });
});
