import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../iam/argumentError";
import type { RoleNameSource } from "../iam/names";
import { renderPolicy, renderStatements } from "../iam/policyDocument";
import type { RoleIdentity } from "../iam/roleIdentity";
import type { PlannedArgs } from "../grants/grant";
import { reportPlan } from "../resources/planObservers";
import { secretStrings, withHiddenSecrets } from "../resources/secretValues";
import { redactedError } from "../iam/secrets";
import { answerLookups } from "../resources/profileLookups";
import { providerEnvironment } from "../resources/providerEnvironment";
import { declareRole } from "../resources/roleResources";
import type { AgentCoreFamily } from "./agentCoreFamilies";
import { AgentCorePlan, draftAgentCoreDocuments, planAgentCoreRole } from "./agentCoreDocuments";

/** What an AgentCore role component exposes. @internal */
export interface AgentCoreRoleOutputs {
    /** The execution role. */
    role: aws.iam.Role;
    /** The runtime's or gateway's name, as checked: what the runtime or gateway is created with. */
    resourceName: pulumi.Output<string>;
    /** ARN of the role, resolved once every policy is attached. */
    roleArn: pulumi.Output<string>;
    /** Name of the role, resolved once every policy is attached. */
    roleName: pulumi.Output<string>;
    /** The role's trust policy, as JSON. */
    trustPolicy: pulumi.Output<string>;
    /** The role's inline identity policy, as JSON. */
    identityPolicy: pulumi.Output<string>;
    /** Customer-managed policies holding what did not fit inline, as JSON. */
    managedPolicies: pulumi.Output<string[]>;
    /**
     * Every KMS key's statements, by key ARN, as a JSON list: what each key's policy needs;
     * resolved once the role they name exists.
     */
    keyPolicyStatements: pulumi.Output<{ [keyArn: string]: string }>;
}

/**
 * Declares an AgentCore execution role from one plan: the role, its inline and managed policies,
 * nothing before every argument checks. `roleArn` waits for every policy, so the runtime or gateway
 * built from it (CreateAgentRuntime checks the image pull, CreateGatewayTarget dry-runs the Lambda
 * invoke) is created after its permissions exist.
 * @internal
 */
export function declareAgentCoreRole<Args>(
    parent: pulumi.ComponentResource,
    name: string,
    family: AgentCoreFamily<Args>,
    args: Args,
    identity: RoleIdentity,
    source: RoleNameSource,
): AgentCoreRoleOutputs {
    const environment = providerEnvironment(parent);
    const secrets = secretStrings(args);
    const reported = (error: unknown, hidden: string[]) =>
        ArgumentError.isArgumentError(error) ? redactedError(error.of(name, parent), hidden) : error;
    const plan: pulumi.Output<AgentCorePlan> = pulumi
        .all([pulumi.output(args as object), environment, secrets])
        .apply(async ([planned, provider, hidden]) => {
            try {
                const draft = draftAgentCoreDocuments(family, {
                    args: planned as PlannedArgs<Args>,
                    provider,
                    role: identity,
                });
                return withHiddenSecrets(draft.finish(await answerLookups(draft.lookups, parent)), hidden);
            } catch (error) {
                throw reported(error, hidden);
            }
        });
    const { role, attached } = declareRole(parent, name, identity, undefined, plan, family.inlinePolicyName);
    plan.apply((p) => p.warnings.forEach((warning) => pulumi.log.warn(warning, parent)));
    reportPlan({
        name,
        plan,
        args,
        environment,
        planOf: (known, provider) => planAgentCoreRole(family, known as PlannedArgs<Args>, provider, source),
    });
    const ready = pulumi.all([role.arn, role.name, attached]);
    return {
        role,
        resourceName: plan.apply((p) => p.resourceName),
        roleArn: ready.apply(([arn]) => arn),
        roleName: ready.apply(([, roleName]) => roleName),
        trustPolicy: plan.apply((p) => renderPolicy(p.trustPolicy)),
        identityPolicy: plan.apply((p) => renderPolicy(p.inlinePolicy)),
        managedPolicies: plan.apply((p) => p.managedPolicies.map((part) => renderPolicy(part.document))),
        // A key policy naming a principal that does not exist yet is refused by KMS: what is built
        // from these statements waits for the role.
        keyPolicyStatements: pulumi
            .all([plan, role.arn])
            .apply(([p]) =>
                Object.fromEntries(p.keyPolicies.map((k) => [k.keyArn, renderStatements(k.statements)])),
            ),
    };
}

/**
 * The role's identity, checked as the component is constructed, its error naming the component.
 * @internal
 */
export function constructedIdentity(name: string, check: () => RoleIdentity): RoleIdentity {
    try {
        return check();
    } catch (error) {
        throw ArgumentError.isArgumentError(error) ? error.of(name) : error;
    }
}
