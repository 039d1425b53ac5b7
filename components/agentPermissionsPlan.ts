import { AgentGrants, resolveGrants, ResolvedAgentRoleArgs } from "./agentGrants";
import { idOrArn } from "./arn";
import { agentSourceArns } from "./agentPrincipal";
import { agentEnvironment, ANY, ANY_ENVIRONMENT, AwsEnvironment } from "./awsEnvironment";
import { identityStatements } from "./identityStatements";
import { keyPolicyStatement } from "./keyPolicyStatement";
import {
    AgentKey,
    agentKeys,
    lambdaPermissions,
    LambdaPermissionSpec,
    lambdaPolicyWarnings,
} from "./lambdaPermissions";
import { roleName, RoleNameSource } from "./names";
import { PolicyDocument, Statement } from "./policyDocument";
import { ManagedPolicyPart, packPolicies } from "./policyPacking";
import { checkTrustPolicy, quotaLimits } from "./quotas";
import { AGENT } from "./resourceTypes";
import { RoleSettings, roleSettings } from "./roleSettings";
import { trustPolicy } from "./trustPolicy";

/** What the plan is computed from: resolved args, the provider's environment and the role's origin. */
export interface PlanRequest {
    /** The component's args, resolved. */
    args: ResolvedAgentRoleArgs;
    /** Partition, account and region of the provider that creates the role. */
    provider: AwsEnvironment;
    /** Project, stack and component name, from which the default role name is derived. */
    source: RoleNameSource;
    /**
     * Keys of the pinned agents, computed before inputs resolved (see {@link agentKeys}). Defaults
     * to the keys of the resolved ids, which is what a program of plain values gets.
     */
    agentKeys?: AgentKey[];
}

/** Everything the component creates, as plain data: the single source of truth for what is granted. */
export interface AgentPermissionsPlan {
    /** Partition, account and region of the agent. */
    environment: AwsEnvironment;
    /** The role's name. */
    roleName: string;
    /** The role's own settings. */
    role: RoleSettings;
    /** The role's trust policy. */
    trustPolicy: PolicyDocument;
    /** The identity policy written inline on the role. */
    inlinePolicy: PolicyDocument;
    /** Identity policy statements that did not fit inline, as customer-managed policies. */
    managedPolicies: ManagedPolicyPart[];
    /** One permission per action-group function and admitted agent. */
    lambdaPermissions: LambdaPermissionSpec[];
    /**
     * The source ARN each agent key's Lambda permissions carry; under {@link ANY} the
     * `agent/*` pattern used when no agent is pinned.
     */
    sourceArnByAgentKey: Record<string, string>;
    /** Statement to add to the agent's KMS key policy, when a key is used. */
    keyPolicyStatement?: Statement;
    /** What is granted, as validated ARNs: the intermediate form the documents are built from. */
    grants: AgentGrants;
    /** Things that are valid but worth a person's attention, such as a quota nearly reached. */
    warnings: string[];
}

/**
 * Checks everything about the args that does not depend on the provider's partition, account and
 * region: every id and ARN's form, names, settings and quota values. The component runs it as it
 * is constructed, when all args are plain values, so such mistakes throw before anything is
 * declared; {@link planAgentPermissions} then checks the rest once the environment is known.
 * @throws ArgumentError for the first invalid argument
 */
export function checkArgumentForms(args: ResolvedAgentRoleArgs, source: RoleNameSource): void {
    roleName(source, args.roleNameSuffix);
    const environment = agentEnvironment(
        { account: args.account, region: args.region, partition: args.partition },
        ANY_ENVIRONMENT,
    );
    resolveGrants(args, environment);
    roleSettings(args, environment);
    quotaLimits(args);
}

/**
 * Validates resolved args and computes every document, name and permission the component creates.
 * Pure: the same request gives the same plan, whatever the order of its lists.
 * @throws ArgumentError for the first invalid argument, or a quota the plan would exceed
 */
export function planAgentPermissions(request: PlanRequest): AgentPermissionsPlan {
    const { args } = request;
    const name = roleName(request.source, args.roleNameSuffix);
    const environment = agentEnvironment(
        { account: args.account, region: args.region, partition: args.partition },
        request.provider,
    );
    const grants = resolveGrants(args, environment);
    const ids = args.agentIds ?? [];
    const keys = request.agentKeys ?? agentKeys(ids);
    const agents = keys.map((agent) => ({
        agent,
        arn: idOrArn(`agentIds[${agent.index}]`, ids[agent.index], AGENT, environment),
    }));
    const limits = quotaLimits(args);
    const trust = trustPolicy(grants);
    checkTrustPolicy(trust, limits);
    const packed = packPolicies(identityStatements(grants), limits);
    const permissions = lambdaPermissions(grants, name, agents);
    return {
        environment,
        roleName: name,
        role: roleSettings(args, environment),
        trustPolicy: trust,
        inlinePolicy: packed.inline,
        managedPolicies: packed.managed,
        lambdaPermissions: permissions,
        sourceArnByAgentKey:
            agents.length > 0
                ? Object.fromEntries(agents.map(({ agent, arn }) => [agent.key, arn]))
                : { [ANY]: agentSourceArns(grants)[0] },
        keyPolicyStatement: keyPolicyStatement(grants),
        grants,
        warnings: lambdaPolicyWarnings(permissions),
    };
}
