import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { draftAgentDocuments, INLINE_POLICY_NAME } from "./agentDocuments";
import {
    AgentPermissionsPlan,
    checkFunctions,
    completePlan,
    planAgentPermissions,
} from "./agentPermissionsPlan";
import { ArgumentError } from "../iam/argumentError";
import { isPlain } from "../iam/argumentTypes";
import { BedrockAgentRoleArgs } from "./bedrockAgentRoleArgs";
import { withoutLateValues } from "../grants/grant";
import { componentShape } from "./componentShape";
import { renderPolicy, renderStatements } from "../iam/policyDocument";
import { completeLateArguments, LateValues, lateValuesOf } from "./lateArguments";
import { declareLambdaPermissions } from "./lambdaPermissionResources";
import { declareRole, readExistingRole } from "../resources/roleResources";
import { existingTrustWarning } from "../grants/trustPolicy";
import { reportPlan } from "../resources/planObservers";
import { answerLookups } from "../resources/profileLookups";
import { providerEnvironment } from "../resources/providerEnvironment";
import { secretStrings, withHiddenSecrets } from "../resources/secretValues";
import { redactedError } from "../iam/secrets";

/**
 * The IAM an Amazon Bedrock agent needs and nothing more: its service role (or an existing one),
 * the role's trust policy, its identity policy, and a Lambda permission for each function the
 * agent invokes; and, for others to apply, the statements its keys' policies and its callers
 * need. Every
 * document is scoped to the exact resources named in the args and carries the confused-deputy
 * conditions.
 *
 * `roleArn` resolves only once the identity policy is attached, so an `aws.bedrock.AgentAgent`
 * built from it is created after its permissions exist.
 */
export class BedrockAgentRole extends pulumi.ComponentResource {
    /** The agent's service role: created, or the existing role, read. */
    public readonly role: aws.iam.Role;
    /** ARN of the role, resolved once every policy is attached. */
    public readonly roleArn: pulumi.Output<string>;
    /** Name of the role, resolved once every policy is attached. */
    public readonly roleName: pulumi.Output<string>;
    /** The role's trust policy, as JSON. */
    public readonly trustPolicy: pulumi.Output<string>;
    /** The role's inline identity policy, as JSON. */
    public readonly identityPolicy: pulumi.Output<string>;
    /**
     * Customer-managed policies attached to the role, as JSON, holding the statements that did not
     * fit IAM's inline quota; empty for most agents.
     */
    public readonly managedPolicies: pulumi.Output<string[]>;
    /**
     * The first of `foundationModels`, as given: what `aws.bedrock.AgentAgent`'s `foundationModel`
     * takes, so a program states its model once.
     */
    public readonly foundationModel: pulumi.Output<string>;
    /** One permission per action-group Lambda function and admitted agent. */
    public readonly lambdaPermissions: aws.lambda.Permission[];
    /**
     * The statement to add to the customer-managed KMS key's policy, as JSON, so that Bedrock may
     * use the key for this agent. Empty when no key is given.
     */
    public readonly keyPolicyStatement: pulumi.Output<string>;
    /**
     * Every KMS key's statements, by key ARN, as a JSON list: what each key's policy needs (the
     * agent's key, a guardrail's key naming the role, the memory key). A key policy is replaced
     * whole when written, so the component hands the statements to the key's owner. Resolved once
     * the role exists, since KMS refuses a key policy naming a principal that does not.
     */
    public readonly keyPolicyStatements: pulumi.Output<{ [keyArn: string]: string }>;
    /**
     * The identity policy the principals that invoke the agent need, as JSON: `bedrock:InvokeAgent`
     * on `agentAliases`, and the grants on the agent's and its memory's keys that AWS asks of the
     * caller. Empty when they need nothing from these args.
     */
    public readonly callerPolicy: pulumi.Output<string>;

