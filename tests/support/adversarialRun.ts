// How the adversarial suite judges one run: either an ArgumentError naming the mutated argument
// and nothing registered (the late arguments aside), or only concrete ARNs registered.
import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import type { LambdaPermissionSpec } from "../../components/agents/lambdaPermissions";
import type { RolePlan } from "../../components/grants/roleDocuments";
import { ArgumentError } from "../../components/iam/argumentError";
import { renderPolicy } from "../../components/iam/policyDocument";
import { withRegistrations } from "./argumentErrors";
import { nonConcrete } from "./concreteArns";
import { drainRegistrations, installMocks, RecordedResource, settle } from "./pulumiMocks";
import fc from "fast-check";
import { PathKey, Strike, valueAt } from "./adversarialBases";
import { ENV, hostile, PROFILE, withValue } from "./adversarialValues";

/** How many cases each adversarial property runs: ADVERSARIAL_RUNS, 1,000 unless set. */
export const ADVERSARIAL_RUNS = Number(process.env.ADVERSARIAL_RUNS ?? 1000);

/**
 * Arguments that hold ARNs: a valid but different account, region or partition makes them
 * foreign, and the error may name them rather than the environment field.
 */
const ARN_ARGUMENTS = [
    "thirdPartyKnowledgeBases[0].credentialsSecretArn",
    "extraStatements[0].resources[0]",
    "thirdPartyKnowledgeBaseSecrets[0]",
    "actionGroups[1].apiSchema.arn",
    "permissionsBoundary",
];
const ENVIRONMENT_FIELDS = ["account", "region", "partition"];
/**
 * Arguments only the Lambda permissions and the callers' policy read: the role never waits for
 * them, so it may be registered before they fail; what reads them never is.
 */
const LATE_ARGUMENTS = ["lambdaAgentIds", "agentAliases"];

const normalized = (argument: string) => argument.replace(/\["([^"]+)"\]/g, ".$1").replace(/^[\w-]+:/, "");

/** Whether an error about `argument` is about the mutated `path`: one names a part of the other. */
function names(argument: string, path: string): boolean {
    const [a, b] = [normalized(argument), normalized(path)];
    const within = (x: string, y: string) => x === y || y.startsWith(`${x}.`) || y.startsWith(`${x}[`);
    // lambdaAgentIds must be among agentIds: a bad agentIds can surface as a refused lambdaAgentIds.
    // A gateway's user-bound tokens need an OAuth provider: a bad oauthProviders can surface as a
    // refused workloadAccessTokensForJwt or workloadAccessTokensForUserId.
    // An online evaluation's evaluator keys are for its evaluators: a bad evaluators can surface as
    // refused evaluatorKeys. A memory's callers' self-managed pipeline reads its strategies' payloads:
    // emptied selfManagedStrategies surface as a refused callers.selfManagedPipeline. A runtime runs
    // a container image or a code artifact: a removed codeArtifact surfaces as a missing containerRepository.
    // Destinations are given for profiles of foundationModels: a struck profile surfaces as
    // destinations refused for naming no profile.
    const admitted =
        (b.startsWith("agentIds") && a.startsWith("lambdaAgentIds")) ||
        (b.startsWith("oauthProviders") && a.startsWith("workloadAccessTokensFor")) ||
        (b.startsWith("evaluators") && a.startsWith("evaluatorKeys")) ||
        (b.startsWith("selfManagedStrategies") && a.startsWith("callers.selfManagedPipeline")) ||
        (b === "codeArtifact" && a === "containerRepository") ||
        (b.startsWith("foundationModels") && a.startsWith("inferenceProfileDestinations"));
    // An extra statement is checked as a whole: another action can make its resources the error.
    const statement = (x: string) => /^extraStatements\[\d+\]/.exec(x)?.[0];
    const sameStatement = statement(a) !== undefined && statement(a) === statement(b);
    // A provider's secret must be that provider's: another provider makes the secret the error.
    const provider = (x: string) => /^(oauthProviders|apiKeyProviders)\[\d+\]/.exec(x)?.[0];
    const sameProvider = provider(a) !== undefined && provider(a) === provider(b);
    return (
        within(a, b) ||
        within(b, a) ||
        admitted ||
        sameStatement ||
        sameProvider ||
        (ENVIRONMENT_FIELDS.includes(b) &&
            (ARN_ARGUMENTS.includes(a) || LATE_ARGUMENTS.some((l) => a.startsWith(l))))
    );
}

/**
 * Statements whose wildcards the user writes: the bases' extra statement, and a gateway's API
 * Gateway methods and paths, where a `{parameter}` or a `*` of the path the user names is `*`.
 */
const USER_WILDCARDS = ["ReadSales", "InvokeApiGatewayTargets"];

/** What the run declared beside the components: reading an existing role creates nothing. */
const outsideComponents = (recorded: RecordedResource[]) =>
    recorded.filter((r) => !r.type.startsWith("bedrock-agent-role:index:") && r.readId === undefined);

/**
 * Runs `declare` on fresh mocks and checks the run's outcome against the mutated argument.
 * @param documented patterns the component documents beyond the agents' (an AgentCore role's)
 */
