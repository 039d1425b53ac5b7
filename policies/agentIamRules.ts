// Every rule of the policy pack, in the order reports list them.
import type { AnyAgentIamRule } from "./agentIamRule";
import { AGENTCORE_RESOURCE_POLICY } from "./rules/agentCoreResourcePolicy";
import { AGENTCORE_WILDCARDS } from "./rules/agentCoreWildcards";
import { KMS_SCOPE } from "./rules/kmsScope";
import { LAMBDA_PERMISSION_SOURCE } from "./rules/lambdaPermissionSource";
import { MANAGED_POLICIES } from "./rules/managedPolicies";
import { MODEL_SCOPE } from "./rules/modelScope";
import { PASS_ROLE } from "./rules/passRole";
import { RESOURCE_ROLES } from "./rules/resourceRoles";
import { TRUST_CONFUSED_DEPUTY } from "./rules/trustConfusedDeputy";
import { UNKNOWN_NAMES } from "./rules/unknownNames";

/** The pack's rules. */
export const AGENT_IAM_RULES: readonly AnyAgentIamRule[] = [
    TRUST_CONFUSED_DEPUTY,
    PASS_ROLE,
    LAMBDA_PERMISSION_SOURCE,
    MODEL_SCOPE,
    AGENTCORE_WILDCARDS,
    AGENTCORE_RESOURCE_POLICY,
    RESOURCE_ROLES,
    KMS_SCOPE,
    UNKNOWN_NAMES,
    MANAGED_POLICIES,
];
