import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../iam/argumentError";
import type { RoleNameSource } from "../iam/names";
import { renderPolicy, renderStatements } from "../iam/policyDocument";
import { redactedError } from "../iam/secrets";
import { existingTrustWarning } from "../grants/trustPolicy";
import type { RolePlan } from "../grants/roleDocuments";
import type { RoleFamily, RoleShape, RoleStage } from "../roles/roleFamily";
import { planRole } from "../roles/rolePlanning";
import { reportPlan } from "./planObservers";
import { answerLookups } from "./profileLookups";
import { providerEnvironment } from "./providerEnvironment";
import { declareRole, readExistingRole } from "./roleResources";
import { secretStrings, withHiddenSecrets } from "./secretValues";

/** What every role component exposes, whatever its family. @internal */
export interface RoleOutputs {
    /** The role: created, or the existing one, read. */
    role: aws.iam.Role;
    /** ARN of the role, resolved once every policy is attached. */
    roleArn: pulumi.Output<string>;
    /** Name of the role, resolved once every policy is attached. */
    roleName: pulumi.Output<string>;
    /** The role's trust policy, as JSON. */
    trustPolicy: pulumi.Output<string>;
    /** The role's inline identity policy, as JSON. */
    identityPolicy: pulumi.Output<string>;
    /** Customer-managed policies holding the statements that did not fit inline, as JSON. */
    managedPolicies: pulumi.Output<string[]>;
    /** Every KMS key's statements, by key ARN, as a JSON list; resolved once the role exists. */
    keyPolicyStatements: pulumi.Output<{ [keyArn: string]: string }>;
    /**
     * What the principal that deploys the role's resource needs because of the role, as a JSON
     * list; resolved once every late argument is (an agent's Lambda functions).
     */
    deployerStatements: pulumi.Output<string>;
}

/** The plan at each point of the pipeline, as a family's own declarations read it. @internal */
export interface PlannedOutputs<Plan> {
    /** The plan the role is declared from: its documents, once every early stage passed. */
    plan: pulumi.Output<Plan>;
    /** The whole plan, once every stage passed, late ones included. */
    complete: pulumi.Output<Plan>;
    /** The role, as declared. */
    role: aws.iam.Role;
}

/**
 * A family as a component declares it: its pure path, and what it declares and exposes beyond
 * the role (an agent's Lambda permissions and callers' policy, an AgentCore role's resource name).
 * @internal
 */
export interface ComponentFamily<
    Args,
    Planned,
    Shape extends RoleShape,
    Plan extends RolePlan,
> extends RoleFamily<Args, Planned, Shape, Plan> {
    /** The family's own outputs and resources, from the plan; keys are the component's properties. */
    declare(
        parent: pulumi.ComponentResource,
        name: string,
        args: Args,
        shape: Shape,
        planned: PlannedOutputs<Plan>,
    ): Record<string, unknown>;
}

/** The component as constructed: its shape, and where its default role name comes from. @internal */
export interface Constructed<Shape> {
    shape: Shape;
    source: RoleNameSource;
}

/**
 * The component's shape, checked as it is constructed, before it registers: an error names the
 * component and leaves nothing behind in the stack.
 * @internal
 */
export function constructedShape<Args, Shape extends RoleShape>(
    name: string,
    family: Pick<RoleFamily<Args, unknown, Shape, RolePlan>, "shape">,
    args: Args,
): Constructed<Shape> {
    const source = { project: pulumi.getProject(), stack: pulumi.getStack(), componentName: name };
    try {
        return { shape: family.shape(args, source), source };
    } catch (error) {
        throw ArgumentError.isArgumentError(error) ? error.of(name) : error;
    }
}

/**
 * The key of a component's own way of naming an argument in its errors, as a path into its args
 * unless a subclass defines a method under it: a program that sets the args from elsewhere (the
 * stack program, from config keys) names them its own way. A symbol, so that Pulumi's schema
 * inference, which reads the component classes, sees no member of it.
 * @internal
 */
export const ARGUMENT_ERROR_FOR: unique symbol = Symbol("bedrock-agent-role:argumentErrorFor");

/** A component that names the arguments in its errors its own way. @internal */
export interface NamesArgumentsItsWay {
    [ARGUMENT_ERROR_FOR](error: ArgumentError): ArgumentError;
}

/** How a component names an argument in its errors: its own way, or as a path into its args. */
const errorFor = (component: pulumi.ComponentResource, error: ArgumentError): ArgumentError =>
    (component as Partial<NamesArgumentsItsWay>)[ARGUMENT_ERROR_FOR]?.(error) ?? error;

