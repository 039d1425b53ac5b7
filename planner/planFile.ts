import type { AgentPermissionsPlan } from "../components/agents/agentPermissionsPlan";
import type { AgentCorePlan } from "../components/agentcore/agentCoreDocuments";
import type { AwsEnvironment } from "../components/iam/awsEnvironment";
import type { Violation } from "../policies/agentIamRule";
import type { UnknownArgument } from "./argumentInspection";

/** The format version of `plan.json` this package writes. @internal */
export const PLAN_FILE_VERSION = 2;

/**
 * A role's plan as the offline plan reads it, tagged by its kind: an agent's role (with its Lambda
 * permissions and callers' policy), or an AgentCore role of one kind (with the name of the resource
 * it is for).
 */
export type RolePlanView = AgentPermissionsPlan | AgentCorePlan;

/** One role component of a program (`BedrockAgentRole`, `AgentCoreRuntimeRole`, `AgentCoreGatewayRole`), with the plan it creates its resources from. */
export interface PlannedRole {
    /** The component's resource name. */
    component: string;
    /** Everything the component creates. */
    plan: RolePlanView;
}

/** A role component whose plan the offline plan cannot know whole, and what it knows of it. */
export interface UnknownRole {
    /** The component's resource name. */
    component: string;
    /** Every argument whose value is unknown offline, with the resources it comes from. */
    unknown: UnknownArgument[];
    /**
     * The plan without the list items that hold an unknown value: the grants that are known. Absent
     * when an unknown value lies outside a list item (it shapes the whole role) or the args without
     * those items do not plan.
     */
    known?: RolePlanView;
}

/**
 * `plan.json`: what a stack would grant, as the offline plan computed it from the program's own
 * components. Tools that read it should check `version`.
 */
export interface PlanFile {
    /** The format version: 2, raised whenever a field changes meaning or disappears. */
    version: number;
    /** The Pulumi project. */
    project: string;
    /** The stack whose config was planned. */
    stack: string;
    /** The partition, account and region the mocked provider reported. */
    environment: AwsEnvironment;
    /** Notes on values the plan assumed, such as a placeholder account. */
    assumptions: string[];
    /** Every role the program declares whose plan is known offline, in the order it declares them. */
    roles: PlannedRole[];
    /**
     * The components whose plan depends on values the offline plan cannot know (outputs of resource
     * types its mocks do not model, answers of calls it cannot make); absent when there are none.
     */
    unknownRoles?: UnknownRole[];
    /**
     * The program's own `apply` callbacks the offline plan could not run, each where it is written
     * (`file:line:column`, relative to the project): their value is unknown offline, so what they
     * would declare is not planned. Absent when there are none.
     */
    notRun?: string[];
    /**
     * Every violation of the policy pack's rules in the resources the program declares, whoever
     * declares them, as the policy configuration tunes them: a rule's id, its severity (`mandatory`
     * fails the plan), its AWS page, the resource's type token and name, where in it (the input
     * and statement) and what to write instead. Always written; absent only from plans written
     * before the rules ran in the plan, which a reader should not take as a plan without violations.
     */
    violations?: Violation[];
}
