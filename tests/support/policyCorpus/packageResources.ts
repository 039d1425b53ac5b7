// This package's own outputs as the stack resources a program declares from them: the role with
// its trust and inline policy, its managed policies, the callers' and deployer's policies, key
// policies, the AgentCore resource's policy and an agent's Lambda permissions. Planned from the
// adversarial bases (valid args naming every argument of each kind, in an environment of their
// own) and the evaluation fixtures (a supervisor, pinned agents, token-vault keys). The rules must
// find nothing in any of them.
import type { AgentCoreKind } from "../../../components/agentcore/agentCoreKinds";
import { agentCoreFamily } from "../../../components/agentcore/agentCoreDocuments";
import { AGENTCORE_KINDS } from "../../../components/agentcore/agentCoreKinds";
import type { LambdaPermissionSpec } from "../../../components/agents/lambdaPermissions";
import type { RolePlan } from "../../../components/grants/roleDocuments";
import { policyDocument } from "../../../components/iam/policyDocument";
import { planRole } from "../../../components/roles/rolePlanning";
import type { InspectedResource } from "../../../policies/inspectedDocuments";
import { AGENTCORE_BASES, AGENT_BASES } from "../adversarialBases";
import { ENV } from "../adversarialValues";
import {
    AGENTCORE_ARGS,
    gatewayArgs,
    planAgentCore,
    planGateway,
    planRuntime,
    runtimeArgs,
    TOKEN_VAULT_KEY,
} from "../agentCoreFixtures";
import { supervisorArgs } from "../fixtures";
import { fullPlan, pinnedPlan } from "../iamEvaluation";
import { plan, PlainArgs } from "../plan";

const json = (value: unknown) => JSON.stringify(value);

/** A plan of any family, with what only some write: a resource policy, Lambda permissions. */
type AnyPlan = RolePlan & { resourcePolicy?: unknown[]; lambdaPermissions?: LambdaPermissionSpec[] };

/** The resources a program declares from one plan, named after `name`. */
export function planResources(name: string, planned: AnyPlan): InspectedResource[] {
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
                assumeRolePolicy: json(planned.trustPolicy),
                inlinePolicies: [{ name: planned.inlinePolicyName, policy: json(planned.inlinePolicy) }],
            },
        },
        ...planned.managedPolicies.map((managed) => policy(managed.name, managed.document)),
        ...(planned.callerPolicy ? [policy("callers", planned.callerPolicy)] : []),
        ...(planned.deployerStatements?.length
            ? [policy("deployer", policyDocument(planned.deployerStatements))]
            : []),
        ...planned.keyPolicies.map((key): InspectedResource => ({
            type: "aws:kms/keyPolicy:KeyPolicy",
            name: `${name}-key-${key.keyId}`,
            props: { keyId: key.keyArn, policy: json(policyDocument(key.statements)) },
        })),
        ...(planned.resourcePolicy
            ? [
                  {
                      type: "aws:bedrock/agentcoreResourcePolicy:AgentcoreResourcePolicy",
                      name: `${name}-resource-policy`,
                      props: { policy: json({ Version: "2012-10-17", Statement: planned.resourcePolicy }) },
                  },
              ]
            : []),
        ...(planned.lambdaPermissions ?? []).map((spec): InspectedResource => ({
            type: "aws:lambda/permission:Permission",
            name: `${name}-${spec.resourceName}`,
            props: {
                function: spec.function,
                statementId: spec.statementId,
                action: spec.action,
                principal: spec.principal,
                sourceAccount: spec.sourceAccount,
                sourceArn: spec.sourceArn,
            },
        })),
    ];
}

/** Every plan the tests' args make, by name: each kind's bases and fixture, the agents', the vault keys'. */
export function packagePlans(): [string, AnyPlan][] {
    const kinds = Object.keys(AGENTCORE_BASES) as AgentCoreKind[];
    return [
        ...kinds.flatMap((kind): [string, AnyPlan][] => [
            ...AGENTCORE_BASES[kind].map((base, i): [string, AnyPlan] => [
                `${kind}-base${i}`,
                planRole(agentCoreFamily(AGENTCORE_KINDS[kind] as never), {
                    args: base.args as never,
                    provider: ENV,
                    source: { project: "agents", stack: "test", componentName: `${kind}-role` },
                }),
            ]),
            [`${kind}-fixture`, planAgentCore(kind, AGENTCORE_ARGS[kind]())],
        ]),
        ["runtime-vault", planRuntime({ ...runtimeArgs(), tokenVaultKey: TOKEN_VAULT_KEY })],
        ["gateway-vault", planGateway({ ...gatewayArgs(), tokenVaultKey: TOKEN_VAULT_KEY })],
        ...AGENT_BASES.map((base, i): [string, AnyPlan] => [
            `agent-base${i}`,
            plan(base.args as PlainArgs, ENV),
        ]),
        ["agent-fixture", fullPlan()],
        ["pinned-agent", pinnedPlan()],
        ["supervisor", plan(supervisorArgs())],
    ];
}

/** Every document this package writes for the tests' args, as a stack's resources. */
export function packageResources(): InspectedResource[] {
    return packagePlans().flatMap(([name, planned]) => planResources(name, planned));
}
