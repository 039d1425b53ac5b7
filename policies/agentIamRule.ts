// What a rule of the policy pack is: an id, a severity, the AWS page it rests on, and a check of
// one resource's documents, or of the stack's resources together, that says, for each finding,
// what to write instead.
import type { InspectedDocument, InspectedResource } from "./inspectedDocuments";

/** How a finding holds up a deployment: `mandatory` stops it, `advisory` warns. */
export type Severity = "mandatory" | "advisory";

/** One finding of a rule in one resource: where, and what to write instead. */
export interface RuleFinding {
    /** The input holding the document (`assumeRolePolicy`), when the finding is in one. */
    input?: string;
    /** The statement's position in that document. */
    statement?: number;
    /** What is wrong and what to write instead, naming this package's argument where one exists. */
    message: string;
}

/** What every rule of the policy pack says of itself. */
export interface AgentIamRuleIdentity {
    /** Stable id, as the pack names the policy and a configuration tunes it. */
    id: string;
    /** One line on what the rule holds to. */
    description: string;
    /** Its default severity, which configuration may change. */
    severity: Severity;
    /** The AWS page the rule rests on. */
    page: string;
    /** The resource types it judges. */
    resourceTypes: string[];
}

/** A rule of the policy pack that judges each resource by its own documents. */
export interface AgentIamRule extends AgentIamRuleIdentity {
    /** The findings in one resource, its documents already read. */
    check(resource: InspectedResource, documents: InspectedDocument[]): RuleFinding[];
}

/** A finding of a stack rule: the resource it is in, one of the stack's. */
export interface StackFinding extends RuleFinding {
    resource: InspectedResource;
}

/**
 * A rule of the policy pack that judges resources by what the stack relates them to (an agent by
 * the role it is given): it reads every resource of the stack at once.
 */
export interface AgentIamStackRule extends AgentIamRuleIdentity {
    /** The findings in the stack's resources of `resourceTypes`, each on one of them. */
    checkStack(resources: InspectedResource[]): StackFinding[];
}

/** A rule of either form. */
export type AnyAgentIamRule = AgentIamRule | AgentIamStackRule;

/** A finding as reported: the rule's, on a resource. */
export interface Violation extends RuleFinding {
    /** The id of the rule that found it. */
    rule: string;
    /** Its severity, as configuration left it: a `mandatory` violation stops the deployment. */
    severity: Severity;
    /** The AWS page the rule rests on. */
    page: string;
    /** The resource it is in. */
    resource: {
        /** Pulumi's type token (`aws:iam/rolePolicy:RolePolicy`). */
        type: string;
        /** The resource's name in its program. */
        name: string;
    };
}

/** How a configuration tunes one rule. */
export interface RuleSettings {
    /** `mandatory`, `advisory`, or `disabled` (the rule is not run). */
    enforcementLevel?: Severity | "disabled";
    /** Names of resources the rule does not judge (an exception a team has reviewed). */
    exemptResources?: string[];
}

/** Where in a resource a finding is, as a message names it. */
export function findingPlace(finding: RuleFinding): string {
    if (finding.input === undefined) {
        return "";
    }
    return finding.statement === undefined
        ? `${finding.input}: `
        : `${finding.input}, statement ${finding.statement}: `;
}
