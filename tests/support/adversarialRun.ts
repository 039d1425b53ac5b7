// How the adversarial suite judges one run: either an ArgumentError naming the mutated argument
// and nothing registered (the late arguments aside), or only concrete ARNs registered.
import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import { ArgumentError } from "../../components/iam/argumentError";
import { withRegistrations } from "./argumentErrors";
import { nonConcrete } from "./concreteArns";
import { drainRegistrations, installMocks, RecordedResource, settle } from "./pulumiMocks";
import { ENV, PROFILE } from "./adversarialValues";

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
    const admitted = b.startsWith("agentIds") && a.startsWith("lambdaAgentIds");
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

const outsideComponents = (recorded: RecordedResource[]) =>
    recorded.filter((r) => !r.type.startsWith("bedrock-agent-role:index:"));

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
    expect(nonConcrete(recorded, ENV, ["ReadSales"], documented), path).to.deep.equal([]);
}
