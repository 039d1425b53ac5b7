// Who else may invoke the runtime: its resource-based policy, the same on the runtime and on each
// endpoint it is attached to, since AgentCore authorizes a call on both and a principal of another
// account needs both resources' policies (resource-based-policies page: hierarchical authorization).
import type * as pulumi from "@pulumi/pulumi";
import { ResourcePolicyPrincipalsArgs, resourcePolicyCapability } from "./resourcePolicies";
import { RUNTIME_ACTION_FIELDS, RUNTIME_ACTIONS, RuntimeActionArgs, runtimeActions } from "./runtimeActions";

/** Who else may invoke the runtime, from where, and how. */
export interface RuntimeResourcePolicy extends ResourcePolicyPrincipalsArgs, RuntimeActionArgs {}

/** The runtime's resource-based policy. */
export interface RuntimeResourcePolicyArgs {
    /**
     * Who else may invoke the runtime, by its resource-based policy: principals of other accounts,
     * OAuth callers from named VPCs, and the VPCs every call must come from (every runtime action
     * of anyone else denied). The component then outputs `resourcePolicy`: attach it to the runtime
     * and to each endpoint called with `agentCoreResourcePolicyArgs`.
     */
    resourcePolicy?: pulumi.Input<RuntimeResourcePolicy>;
}

/**
 * The runtime's resource-based policy: the actions asked for the principals and OAuth callers,
 * every runtime action denied from outside the VPCs named; nothing on the role.
 * @internal
 */
export const runtimeResourcePolicy = resourcePolicyCapability<RuntimeResourcePolicyArgs>({
    fields: RUNTIME_ACTION_FIELDS,
    allowed(given: Record<string, unknown>) {
        const { groups, warnings } = runtimeActions(given, "resourcePolicy", "the principals");
        return { actions: groups.flatMap((group) => group.actions), warnings };
    },
    every: RUNTIME_ACTIONS,
});
