import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../components/iam/argumentError";
import {
    AwsEnvironment,
    checkEnvironmentField,
    EnvironmentField,
    partitionOfRegion,
} from "../components/iam/awsEnvironment";
import { ObservedPlan, observePlans } from "../components/resources/planObservers";
import { MOCK_ENVIRONMENT, RecordedResource } from "./mocks/awsMocks";
import { settle, settlements } from "./run/settle";
import { PLAN_FILE_VERSION, PlanFile, PlannedRole, RolePlanView, UnknownRole } from "./planFile";
import { inspectArgs } from "./argumentInspection";
import { redactSecrets, SECRET } from "../components/iam/secrets";
import { checkRoleUsers } from "./roleUsers";
import { planViolations } from "./planViolations";
import type { RuleSettings } from "../policies/agentIamRule";
import { ProgramRunOptions, runProgram } from "./run/programRun";
import type { PulumiProject } from "./run/pulumiProject";
import type { StackFile } from "./run/stackFile";

/** Checks a field of the mocked provider's environment, naming the config key it came from. */
function checked(key: string, field: EnvironmentField, value: string): string {
    try {
        return checkEnvironmentField(field, value);
    } catch (error) {
        throw ArgumentError.isArgumentError(error)
            ? new ArgumentError(key, error.problem, error.example)
            : error;
    }
}

/** The account the stack deploys to, where its config says it: the project's `account`, or the one allowed account. */
function accountOf(stack: StackFile, assumptions: string[]): { key: string; account: string } {
    const own = `${stack.project}:account`;
    if (stack.config[own]) {
        return { key: own, account: stack.config[own] };
    }
    let allowed: unknown;
    try {
        allowed = JSON.parse(stack.config["aws:allowedAccountIds"] ?? "null");
    } catch {
        allowed = null;
    }
    if (Array.isArray(allowed) && allowed.length === 1 && typeof allowed[0] === "string") {
        return { key: "aws:allowedAccountIds", account: allowed[0] };
    }
    assumptions.push(
        `neither ${own} nor a single aws:allowedAccountIds is set; the plan uses the placeholder account ${MOCK_ENVIRONMENT.account}`,
    );
    return { key: own, account: MOCK_ENVIRONMENT.account };
}

function environmentOf(stack: StackFile, assumptions: string[]): AwsEnvironment {
    const regionKey = ["aws:region", `${stack.project}:region`].find((key) => stack.config[key]);
    if (!regionKey) {
        throw new ArgumentError("aws:region", "is not set, so the stack's region is unknown", "us-east-1");
    }
    const region = checked(regionKey, "region", stack.config[regionKey]);
    const { key, account } = accountOf(stack, assumptions);
    return { partition: partitionOfRegion(region), account: checked(key, "account", account), region };
}

/** How a program is run offline, and how the policy pack's rules are tuned (`--policy-config`). */
export type OfflineRunOptions = Pick<ProgramRunOptions, "timeoutSeconds" | "typeCheck"> & {
    policySettings?: Record<string, RuleSettings>;
};

/** What one offline run produced: the plan file, and every resource the program registered. */
export interface OfflineRun {
    /** The plan of every role, as each component reported it. */
    file: PlanFile;
    /** The resources registered on the mocks, with their inputs: what `pulumi up` would be asked for. */
    resources: RecordedResource[];
}

/**
 * A plan as the offline run reports it: the mocked provider answers inference profiles from the
 * package's table, so what the component was told by "the provider" came from the table.
 */
function offlineSources(plan: RolePlanView): RolePlanView {
    return {
        ...plan,
        crossRegionProfiles: plan.crossRegionProfiles.map((profile) =>
            profile.source === "provider" ? { ...profile, source: "table" } : profile,
        ),
    };
}

/** What one component settled to: its plan, or what is known of it. */
type SettledComponent =
    { role: PlannedRole; secrets: string[] } | { unknown: UnknownRole; secrets: string[] };

/**
 * What is known of a role whose plan is not: the arguments it cannot know (or its provider, when
 * that is what is unknown) and the plan of the args without the list items that hold them.
 */
