// The adversarial suite's bases are what it claims: valid args, naming every argument.
import { expect } from "chai";
import { AGENTCORE_KINDS, AgentCoreKind } from "../../components/agentcore/agentCoreKinds";
import { AGENT_ARGUMENT_NAMES } from "../../components/agents/agentArguments";
import { AGENTCORE_BASES, AGENT_BASES, Base, strikesOf } from "../support/adversarialBases";
import { ENV } from "../support/adversarialValues";
import { checkPlan } from "../support/adversarialRun";
import { ArgumentError } from "../../components/iam/argumentError";
import { agentCoreFamily } from "../../components/agentcore/agentCoreDocuments";
import { planBedrockAgentRole } from "../../components/agents/agentPlans";
import { planRole } from "../../components/roles/rolePlanning";

const SOURCE = { project: "agents", stack: "adversary", componentName: "adversary" };
/** The deployer's statements every role has: its passing, and what creating it takes. */
const ROLE_DEPLOYER_SIDS =
    /^(PassRoles\w*|CreateRoles|TagRoles|WriteRolePolicies|ReadRolePolicies|AttachManagedPolicies|CreateManagedPolicies)\d*$/;

const namedBy = (bases: readonly Base[]) =>
    [...new Set(bases.flatMap((base) => Object.keys(base.args)))].sort();

describe("adversarial bases", () => {
    it("name every argument of the agent's component, and each plans without error", () => {
        expect(namedBy(AGENT_BASES)).to.deep.equal([...AGENT_ARGUMENT_NAMES].sort());
        for (const base of AGENT_BASES) {
            const plan = planBedrockAgentRole({ args: base.args as never, provider: ENV, source: SOURCE });
            expect(plan.inlinePolicy.Statement.length, base.variant).to.be.greaterThan(10);
        }
    });

    it("name every argument of every AgentCore kind's component, and each plans without error", () => {
        for (const kind of Object.keys(AGENTCORE_KINDS) as AgentCoreKind[]) {
            expect(namedBy(AGENTCORE_BASES[kind]), kind).to.deep.equal(
                [...AGENTCORE_KINDS[kind].argumentNames].sort(),
            );
            for (const base of AGENTCORE_BASES[kind]) {
                const plan = planRole(agentCoreFamily(AGENTCORE_KINDS[kind] as never), {
                    args: base.args as never,
                    provider: ENV,
                    source: SOURCE,
                });
                // At least a statement for each of the kind's capabilities: every one is given something,
                // the role or (a network mode, a service-linked role) the deployer beyond the role's own.
                const deployerOwn = (plan.deployerStatements ?? []).filter(
                    (s) => !ROLE_DEPLOYER_SIDS.test(s.Sid),
                );
                expect(
                    plan.inlinePolicy.Statement.length + deployerOwn.length,
                    `${kind}: ${base.variant}`,
                ).to.be.at.least(AGENTCORE_KINDS[kind].capabilities.length);
            }
        }
    });

    it("are judged through the pure plan as the mocks' runs are: a wildcard ARN, or an error naming another argument, fails", () => {
        const planned = planBedrockAgentRole({ args: AGENT_BASES[0].args, provider: ENV, source: SOURCE });
        const widened = {
            ...planned,
            inlinePolicy: {
                ...planned.inlinePolicy,
                Statement: [
                    ...planned.inlinePolicy.Statement,
                    {
                        Sid: "Widened",
                        Effect: "Allow",
                        Action: ["s3:GetObject"],
                        Resource: ["arn:aws:s3:::*"],
                    },
                ],
            },
        } as typeof planned;
        expect(() => checkPlan("knowledgeBases", () => widened)).to.throw(
            /wildcard or variable in arn:aws:s3:::\*/,
        );
        expect(() =>
            checkPlan("knowledgeBases", () => {
                throw new ArgumentError("prompts", "is wrong", "PROMPT1234");
            }),
        ).to.throw(/prompts for knowledgeBases/);
        expect(() => checkPlan("knowledgeBases", () => planned)).to.not.throw();
    });

    it("are struck at every argument, and at every field and item within one", () => {
        const paths = strikesOf(AGENT_BASES).map(({ path }) => path.join("."));
        expect(paths).to.include.members([
            "existingRole",
            "inferenceProfileDestinations.eu.anthropic.claude-sonnet-4-20250514-v1:0.1",
            "actionGroups.1.apiSchema.arn",
            "extraStatements.0.conditions.0.values.0",
            "quotas.managedPoliciesPerRole",
            "unknownArgument",
        ]);
    });
});
