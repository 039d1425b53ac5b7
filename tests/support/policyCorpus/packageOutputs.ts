// This package's own documents, as a stack declaring its components would hold them: for every
// kind, the role (trust and inline policy) and, as policies, its managed parts, its callers' policy
// and its deployer's statements. Planned from the adversarial bases (valid args naming every
// argument of each kind, in an environment of their own) and from the evaluation fixtures.
import type { AgentCoreKind } from "../../../components/agentcore/agentCoreKinds";
import type { RolePlan } from "../../../components/grants/roleDocuments";
import { policyDocument } from "../../../components/iam/policyDocument";
import type { InspectedResource } from "../../../policies/inspectedDocuments";
import { AGENTCORE_BASES, AGENT_BASES } from "../adversarialBases";
import { ENV } from "../adversarialValues";
import { AGENTCORE_ARGS, planAgentCore } from "../agentCoreFixtures";
import { fullPlan } from "../iamEvaluation";
import { plan, PlainArgs } from "../plan";
import { planRole } from "../../../components/roles/rolePlanning";
import { agentCoreFamily } from "../../../components/agentcore/agentCoreDocuments";
import { AGENTCORE_KINDS } from "../../../components/agentcore/agentCoreKinds";

/** The resources a stack holds for one planned role, named after `name`. */
export function planResources(name: string, planned: RolePlan): InspectedResource[] {
    const policy = (part: string, document: unknown): InspectedResource => ({
        type: "aws:iam/policy:Policy",
        name: `${name}-${part}`,
        props: { policy: JSON.stringify(document) },
    });
    return [
        {
            type: "aws:iam/role:Role",
            name,
            props: {
                assumeRolePolicy: JSON.stringify(planned.trustPolicy),
                inlinePolicies: [
                    { name: planned.inlinePolicyName, policy: JSON.stringify(planned.inlinePolicy) },
                ],
            },
        },
        ...planned.managedPolicies.map((part, i) => policy(`managed${i}`, part.document)),
        ...(planned.callerPolicy ? [policy("callers", planned.callerPolicy)] : []),
        ...(planned.deployerStatements
            ? [policy("deployer", policyDocument(planned.deployerStatements))]
            : []),
    ];
}

/** Every role this package plans for the tests' args: each kind's bases and fixture, and the agent's. */
export function packageResources(): InspectedResource[] {
    const kinds = Object.keys(AGENTCORE_BASES) as AgentCoreKind[];
    const agentCore = kinds.flatMap((kind) => [
        ...AGENTCORE_BASES[kind].map((base, i) =>
            planResources(
                `${kind}-base${i}`,
                planRole(agentCoreFamily(AGENTCORE_KINDS[kind] as never), {
                    args: base.args as never,
                    provider: ENV,
                    source: { project: "agents", stack: "test", componentName: `${kind}-role` },
                }),
            ),
        ),
        planResources(`${kind}-fixture`, planAgentCore(kind, AGENTCORE_ARGS[kind]())),
    ]);
    const agents = [
        ...AGENT_BASES.map((base, i) => planResources(`agent-base${i}`, plan(base.args as PlainArgs, ENV))),
        planResources("agent-fixture", fullPlan()),
    ];
    return [...agentCore, ...agents].flat();
}