async function unknownRole(
    observed: ObservedPlan,
    known: Record<string, unknown> | undefined,
    unknown: UnknownRole["unknown"],
): Promise<UnknownRole> {
    const environment = await settle(observed.environment);
    if (!environment.known || environment.value === undefined) {
        return { component: observed.name, unknown: [...unknown, { argument: "provider", from: [] }] };
    }
    if (unknown.length === 0 || !known) {
        return { component: observed.name, unknown };
    }
    try {
        const plan = observed.planOf(known, environment.value) as RolePlanView;
        return { component: observed.name, unknown, known: offlineSources(plan) };
    } catch {
        // The known args alone do not plan (a list left empty that must not be): nothing is shown
        // rather than something that is not the role's.
        return { component: observed.name, unknown };
    }
}

/** Settles one component: its plan when known, else what is known of it; with the secrets of its args. */
async function settleComponent(component: ObservedPlan): Promise<SettledComponent> {
    const settled = await settle(component.plan as pulumi.Output<RolePlanView>);
    const inspected = await inspectArgs(component.args);
    const secrets = [...inspected.secrets];
    if (settled.known && settled.value !== undefined) {
        return { role: { component: component.name, plan: offlineSources(settled.value) }, secrets };
    }
    return { unknown: await unknownRole(component, inspected.known, inspected.unknown), secrets };
}

/**
 * Runs the project's program in this process on Pulumi mocks, with the stack's config, and returns
 * the plan of every `BedrockAgentRole` it declares, as each component reported it: the plan its
 * resources are created from. Resources of the types the mocks model get the outputs AWS would
 * give them; a role whose plan depends on any other value is listed as not known whole, with the
 * arguments at fault and the grants that are known. Every value the program marks secret is
 * shown as `[secret]`. The policy pack's rules judge every resource the program declares, as
 * `options.policySettings` tunes them.
 * @throws ArgumentError naming the config key or argument at fault
 * @param options how long the program may take, and whether TypeScript is type-checked
 * @throws ProgramError when the program itself fails, or does not finish in time
 */
export async function offlineRun(
    stack: StackFile,
    project: PulumiProject,
    { policySettings, ...options }: OfflineRunOptions = {},
): Promise<OfflineRun> {
    const assumptions: string[] = [];
    const environment = environmentOf(stack, assumptions);
    // Each component is settled as soon as it is declared, so that its failure ends the run at once.
    const settling: Promise<SettledComponent>[] = [];
    const waiting = settlements();
    const stopObserving = observePlans((plan) => {
        const settled = settleComponent(plan);
        settling.push(settled);
        waiting.add(plan.name, settled);
    });
    try {
        const notes: string[] = [];
        const { resources, notRun } = await runProgram(
            project,
            {
                stack: stack.stack,
                config: stack.config,
                secretKeys: stack.secretKeys,
                environment,
                notes,
                ...options,
            },
            waiting,
        );
        const components = await Promise.all(settling);
        const policy = planViolations(resources, policySettings);
        // A stack secret is hidden wherever it appears, however the program read it.
        const secrets = [
            ...new Set([
                ...components.flatMap((c) => c.secrets),
                ...stack.secretKeys.map((key) => stack.config[key]),
            ]),
        ].filter((secret) => secret !== "");
        if (secrets.length > 0) {
            assumptions.push(
                `${secrets.length} value${secrets.length === 1 ? "" : "s"} the program or the stack marks secret ${secrets.length === 1 ? "is" : "are"} shown as ${SECRET}, wherever ${secrets.length === 1 ? "it appears" : "they appear"}`,
            );
        }
        const unknownRoles = components.flatMap((c) => ("unknown" in c ? [c.unknown] : []));
        const file: PlanFile = {
            version: PLAN_FILE_VERSION,
            project: stack.project,
            stack: stack.stack,
            environment,
            assumptions: [...assumptions, ...new Set(notes), ...policy.notes],
            roles: checkRoleUsers(
                components.flatMap((c) => ("role" in c ? [c.role] : [])),
                resources,
            ),
            ...(unknownRoles.length > 0 ? { unknownRoles } : {}),
            ...(notRun.length > 0 ? { notRun } : {}),
            violations: policy.violations,
        };
        return { file: redactSecrets(file, secrets), resources };
    } finally {
        stopObserving();
    }
}
