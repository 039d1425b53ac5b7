import { ArgumentError } from "../iam/argumentError";
import { mapArgument, stringArgument } from "../iam/argumentTypes";
import type { ArnScope, AwsEnvironment } from "../iam/awsEnvironment";
import type { RoleNameSource } from "../iam/names";
import { checkTrustPolicy, quotaLimits } from "../iam/quotas";
import { RoleIdentity, roleArn, roleIdentity } from "../iam/roleIdentity";
import { roleSettings } from "../iam/roleSettings";
import { isPending, Lookup, LookupAnswers, PlannedArgs } from "../grants/grant";
import { RolePlan, roleDocuments } from "../grants/roleDocuments";
import { trustPolicy } from "../grants/trustPolicy";
import type { AgentCoreFamily } from "./agentCoreFamilies";
import { agentCoreContext, AgentCoreKind, RESOURCE_NAMES } from "./agentCoreResources";

/** Everything an AgentCore execution role component creates, as plain data. */
export interface AgentCorePlan extends RolePlan {
    /** Whose role it is: a runtime's or a gateway's. */
    kind: AgentCoreKind;
    /** The runtime's or gateway's name: the trust policy admits the resources of this name only. */
    resourceName: string;
}

/**
 * What names the role, from the plain parts of the args, as the component is constructed: every
 * argument's name known, and the role's name.
 * @throws ArgumentError for an unknown argument or an invalid role name suffix
 * @internal
 */
export function agentCoreRoleIdentity<Args>(
    family: AgentCoreFamily<Args>,
    args: Args,
    source: RoleNameSource,
): RoleIdentity {
    mapArgument(
        "args",
        args,
        family.argumentNames,
        `{ ${family.nameArgument}: "${RESOURCE_NAMES[family.kind].example}" }`,
    );
    return roleIdentity(args as Record<string, unknown>, source, family.rolePrefix);
}

/** What an AgentCore role's documents are planned from. @internal */
export interface AgentCoreRequest<Args> {
    /** The args, resolved. */
    args: PlannedArgs<Args>;
    /** The provider's partition, account and region. */
    provider: AwsEnvironment;
    /** The role, as its identity names it. */
    role: RoleIdentity;
}

/** The documents once every capability has granted, and how they are finished from the provider's answers. @internal */
export interface DraftAgentCoreDocuments {
    /** What the provider must be asked (inference profiles' destinations, models' inference types). */
    lookups: Lookup[];
    /**
     * The plan, from the provider's answers.
     * @throws ArgumentError for an invalid answer, or a quota the documents would exceed
     */
    finish(answers: LookupAnswers): AgentCorePlan;
}

/**
 * Checks resolved args and computes the role's documents: the trust policy admits the named
 * runtimes or gateways of the account only; each capability grants once. Pure.
 * @throws ArgumentError for the first invalid argument
 * @internal
 */
export function draftAgentCoreDocuments<Args>(
    family: AgentCoreFamily<Args>,
    request: AgentCoreRequest<Args>,
): DraftAgentCoreDocuments {
    const args = request.args as Record<string, unknown>;
    const names = RESOURCE_NAMES[family.kind];
    const resourceName = stringArgument(family.nameArgument, args[family.nameArgument], names.example);
    if (!names.pattern.test(resourceName)) {
        throw new ArgumentError(
            family.nameArgument,
            `"${resourceName}" is not a ${family.kind} name AgentCore accepts (${names.pattern.source})`,
            names.example,
        );
    }
    const path = typeof args.path === "string" ? args.path : "/";
    const context = agentCoreContext(family.kind, resourceName, request.provider, (scope: ArnScope) =>
        roleArn(request.role, path, scope),
    );
    const results = family.capabilities.map((capability) => capability.grant(request.args, context));
    const limits = quotaLimits(args.quotas);
    const trust = trustPolicy(context, family.trustStatementId);
    checkTrustPolicy(trust, limits, {
        argument: family.nameArgument,
        fewer: `give a shorter ${family.kind} name`,
        example: names.example,
    });
    const role = roleSettings(args, context);
    return {
        lookups: results.flatMap((result) => (isPending(result) ? result.lookups : [])),
        finish(answers) {
            const grants = results.map((result) => (isPending(result) ? result.grant(answers) : result));
            const documents = roleDocuments(grants, {
                scope: context,
                limits,
                roleName: request.role.name,
                inlinePolicyName: family.inlinePolicyName,
            });
            return {
                kind: family.kind,
                resourceName,
                environment: context.environment,
                roleName: request.role.name,
                roleArn: context.roleArn,
                role,
                trustPolicy: trust,
                ...documents,
            };
        },
    };
}

/**
 * Validates plain args and computes every document an AgentCore role component creates, the
 * provider's answers taken from the package's tables: what a reviewer or a test reads.
 * @throws ArgumentError for the first invalid argument, or a quota the plan would exceed
 * @internal
 */
export function planAgentCoreRole<Args>(
    family: AgentCoreFamily<Args>,
    args: PlannedArgs<Args>,
    provider: AwsEnvironment,
    source: RoleNameSource,
): AgentCorePlan {
    const role = agentCoreRoleIdentity(family, args as Args, source);
    return draftAgentCoreDocuments(family, { args, provider, role }).finish({ from: "table" });
}
