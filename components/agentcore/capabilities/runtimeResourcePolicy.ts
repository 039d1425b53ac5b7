// Who else may invoke the runtime: its resource-based policy, the same on the runtime and on each
// endpoint it is attached to, since AgentCore authorizes a call on both and a principal of another
// account needs both resources' policies (resource-based-policies page: hierarchical authorization).
import type * as pulumi from "@pulumi/pulumi";
import { mapArgument } from "../../iam/argumentTypes";
import { noGrants } from "../../grants/grant";
import type { AgentCoreCapability } from "./agentCoreCapability";
import {
    RESOURCE_POLICY_FIELDS,
    ResourcePolicyPrincipalsArgs,
    resourcePolicyStatements,
} from "./resourcePolicies";
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
export const runtimeResourcePolicy: AgentCoreCapability<RuntimeResourcePolicyArgs> = {
    grant(args, context) {
        if (args.resourcePolicy === undefined) {
            return noGrants();
        }
        const given = mapArgument(
            "resourcePolicy",
            args.resourcePolicy,
            [...RESOURCE_POLICY_FIELDS, ...RUNTIME_ACTION_FIELDS],
            '{ principals: ["arn:aws:iam::210987654321:role/support-app"] }',
        );
        const { groups, warnings } = runtimeActions(given, "resourcePolicy", "the principals");
        return {
            identity: [],
            keyPolicy: [],
            resourcePolicy: resourcePolicyStatements(
                given,
                "resourcePolicy",
                context,
                groups.flatMap((group) => group.actions),
                RUNTIME_ACTIONS,
            ),
            warnings,
        };
    },
};
