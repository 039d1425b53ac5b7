// Every kind of role the package writes, from the families' own tables: the words the review
// speaks of each with, and, for AgentCore roles, the resource that takes the role.
import { AGENTCORE_KINDS } from "../components/agentcore/agentCoreKinds";
import { AGENT_KIND } from "../components/agents/agentKind";
import type { RoleKind } from "../components/roles/roleFamily";
import type { RolePlanView } from "./planFile";

/** Every kind, by its tag in plans. */
export const ROLE_KINDS: { readonly [K in RolePlanView["kind"]]: RoleKind } = {
    agent: AGENT_KIND,
    ...AGENTCORE_KINDS,
};

/** The kind of a role's plan, as the review speaks of it. */
export const kindOf = (plan: RolePlanView): RoleKind => ROLE_KINDS[plan.kind];
