import { ArgumentError } from "../iam/argumentError";
import { mapArgument, stringArgument } from "../iam/argumentTypes";
import type { ArnScope } from "../iam/awsEnvironment";
import { AttachableStatement, policyDocument } from "../iam/policyDocument";
import { checkTrustPolicy, quotaLimits } from "../iam/quotas";
import { RoleIdentity, roleArn, roleIdentity } from "../iam/roleIdentity";
import { roleSettings } from "../iam/roleSettings";
import { isPending, PlannedArgs } from "../grants/grant";
import { RolePlan, roleDocuments } from "../grants/roleDocuments";
import { trustPolicy } from "../grants/trustPolicy";
import { passRoleStatement } from "../grants/deployer";
import { roleDeployerStatements } from "../grants/roleDeployer";
import type { DraftRequest, DraftRole, RoleFamily, RoleShape } from "../roles/roleFamily";
import { agentCoreContext } from "./agentCoreArns";
import type { AgentCoreKind, AgentCoreKindEntry } from "./agentCoreKinds";

/** Everything an AgentCore execution role component creates, as plain data. */
export interface AgentCorePlan extends RolePlan {
    /** Whose role it is: the kind of AgentCore resource that takes it. */
    kind: AgentCoreKind;
    /** The name of the resource the role is for: the trust policy admits the resources of this name only. */
    resourceName: string;
    /**
     * The resource-based policy of the resource the role is for, as statements to attach to it
     * (and to each runtime endpoint called); absent when no one else may call it.
     */
    resourcePolicy?: AttachableStatement[];
}

/**
 * The name of the resource the role is for, checked against the names AgentCore accepts for the kind.
 * @throws ArgumentError naming the kind's name argument
 * @internal
 */
export function checkedResourceName<Args>(entry: AgentCoreKindEntry<Args>, value: unknown): string {
    const name = stringArgument(entry.nameArgument, value, entry.names.example);
    if (!entry.names.pattern.test(name)) {
        throw new ArgumentError(
            entry.nameArgument,
            `"${name}" is not ${/^[aeiou]/.test(entry.words.resource) ? "an" : "a"} ${entry.words.resource} name AgentCore accepts (${entry.names.pattern.source})`,
            entry.names.example,
        );
    }
    return name;
}

/**
 * Checks resolved args and computes the role's documents: the trust policy admits the resources of
 * the kind and name in the account only; each capability of the kind grants once. Pure.
 * @throws ArgumentError for the first invalid argument
 * @internal
 */
export function draftAgentCoreDocuments<Args>(
    entry: AgentCoreKindEntry<Args>,
    request: DraftRequest<PlannedArgs<Args>, RoleShape>,
): DraftRole<AgentCorePlan> {
    const args = request.args as Record<string, unknown>;
    const resourceName = checkedResourceName(entry, args[entry.nameArgument]);
    const path = typeof args.path === "string" ? args.path : "/";
    const moreSources = entry.argumentSources?.(request.args, { environment: request.provider }) ?? [];
    const context = agentCoreContext(
        entry,
        resourceName,
        request.provider,
        (scope: ArnScope) => roleArn(request.shape.role, path, scope, request.existingRole?.arn),
        moreSources,
    );
    const results = entry.capabilities.map((capability) => capability.grant(request.args, context));
    const limits = quotaLimits(args.quotas);
    const trust = trustPolicy(context, entry.trustStatementId, entry.trustPinsResourceAccount);
    checkTrustPolicy(trust, limits, {
        argument: entry.nameArgument,
        fewer: `give a shorter ${entry.kind} name`,
        example: entry.names.example,
    });
    const role = roleSettings(args, context);
    return {
        lookups: results.flatMap((result) => (isPending(result) ? result.lookups : [])),
        finish(answers) {
            const grants = results.map((result) => (isPending(result) ? result.grant(answers) : result));
            const documents = roleDocuments(grants, {
                scope: context,
                limits,
                roleName: request.shape.role.name,
                inlinePolicyName: entry.inlinePolicyName,
            });
            const existing = request.shape.role.existing;
            const deployer = [
                passRoleStatement(context),
                ...roleDeployerStatements({
                    scope: context,
                    roleArn: context.roleArn,
                    existing: existing !== undefined,
                    role,
                    managedPolicies: documents.managedPolicies,
                }),
                ...grants.flatMap((grant) => grant.deployer ?? []),
            ];
            const callers = grants.flatMap((grant) => grant.callers ?? []);
            const resourcePolicy = grants.flatMap((grant) => grant.resourcePolicy ?? []);
            const deliveries = grants.flatMap((grant) => grant.deliveryPolicies ?? []);
            return {
                kind: entry.kind,
                resourceName,
                ...(existing ? { existingRole: existing.given } : {}),
                environment: context.environment,
                roleName: request.shape.role.name,
                roleArn: context.roleArn,
                role,
                trustPolicy: trust,
                ...documents,
                deployerStatements: deployer,
                ...(callers.length > 0 ? { callerPolicy: policyDocument(callers) } : {}),
                ...(resourcePolicy.length > 0 ? { resourcePolicy } : {}),
                ...(deliveries.length > 0 ? { deliveryPolicies: deliveries } : {}),
            };
        },
    };
}

/**
 * What names the role, from the plain parts of the args, as the component is constructed: every
 * argument's name known, and the role's name.
 * @throws ArgumentError for an unknown argument or an invalid role name suffix
 */
function agentCoreShape<Args>(
    entry: AgentCoreKindEntry<Args>,
    args: Args,
    source: Parameters<typeof roleIdentity>[1],
): { role: RoleIdentity } {
    mapArgument("args", args, entry.argumentNames, entry.argsExample);
    return { role: roleIdentity(args as Record<string, unknown>, source, entry.rolePrefix) };
}

/**
 * A kind of AgentCore role as the one role pipeline runs it: the role named as constructed, the
 * documents from the args, no later stage.
 * @internal
 */
export function agentCoreFamily<Args>(
    entry: AgentCoreKindEntry<Args>,
): RoleFamily<Args, PlannedArgs<Args>, RoleShape, AgentCorePlan> {
    return {
        ...entry,
        shape: (args, source) => agentCoreShape(entry, args, source),
        plannedArgs: (args) => args,
        draft: (request) => draftAgentCoreDocuments(entry, request),
        stages: [],
    };
}
