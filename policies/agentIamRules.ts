// Every rule of the policy pack, in the order reports list them.
import type { AgentIamRule } from "./agentIamRule";
import { LAMBDA_PERMISSION_SOURCE } from "./rules/lambdaPermissionSource";
import { PASS_ROLE } from "./rules/passRole";
import { TRUST_CONFUSED_DEPUTY } from "./rules/trustConfusedDeputy";
import { UNKNOWN_NAMES } from "./rules/unknownNames";

/** The pack's rules. */
export const AGENT_IAM_RULES: readonly AgentIamRule[] = [
    PASS_ROLE,
    UNKNOWN_NAMES,
    TRUST_CONFUSED_DEPUTY,
    LAMBDA_PERMISSION_SOURCE,
];
