import { ArgumentError } from "../iam/argumentError";
import type { ArnScope, AwsEnvironment } from "../iam/awsEnvironment";
import { MANAGED_POLICY_NAME_MAX } from "../iam/limits";
import { fitName } from "../iam/names";
import {
    IdentityStatement,
    mergeStatementsBySid,
    PolicyDocument,
    ResourceStatement,
    TrustStatement,
} from "../iam/policyDocument";
import { ManagedPolicy, packPolicies } from "../iam/policyPacking";
import type { QuotaLimits } from "../iam/quotas";
import type { RoleSettings } from "../iam/roleSettings";
import type { DeliveryPolicy } from "./deliveryPolicies";
import type { CapabilityGrants } from "./grant";
import type { KeyPolicyGrant } from "./keys";
import type { CrossRegionProfile } from "./profileDestinations";

/** The statements one KMS key's policy needs: handed to its owner, never written by the package. */
export interface KeyPolicyStatements {
    /** The key's ARN. */
    keyArn: string;
    /** The key's id. */
    keyId: string;
    /** The statements to add to its key policy. */
    statements: ResourceStatement[];
}

/**
 * What every role's plan holds, whichever component family writes it: the role, its documents,
 * the statements its keys' policies need, and what deserves a reviewer's attention. What a
 * reviewer reads of any role, and what the offline plan renders.
 */
export interface RolePlan {
    /** Partition, account and region of the role's resources. */
    environment: AwsEnvironment;
    /** The role's name. */
    roleName: string;
    /** The role's ARN. */
    roleArn: string;
    /** The existing role the policies are attached to, as given; absent when the component creates the role. */
    existingRole?: string;
    /** The role's own settings. */
    role: RoleSettings;
    /** The role's trust policy: written on the role, or, for an existing role, what it should be. */
    trustPolicy: PolicyDocument<TrustStatement>;
    /** Name of the inline identity policy. */
    inlinePolicyName: string;
    /** The identity policy written inline on the role. */
    inlinePolicy: PolicyDocument<IdentityStatement>;
    /**
     * The identity policy the principals that invoke the resource the role is for need (an
     * agent's, a runtime's callers); absent when they need nothing of the args.
     */
    callerPolicy?: PolicyDocument<IdentityStatement>;
    /**
     * Statements the principal that deploys the resource the role is for needs in its own identity
     * policy because of the role: passing the role to its service, and what AWS asks of the
     * deployer rather than of the role (a memory's key, a runtime's service-linked role).
     */
    deployerStatements?: IdentityStatement[];
    /**
     * The policies the destinations of the resource's logs and traces need, for their owners to
     * attach; absent when nothing is delivered.
     */
    deliveryPolicies?: DeliveryPolicy[];
    /** Identity policy statements that did not fit inline, as customer-managed policies. */
    managedPolicies: ManagedPolicy[];
    /** The statements each KMS key's policy needs, by key. */
    keyPolicies: KeyPolicyStatements[];
    /** The inference and guardrail profiles granted: what each routes to, and where that came from. */
    crossRegionProfiles: CrossRegionProfile[];
    /** What is valid but worth a person's attention. */
    warnings: string[];
}

/** Refuses a statement id the user chose that another capability's statement already has. @internal */
export function checkUserSids(grants: CapabilityGrants[]): void {
    for (const { userSids } of grants) {
        const taken = grants
            .filter((g) => g.userSids !== userSids)
            .flatMap((g) => [...g.identity, ...(g.callers ?? [])].map((s) => s.Sid));
        const clash = Object.keys(userSids ?? {}).find((sid) => taken.includes(sid));
        if (clash && userSids) {
            throw new ArgumentError(
                userSids[clash],
                `"${clash}" is the id of a statement the component writes`,
                "another id, such as ReadOrdersTable",
            );
        }
    }
}

/** The key-policy statements of every capability, grouped by key, sorted by key ARN. */
function keyPoliciesByKey(grants: KeyPolicyGrant[]): KeyPolicyStatements[] {
    const keys = new Map<string, KeyPolicyStatements>();
    for (const { key, statement } of grants) {
        const entry = keys.get(key.arn) ?? { keyArn: key.arn, keyId: key.id, statements: [] };
        entry.statements.push(statement);
        keys.set(key.arn, entry);
    }
    return [...keys.values()].sort((a, b) => (a.keyArn < b.keyArn ? -1 : 1));
}

function uniqueProfiles(profiles: CrossRegionProfile[]): CrossRegionProfile[] {
    const byArn = new Map(profiles.map((p) => [p.profileArn, p]));
    return [...byArn.values()].sort((a, b) => (a.profileArn < b.profileArn ? -1 : 1));
}

/** What {@link roleDocuments} joins the capabilities' grants into. @internal */
export interface RoleDocumentsRequest {
    /** The scope of the role's resources. */
    scope: ArnScope;
    /** IAM's quotas, as the args set them. */
    limits: QuotaLimits;
    /** The role's name, which the managed policies' names start with. */
    roleName: string;
    /** Name of the inline identity policy. */
    inlinePolicyName: string;
}

/**
 * The identity policies, key policies, profiles and warnings of a role, from every capability's
 * grants: statements merged by Sid and packed inline first, then into managed policies; key
 * statements grouped by key. What every component family finishes its documents with.
 * @throws ArgumentError for a user's statement id that clashes, or a quota the documents exceed
 * @internal
 */
export function roleDocuments(
    grants: CapabilityGrants[],
    request: RoleDocumentsRequest,
): Pick<
    RolePlan,
    | "inlinePolicyName"
    | "inlinePolicy"
    | "managedPolicies"
    | "keyPolicies"
    | "crossRegionProfiles"
    | "warnings"
> {
    checkUserSids(grants);
    const statementArguments = Object.assign({}, ...grants.map((g) => g.statementArguments ?? {}));
    const packed = packPolicies(
        mergeStatementsBySid(grants.flatMap((g) => g.identity)),
        request.limits,
        request.scope.environment,
        (sid) => statementArguments[sid] ?? "args",
    );
    return {
        inlinePolicyName: request.inlinePolicyName,
        inlinePolicy: packed.inline,
        managedPolicies: packed.managed.map((part) => ({
            ...part,
            name: fitName(`${request.roleName}-${part.key}`, MANAGED_POLICY_NAME_MAX.value),
        })),
        keyPolicies: keyPoliciesByKey(grants.flatMap((g) => g.keyPolicy)),
        crossRegionProfiles: uniqueProfiles(grants.flatMap((g) => g.crossRegionProfiles ?? [])),
        warnings: grants.flatMap((g) => g.warnings ?? []),
    };
}
