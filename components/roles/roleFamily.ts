import type * as pulumi from "@pulumi/pulumi";
import type { AwsEnvironment } from "../iam/awsEnvironment";
import type { RoleNameSource } from "../iam/names";
import type { RoleIdentity } from "../iam/roleIdentity";
import type { Lookup, LookupAnswers } from "../grants/grant";
import type { RolePlan } from "../grants/roleDocuments";

/** What every role component's pure plan is computed from: one request, whatever the family. */
export interface RolePlanRequest<Args> {
    /** The component's args, every value plain. */
    args: pulumi.Unwrap<Args>;
    /** Partition, account and region of the provider that creates the role. */
    provider: AwsEnvironment;
    /** Project, stack and component name, from which the default role name is derived. */
    source: RoleNameSource;
}

/** How the package and its review speak of one kind of role. @internal */
export interface RoleKindWords {
    /** The role, as a reader names it: `agent role`, `AgentCore runtime role`. */
    role: string;
    /** What the role is for: `agent`, `runtime`. */
    resource: string;
    /** The same, plural: `agents`, `runtimes`. */
    resources: string;
}

/** One kind of role: its tag in plans, its component, and how its role and documents are named. @internal */
export interface RoleKind {
    /** The kind's tag in plans: `agent`, `runtime`, `gateway`. */
    kind: string;
    /** The component's Pulumi type token. */
    type: string;
    /** How the review speaks of it. */
    words: RoleKindWords;
    /** What a created role's name starts with. */
    rolePrefix: string;
    /** Name of the role's inline identity policy. */
    inlinePolicyName: string;
    /**
     * Whether a role of the kind can be granted nothing (a custom code interpreter's with no
     * prefix): its inline policy is then declared once the documents are known, and not at all
     * when they hold no statement, which IAM refuses (MalformedPolicyDocument). Otherwise it is
     * declared at once, so a preview shows it even when the documents are not known yet.
     */
    mayGrantNothing?: boolean;
    /** Id of the trust policy's statement. */
    trustStatementId: string;
    /** Every argument's name: any other is refused. */
    argumentNames: readonly string[];
    /** Args of the right form, for the error on an unknown argument. */
    argsExample: string;
}

/** What a family knows of a component as it is constructed, before any input resolves. @internal */
export interface RoleShape {
    /** The role: the one the component creates, or an existing one. */
    role: RoleIdentity;
}

/** What a role's documents are drafted from. @internal */
export interface DraftRequest<Planned, Shape> {
    /** The args the documents read, resolved. */
    args: Planned;
    /** Partition, account and region of the provider. */
    provider: AwsEnvironment;
    /** The component's shape. */
    shape: Shape;
    /** What AWS says of an existing role: its ARN, where it could be read. */
    existingRole?: { arn?: string };
}

/** The documents once every capability has granted: what to ask the provider, and how to finish. @internal */
export interface DraftRole<Plan> {
    /** What the provider must be asked (inference profiles' destinations, models' inference types). */
    lookups: Lookup[];
    /**
     * The plan, from the provider's answers.
     * @throws ArgumentError for an invalid answer, or a quota the documents would exceed
     */
    finish(answers: LookupAnswers): Plan;
}

/**
 * A step of a family's plan after its documents: what it waits for, and what it checks or adds.
 * An early step holds the role back until it passes; a late one never does, so what it waits for
 * may come from resources that wait for the role (an agent, its aliases).
 * @internal
 */
export interface RoleStage<Args, Shape, Plan> {
    /** Whether the role's resources are declared before the step. */
    late: boolean;
    /**
     * What the step waits for, as given in the args: plain values, Outputs or promises.
     * @param preview whether the run is a preview, where values not known yet are not waited for
     */
    inputs(args: Args, shape: Shape, preview: boolean): unknown;
    /**
     * The plan, checked and completed with the inputs, resolved.
     * @throws ArgumentError naming the input that is invalid
     */
    run(plan: Plan, shape: Shape, inputs: unknown): Plan;
}

/**
 * What is a role family's own, and what the one shared path (the component's, and the pure plan's)
 * runs in order: the shape as constructed, the documents from the args and the provider's answers,
 * then each stage.
 * @internal
 */
export interface RoleFamily<Args, Planned, Shape extends RoleShape, Plan extends RolePlan> extends RoleKind {
    /**
     * The component's shape, from the parts of the args that must be plain: every argument's name
     * known, and the role.
     * @throws ArgumentError for an unknown argument or a role that cannot be named
     */
    shape(args: Args, source: RoleNameSource): Shape;
    /** The args the documents are drafted from, as given: what the role waits for. */
    plannedArgs(args: Args): unknown;
    /**
     * Checks the resolved args and drafts the documents. Pure.
     * @throws ArgumentError for the first invalid argument
     */
    draft(request: DraftRequest<Planned, Shape>): DraftRole<Plan>;
    /** The steps after the documents, in order. */
    stages: readonly RoleStage<Args, Shape, Plan>[];
}
