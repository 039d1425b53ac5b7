import type { PlannedArgs } from "../grants/grant";
import { renderPolicy, renderStatements } from "../iam/policyDocument";
import { renderDeliveryPolicies } from "../grants/deliveryPolicies";
import type { RoleShape } from "../roles/roleFamily";
import type { ComponentFamily } from "../resources/roleComponent";
import { AgentCorePlan, agentCoreFamily } from "./agentCoreDocuments";
import type { AgentCoreKindEntry } from "./agentCoreKinds";

/**
 * A kind of AgentCore role as its component declares it: besides the role, the name of the
 * resource it is for, as checked (`runtimeName`, `gatewayName`), for the resource to take, so the
 * two cannot differ; its callers' policy and its log destinations' policies where the kind has them.
 * @internal
 */
export function agentCoreComponent<Args>(
    entry: AgentCoreKindEntry<Args>,
): ComponentFamily<Args, PlannedArgs<Args>, RoleShape, AgentCorePlan> {
    return {
        ...agentCoreFamily(entry),
        declare: (_parent, _name, _args, _shape, { plan }) => ({
            [entry.nameArgument]: plan.apply((p) => p.resourceName),
            ...(entry.callerOutput
                ? { callerPolicy: plan.apply((p) => (p.callerPolicy ? renderPolicy(p.callerPolicy) : "")) }
                : {}),
            ...(entry.resourcePolicyOutput
                ? {
                      resourcePolicy: plan.apply((p) =>
                          p.resourcePolicy ? renderStatements(p.resourcePolicy) : "",
                      ),
                  }
                : {}),
            ...(entry.deliveryOutput
                ? {
                      deliveryPolicies: plan.apply((p) =>
                          p.deliveryPolicies ? renderDeliveryPolicies(p.deliveryPolicies) : "",
                      ),
                  }
                : {}),
        }),
    };
}
