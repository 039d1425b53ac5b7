import type * as pulumi from "@pulumi/pulumi";
import type { ArnScope } from "../iam/awsEnvironment";
import type { AttachableStatement, IdentityStatement } from "../iam/policyDocument";
import type { DeliveryPolicy } from "./deliveryPolicies";
import type { KeyPolicyGrant } from "./keys";
import type { CrossRegionProfile } from "./profileDestinations";

/**
 * What every capability's grants are written for: where (the scope of its ARNs) and for whom (the
 * service principal and the resources it acts for, which confused-deputy and encryption-context
 * conditions name). Nothing in it is specific to Bedrock Agents, so another component (an AgentCore
 * execution role) can use the same capabilities.
 * @internal
 */
export interface GrantContext extends ArnScope {
    /** The service principal that assumes the role: `bedrock.amazonaws.com` for agents. */
    servicePrincipal: string;
    /** ARNs of what the principal acts for: the admitted agents, or one pattern matching all of them. */
    sourceArns: string[];
    /**
     * Ids of what the principal acts for, when `sourceArns` are exact ARNs (in their order); empty
     * when `sourceArns` is the pattern matching every resource of the kind in the scope.
     */
    sourceIds: string[];
    /** ARN of the role the grants are for: what a key policy names to admit the role itself. */
    roleArn: string;
    /** Who uses the role, as errors speak of it: `the agent`, `the runtime`, `the gateway`. */
    subject: string;
}

/** What one capability grants. @internal */
export interface CapabilityGrants {
    /** Statements of the role's identity policy, in the order they are written. */
    identity: IdentityStatement[];
    /**
     * Statements that KMS key policies need for the capability to work. A key policy is replaced
     * whole when written, so they are handed to the key's owner, never written by the package.
     */
    keyPolicy: KeyPolicyGrant[];
    /** The cross-Region profiles granted, with their destinations and where they came from. */
    crossRegionProfiles?: CrossRegionProfile[];
    /** Statements the principals that invoke the agent need in their own identity policy. */
    callers?: IdentityStatement[];
    /**
     * Statements the principal that creates the resource the role is for (the deployer) needs in
     * its own identity policy, where AWS asks them of it rather than of the role: an AgentCore
     * memory's customer-managed key.
     */
    deployer?: IdentityStatement[];
    /**
     * Statements of the resource-based policy of the resource the role is for (an AgentCore
     * runtime's, a gateway's), to attach to it once it exists: who else may call it.
     */
    resourcePolicy?: AttachableStatement[];
    /**
     * The policies the destinations of the resource's logs and traces need for
     * `delivery.logs.amazonaws.com`: handed to each destination's owner, never written by the package.
     */
    deliveryPolicies?: DeliveryPolicy[];
    /**
     * Statement ids the user chose, with the argument that chose each: no other capability's
     * statement may share one, since statements of one id are merged.
     */
    userSids?: Record<string, string>;
    /** The argument each identity statement comes from, by Sid: named when it cannot fit a policy. */
    statementArguments?: Record<string, string>;
    /** What is valid but deserves a reviewer's attention: logged by the component, shown by the plan. */
    warnings?: string[];
}

/**
 * A question the provider must answer before a capability can grant: an inference profile's
 * destinations (GetInferenceProfile), or the inference types a foundation model supports (GetFoundationModel).
 * @internal
 */
export interface Lookup {
    /** What is asked about: an inference profile or a foundation model. */
    kind: "inference-profile" | "foundation-model";
    /** Key of the answer: the profile's or the model's ARN. */
    key: string;
    /** The argument that asks it, for errors. */
    argument: string;
    /** What to ask about: the profile's id or ARN, as given, or the model's id. */
    identifier: string;
    /** Where to ask: the agent's region. */
    region: string;
}

/** The provider's answer to a lookup: what it returned, unchecked. @internal */
export interface LookupAnswer {
    /** The values returned: for a profile, its models' ARNs; for a model, its inference types. */
    values: unknown[];
}

/**
 * How lookups are answered: by the provider (the answers, by key), or from the package's tables
 * where no provider can be asked (every family's pure plan).
 * @internal
 */
export type LookupAnswers = { from: "provider"; answers: Record<string, LookupAnswer> } | { from: "table" };

/**
 * A capability's grants that wait for the provider's answers: what it asks, and how it grants
 * from the answers. Its args are checked and read once, before the questions are asked.
 * @internal
 */
export interface PendingGrants {
    /** What the provider must be asked. */
    lookups: Lookup[];
    /**
     * The grants, from the answers.
     * @throws ArgumentError naming the argument whose answer is invalid
     */
    grant(answers: LookupAnswers): CapabilityGrants;
}

/** Args resolved to plain values: what capabilities grant from. @internal */
export type PlannedArgs<Args> = pulumi.Unwrap<Args>;

/**
 * One thing a role can be granted. A capability owns its args' validation, the ARN rules of its
 * resources and its statements; a family's plan iterates a list of them. It grants nothing when
 * its args are absent.
 * @typeParam Context what the family's grants are written for (an AgentCore role's adds its resource)
 * @typeParam Planned the args as the capability reads them, resolved
 * @internal
 */
export interface Capability<Args, Context extends GrantContext = GrantContext, Planned = PlannedArgs<Args>> {
    /**
     * Checks the capability's args and writes its statements, or, when they need the provider's
     * answers first (a profile's destinations), what to ask and how to grant from the answers.
     * A component calls it once.
     * @throws ArgumentError naming the first invalid argument
     */
    grant(args: Planned, context: Context): CapabilityGrants | PendingGrants;
}

/** The grants of a capability whose args are absent. @internal */
export function noGrants(): CapabilityGrants {
    return { identity: [], keyPolicy: [] };
}

/** Whether a capability's grants wait for the provider's answers. @internal */
export function isPending(grants: CapabilityGrants | PendingGrants): grants is PendingGrants {
    return "lookups" in grants;
}

/** Whether a value is an array or a plain object: what the args are built of, Outputs aside. @internal */
export function isPlainContainer(value: unknown): value is object {
    const prototype = typeof value === "object" && value !== null ? Object.getPrototypeOf(value) : undefined;
    return Array.isArray(value) || prototype === Object.prototype;
}