    /**
     * @param name unique name of the component; the default role name is derived from it
     * @param args what the agent may use
     * @param opts options; a `provider` given here also supplies the default account, region and partition
     */
    constructor(name: string, args: BedrockAgentRoleArgs, opts?: pulumi.ComponentResourceOptions) {
        // What names resources is checked before the component registers, so such a mistake
        // leaves nothing behind in the stack; everything else is checked by the one plan below,
        // before any child resource is declared.
        const source = { project: pulumi.getProject(), stack: pulumi.getStack(), componentName: name };
        let shape: ReturnType<typeof componentShape>;
        try {
            shape = componentShape(args, source);
        } catch (error) {
            throw ArgumentError.isArgumentError(error) ? error.of(name) : error;
        }
        super("bedrock-agent-role:index:BedrockAgentRole", name, {}, opts);
        // An error of the plan is about an argument of this component, named, and reported against
        // it: every resource whose inputs come from the plan then fails with this one error, which
        // Pulumi reports once; none of them is registered.
        // Secrets of the args are shown as [secret] in errors and warnings; those of the late
        // arguments only where the late arguments are read, so the role never waits for them.
        const earlySecrets = secretStrings(withoutLateValues(args));
        const allSecrets = secretStrings(args);
        const reported = (error: unknown, hidden: string[]) =>
            ArgumentError.isArgumentError(error)
                ? redactedError(this.argumentErrorFor(error).of(name, this), hidden)
                : error;
        const step = <T>(hidden: string[], run: () => T): T => {
            try {
                return run();
            } catch (error) {
                throw reported(error, hidden);
            }
        };

        const existing = readExistingRole(this, name, shape.role);
        const facts = existing ? existing.arn.apply((arn) => ({ arn })) : undefined;
        // One plan per component: each capability grants once, when the args and the provider's
        // environment are known, and the provider answers what the capabilities ask.
        const environment = providerEnvironment(this);
        const documents = pulumi
            .all([pulumi.output(withoutLateValues(args)), environment, facts, earlySecrets])
            .apply(async ([planned, provider, existingRole, hidden]) => {
                try {
                    const draft = draftAgentDocuments({
                        args: planned,
                        provider,
                        source,
                        shape,
                        existingRole,
                    });
                    return draft.finish(await answerLookups(draft.lookups, this));
                } catch (error) {
                    throw reported(error, hidden);
                }
            });
        // Nothing is created until every function checks too; in a preview, a function that is not
        // known yet is checked when it is, so that it never makes a document unknown.
        const gating = pulumi.runtime.isDryRun()
            ? shape.functions.filter((fn) => isPlain(fn.value))
            : shape.functions;
        const plan = pulumi
            .all([documents, pulumi.all(gating.map((fn) => fn.value)), earlySecrets])
            .apply(([planned, values, hidden]) =>
                step(hidden, () => (checkFunctions(planned, gating, values), planned)),
            );
        // The Lambda permissions and the callers' policy also wait for the late arguments, which
        // may come from the agent and its aliases: the role never waits for them.
        const late = pulumi.output(lateValuesOf(args, shape)).apply((values) => values as LateValues);
        const complete: pulumi.Output<AgentPermissionsPlan> = pulumi
            .all([plan, pulumi.all(shape.functions.map((fn) => fn.value)), late, allSecrets])
            .apply(([planned, values, lateValues, hidden]) =>
                step(hidden, () => {
                    const completed = completeLateArguments(planned, shape, lateValues);
                    return withHiddenSecrets(
                        completePlan(completed, checkFunctions(completed, shape.functions, values)),
                        hidden,
                    );
                }),
            );

        const { role, attached } = declareRole(this, name, shape.role, existing, plan, INLINE_POLICY_NAME);
        this.role = role;
        this.lambdaPermissions = declareLambdaPermissions(
            this,
            shape.slots,
            shape.functions,
            args.region !== undefined,
            plan,
            complete,
        );
        complete.apply((p) => p.warnings.forEach((warning) => pulumi.log.warn(warning, this)));
        if (existing && shape.role.existing) {
            // Apart from the documents: a trust policy AWS alone knows never makes them unknown.
            const given = shape.role.existing.given;
            pulumi.all([existing.assumeRolePolicy, plan]).apply(([read, p]) => {
                const warning = existingTrustWarning(given, read, p.trustPolicy);
                if (warning) {
                    pulumi.log.warn(warning, this);
                }
            });
        }
        reportPlan({
            name,
            plan: complete,
            args,
            environment,
            planOf: (known, provider) =>
                planAgentPermissions({
                    args: known as pulumi.Unwrap<BedrockAgentRoleArgs>,
                    provider,
                    source,
                }),
        });
        const ready = pulumi.all([role.arn, role.name, attached]);
        this.roleArn = ready.apply(([arn]) => arn);
        this.roleName = ready.apply(([, roleNameValue]) => roleNameValue);
        this.managedPolicies = plan.apply((p) =>
            p.managedPolicies.map((part) => renderPolicy(part.document)),
        );
        this.trustPolicy = plan.apply((p) => renderPolicy(p.trustPolicy));
        this.identityPolicy = plan.apply((p) => renderPolicy(p.inlinePolicy));
        // A key policy naming a principal that does not exist yet is refused by KMS: what is built
        // from the key statements waits for the role.
        const keyStatements = pulumi.all([plan, role.arn]).apply(([p]) => p);
        this.keyPolicyStatement = keyStatements.apply((p) =>
            p.keyPolicyStatement ? renderPolicy(p.keyPolicyStatement) : "",
        );
        this.keyPolicyStatements = keyStatements.apply((p) =>
            Object.fromEntries(p.keyPolicies.map((k) => [k.keyArn, renderStatements(k.statements)])),
        );
        this.callerPolicy = complete.apply((p) => (p.callerPolicy ? renderPolicy(p.callerPolicy) : ""));
        this.foundationModel = pulumi
            .all([plan, pulumi.output(args.foundationModels ?? [])])
            .apply(([, models]) => models[0] ?? "");
        // The role and the Lambda permissions are children of the component, recorded in the state
        // as such; listing a thousand permissions again as outputs would serialize a thousand
        // resource references, which cost more than the rest of the component together.
        this.registerOutputs({
            roleArn: this.roleArn,
            roleName: this.roleName,
            trustPolicy: this.trustPolicy,
            identityPolicy: this.identityPolicy,
            managedPolicies: this.managedPolicies,
            keyPolicyStatement: this.keyPolicyStatement,
            keyPolicyStatements: this.keyPolicyStatements,
            callerPolicy: this.callerPolicy,
            foundationModel: this.foundationModel,
        });
    }

    /**
     * How this component names an argument in its errors: as a path into its args. A program that
     * sets the args from elsewhere (the stack program, from config keys) names them its own way by
     * overriding this.
     * @internal
     */
    protected argumentErrorFor(error: ArgumentError): ArgumentError {
        return error;
    }
}