export async function checkRun(
    path: string,
    declare: () => { roleArn: pulumi.Output<string>; callerPolicy?: pulumi.Output<string> },
    project?: string,
    documented: string[] = [],
): Promise<void> {
    const recorded = await installMocks({
        environment: ENV,
        project,
        // AWS knows the profile: what GetInferenceProfile answers where the args give no destinations.
        inferenceProfiles: {
            [PROFILE]: ["eu-west-3", "eu-central-1"].map(
                (r) => `arn:aws:bedrock:${r}::foundation-model/${PROFILE.slice(3)}`,
            ),
        },
    });
    let failure: unknown;
    let registrations: Promise<unknown> = Promise.resolve();
    try {
        const run = withRegistrations(declare);
        registrations = run.registrations;
        await settle(pulumi.all([run.value.roleArn, run.value.callerPolicy ?? run.value.roleArn]));
    } catch (error) {
        failure = error;
    }
    if (failure !== undefined) {
        expect(ArgumentError.isArgumentError(failure), String(failure)).to.equal(true);
        const argument = (failure as ArgumentError).argument;
        expect(names(argument, path), `${argument} for ${path}: ${(failure as Error).message}`).to.equal(
            true,
        );
        await registrations;
        const late = LATE_ARGUMENTS.some((l) => normalized(argument).startsWith(l));
        const registered = outsideComponents(recorded).filter(
            (r) =>
                !late ||
                ![
                    "aws:iam/role:Role",
                    "aws:iam/rolePolicy:RolePolicy",
                    "aws:iam/policy:Policy",
                    "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
                ].includes(r.type),
        );
        expect(registered, "registered despite the error").to.deep.equal([]);
        return;
    }
    await drainRegistrations();
    expect(nonConcrete(recorded, ENV, USER_WILDCARDS, documented), path).to.deep.equal([]);
}

/** What a plan declares, as the mocks would record it: the role, its policies, its Lambda permissions. */
function declaredBy(plan: RolePlan & { lambdaPermissions?: LambdaPermissionSpec[] }): RecordedResource[] {
    const resource = (name: string, inputs: Record<string, unknown>) => ({ type: "plan", name, inputs });
    return [
        resource("role", {
            assumeRolePolicy: renderPolicy(plan.trustPolicy),
            permissionsBoundary: plan.role.permissionsBoundary,
        }),
        resource("identity", { policy: renderPolicy(plan.inlinePolicy) }),
        ...plan.managedPolicies.map((part) => resource(part.key, { policy: renderPolicy(part.document) })),
        ...(plan.lambdaPermissions ?? []).map((spec) =>
            resource(spec.statementId, {
                function: spec.functionArn,
                sourceArn: spec.sourceArn,
                sourceAccount: spec.sourceAccount,
            }),
        ),
    ];
}

/**
 * Plans the struck args with the component's pure plan (its own path, the package's table
 * answering for AWS) and judges the outcome as {@link checkRun} does: an ArgumentError naming the
 * struck argument, or documents whose every ARN is concrete or documented.
 */
export function checkPlan(path: string, plan: () => RolePlan, documented: string[] = []): void {
    let planned: RolePlan;
    try {
        planned = plan();
    } catch (error) {
        expect(ArgumentError.isArgumentError(error), String(error)).to.equal(true);
        const argument = (error as ArgumentError).argument;
        expect(names(argument, path), `${argument} for ${path}: ${(error as Error).message}`).to.equal(true);
        return;
    }
    const problems = nonConcrete(declaredBy(planned), ENV, USER_WILDCARDS, documented);
    expect(problems, `${path}: ${problems.join("; ")}`).to.deep.equal([]);
}

/** How many random strikes of each property also run through Pulumi's mocks: 250 unless set. */
export const MOCKED_RUNS = Math.min(ADVERSARIAL_RUNS, Number(process.env.ADVERSARIAL_MOCKED_RUNS ?? 250));

/** One strike: where, the hostile value, and whether it arrives late, as an Output. */
export type StrikeCase = [Strike, unknown, boolean];

/** A random strike at one of `strikes`: a hostile value, early or late. */
const randomStrike = (strikes: readonly Strike[]) =>
    fc
        .constantFrom(...strikes)
        .chain((strike) =>
            fc.tuple(fc.constant(strike), hostile(valueAt(strike.base.args, strike.path)), fc.boolean()),
        );

/**
 * Strikes every path of `strikes` once with `*` (fast-check's examples, so no argument depends on
 * chance), then ADVERSARIAL_RUNS random strikes with hostile values, through the pure plan: the
 * component's own path, so its documents and errors are the component's. Then MOCKED_RUNS random
 * strikes, early or late (as Outputs), through the component on Pulumi's mocks, for what a run
 * registers and for values that arrive late.
 */
export async function strikeEach(
    strikes: readonly Strike[],
    checkPure: (strike: Strike, value: unknown) => void,
    checkMocked: (strike: Strike, value: unknown, late: boolean) => Promise<void>,
): Promise<void> {
    fc.assert(
        fc.property(randomStrike(strikes), ([strike, value]: StrikeCase) => checkPure(strike, value)),
        {
            numRuns: ADVERSARIAL_RUNS,
            examples: strikes.map((strike): [StrikeCase] => [[strike, "*", false]]),
        },
    );
    await fc.assert(
        fc.asyncProperty(randomStrike(strikes), ([strike, value, late]: StrikeCase) =>
            checkMocked(strike, value, late),
        ),
        { numRuns: MOCKED_RUNS },
    );
}

/** `args` with `value` at `path`, as an Output when `late`. */
export const struck = (args: Record<string, unknown>, path: PathKey[], value: unknown, late: boolean) =>
    withValue(args, path, late && value !== undefined ? pulumi.output(value) : value);
