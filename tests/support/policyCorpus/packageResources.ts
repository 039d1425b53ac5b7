// This package's own outputs as the stack resources a program declares from them: the role with
// its trust and inline policy, its managed policies, the callers' and deployer's policies, key
// policies, the AgentCore resource's policy and an agent's Lambda permissions. The rules must find
// nothing in any of them.
import type { AgentPermissionsPlan } from "../../../components/agents/agentPermissionsPlan";
import type { AgentCorePlan } from "../../../components/agentcore/agentCoreDocuments";
import { policyDocument } from "../../../components/iam/policyDocument";
import type { InspectedResource } from "../../../policies/inspectedDocuments";
import { AGENTCORE_ARGS, planAgentCore } from "../agentCoreFixtures";
import { fullPlan, pinnedPlan } from "../iamEvaluation";

const json = (value: unknown) => JSON.stringify(value);

/** The resources a program declares from one plan, named after `name`. */
export function planResources(name: string, plan: AgentCorePlan | AgentPermissionsPlan): InspectedResource[] {
    const policy = (suffix: string, document: unknown): InspectedResource => ({
        type: "aws:iam/policy:Policy",
        name: `${name}-${suffix}`,
        props: { policy: json(document) },
    });
    return [
        {
            type: "aws:iam/role:Role",
            name,
            props: {
                assumeRolePolicy: json(plan.trustPolicy),
                inlinePolicies: [{ name: plan.inlinePolicyName, policy: json(plan.inlinePolicy) }],
            },
        },
        ...plan.managedPolicies.map((managed) => policy(managed.name, managed.document)),
        ...(plan.callerPolicy ? [policy("callers", plan.callerPolicy)] : []),
        ...(plan.deployerStatements?.length
            ? [policy("deployer", policyDocument(plan.deployerStatements))]
            : []),
        ...plan.keyPolicies.map((key, i): InspectedResource => ({
            type: "aws:kms/keyPolicy:KeyPolicy",
            name: `${name}-key-${i}`,
            props: { keyId: key.keyArn, policy: json(policyDocument(key.statements)) },
        })),
        ...("resourcePolicy" in plan && plan.resourcePolicy
            ? [
                  {
                      type: "aws:bedrock/agentcoreResourcePolicy:AgentcoreResourcePolicy",
                      name: `${name}-resource-policy`,
                      props: { policy: json({ Version: "2012-10-17", Statement: plan.resourcePolicy }) },
                  },
              ]
            : []),
        ...("lambdaPermissions" in plan
            ? plan.lambdaPermissions.map((spec): InspectedResource => ({
                  type: "aws:lambda/permission:Permission",
                  name: spec.resourceName,
                  props: {
                      function: spec.function,
                      statementId: spec.statementId,
                      action: spec.action,
                      principal: spec.principal,
                      sourceAccount: spec.sourceAccount,
                      sourceArn: spec.sourceArn,
                  },
              }))
            : []),
    ];
}

/** Every kind's role with every capability, and an agent's admitting any agent and pinned to one. */
export function packageResources(): InspectedResource[] {
    return [
        ...Object.entries(AGENTCORE_ARGS).flatMap(([kind, args]) =>
            planResources(`${kind}-role`, planAgentCore(kind as never, args())),
        ),
        ...planResources("agent-role", fullPlan()),
        ...planResources("pinned-agent-role", pinnedPlan()),
    ];
}