/** Runs stages on an Output of the plan, each once its inputs resolve, secrets hidden from its errors. */
function staged<Args, Shape, Plan extends RolePlan>(
    from: pulumi.Output<Plan>,
    stages: readonly RoleStage<Args, Shape, Plan>[],
    args: Args,
    shape: Shape,
    secrets: pulumi.Output<string[]>,
    fail: (error: unknown, hidden: string[]) => unknown,
): pulumi.Output<Plan> {
    const preview = pulumi.runtime.isDryRun();
    return stages.reduce<pulumi.Output<Plan>>(
        (plan, stage) =>
            pulumi
                // The inputs are lifted by all() itself: wrapped in an output first, they were lifted twice.
                .all([plan, stage.inputs(args, shape, preview) as pulumi.Input<unknown>, secrets])
                .apply(([p, inputs, hidden]) => {
                    try {
                        return withHiddenSecrets(stage.run(p as Plan, shape, inputs), hidden);
                    } catch (error) {
                        throw fail(error, hidden);
                    }
                }),
        from,
    );
}

/**
 * The one path from a component's args to its resources, for every family: the documents, once
 * the args and the provider's environment are known and the provider has answered what the
 * capabilities ask; the early stages; the role and its policies, declared from that plan; the late
 * stages; the family's own declarations; the plan reported to observers (the offline plan), with
 * the same path without Pulumi as its `planOf`. Every error names the argument and the component,
 * with the args' secrets shown as `[secret]`; nothing is declared from a plan that failed. Sets the
 * component's outputs, and returns those it registers (its values; its resources are its children).
 * @internal
 */
export function declareRoleComponent<Args, Planned, Shape extends RoleShape, Plan extends RolePlan>(
    component: pulumi.ComponentResource,
    name: string,
    family: ComponentFamily<Args, Planned, Shape, Plan>,
    args: Args,
    constructed: Constructed<Shape>,
): Record<string, pulumi.Output<unknown>> {
    const { shape, source } = constructed;
    const fail = (error: unknown, hidden: string[]) =>
        ArgumentError.isArgumentError(error)
            ? redactedError(errorFor(component, error).of(name, component), hidden)
            : error;
    const environment = providerEnvironment(component);
    const existing = readExistingRole(component, name, shape.role);
    const planned = family.plannedArgs(args);
    const earlySecrets = secretStrings(planned);
    const allSecrets = planned === args ? earlySecrets : secretStrings(args);
    const documents: pulumi.Output<Plan> = pulumi
        .all([planned as pulumi.Input<unknown>, environment, existing?.arn, earlySecrets])
        .apply(async ([resolved, provider, arn, hidden]) => {
            try {
                const draft = family.draft({
                    args: resolved as Planned,
                    provider,
                    shape,
                    ...(existing ? { existingRole: { arn } } : {}),
                });
                return withHiddenSecrets(draft.finish(await answerLookups(draft.lookups, component)), hidden);
            } catch (error) {
                throw fail(error, hidden);
            }
        });
    const early = family.stages.filter((stage) => !stage.late);
    const plan = staged(documents, early, args, shape, earlySecrets, fail);
    const late = family.stages.filter((stage) => stage.late);
    const complete = staged(plan, late, args, shape, allSecrets, fail);
    const { role, attached } = declareRole(
        component,
        name,
        shape.role,
        existing,
        plan,
        family.inlinePolicyName,
        family.mayGrantNothing === true,
    );
    complete.apply((p) => p.warnings.forEach((warning) => pulumi.log.warn(warning, component)));
    if (existing && shape.role.existing) {
        // Apart from the documents: a trust policy AWS alone knows never makes them unknown.
        const given = shape.role.existing.given;
        pulumi.all([existing.assumeRolePolicy, plan]).apply(([read, p]) => {
            const warning = existingTrustWarning(given, read, p.trustPolicy, family.words.resources);
            if (warning) {
                pulumi.log.warn(warning, component);
            }
        });
    }
    reportPlan({
        name,
        plan: complete,
        args,
        environment,
        planOf: (known, provider) =>
            planRole(family, { args: known as pulumi.Unwrap<Args>, provider, source }),
    });
    const ready = pulumi.all([role.arn, role.name, attached]);
    const outputs = {
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
        // The whole plan's: an agent's Lambda permissions add theirs once the functions are known.
        deployerStatements: complete.apply((p) => renderStatements(p.deployerStatements ?? [])),
        ...family.declare(component, name, args, shape, { plan, complete, role }),
    };
    Object.assign(component, { role, ...outputs });
    // The resources the component declares are its children, recorded as such; only values are
    // registered as outputs (a thousand Lambda permissions listed again would cost more than the rest).
    return Object.fromEntries(
        Object.entries(outputs as Record<string, unknown>).filter(
            (entry): entry is [string, pulumi.Output<unknown>] => pulumi.Output.isInstance(entry[1]),
        ),
    );
}
