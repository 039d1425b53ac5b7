import * as pulumi from "@pulumi/pulumi";
import type { AgentPermissionsPlan } from "../components/agentPermissionsPlan";
import { ArgumentError } from "../components/argumentError";
import { AwsEnvironment, checkEnvironmentField, EnvironmentField } from "../components/iam/awsEnvironment";
import { ObservedPlan, observePlans } from "../components/planObservers";
import { inConfigTerms } from "./agentConfig";
import { agentProgram } from "./agentProgram";
import {
    drainRegistrations,
    installMocks,
    MOCK_ENVIRONMENT,
    RecordedResource,
    settle,
    Settled,
} from "./inProcessRun";
import { PLAN_FILE_VERSION, PlanFile, PlannedRole } from "./planFile";
import type { StackFile } from "./stackFile";

function partitionOf(region: string): string {
    if (region.startsWith("us-gov-")) return "aws-us-gov";
    if (region.startsWith("cn-")) return "aws-cn";
    return "aws";
}

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

function environmentOf(stack: StackFile, assumptions: string[]): AwsEnvironment {
    const regionKey = `${stack.project}:region` in stack.config ? `${stack.project}:region` : "aws:region";
    const region = stack.config[regionKey];
    if (!region) {
        throw new ArgumentError("aws:region", "is not set, so the agent's region is unknown", "us-east-1");
    }
    let account = stack.config[`${stack.project}:account`];
    if (!account) {
        account = MOCK_ENVIRONMENT.account;
        assumptions.push(
            `${stack.project}:account is not set; the plan uses the placeholder account ${account}`,
        );
    }
    return {
        partition: partitionOf(region),
        account: checked(`${stack.project}:account`, "account", account),
        region: checked(regionKey, "region", region),
    };
}

function knownPlan(component: string, settled: Settled<AgentPermissionsPlan>): AgentPermissionsPlan {
    if (!settled.known || settled.value === undefined) {
        throw new Error(`the plan of ${component} is not known after the program ran`);
    }
    return settled.value;
}

/** What one offline run produced: the plan file, and every resource the program registered. */
export interface OfflineRun {
    /** The plan of every role, as each component reported it. */
    file: PlanFile;
    /** The resources registered on the mocks, with their inputs: what `pulumi up` would be asked for. */
    resources: RecordedResource[];
}

/**
 * Runs the stack program in this process on Pulumi mocks, with the stack's config, and returns
 * the plan of every role it declares, as each component reported it: the plan its resources are
 * created from.
 * @throws ArgumentError naming the config key at fault
 */
export async function offlinePlan(stack: StackFile): Promise<PlanFile> {
    return (await offlineRun(stack)).file;
}

/**
 * {@link offlinePlan}, with the resources the run registered.
 * @throws ArgumentError naming the config key at fault
 */
export async function offlineRun(stack: StackFile): Promise<OfflineRun> {
    const assumptions: string[] = [];
    const environment = environmentOf(stack, assumptions);
    const observed: ObservedPlan[] = [];
    const stopObserving = observePlans((plan) => observed.push(plan), { lookupsFromTables: true });
    try {
        const resources = await installMocks({ environment, project: stack.project, stack: stack.stack });
        pulumi.runtime.setAllConfig(stack.config);
        agentProgram();
        const roles: PlannedRole[] = [];
        for (const { name, plan } of observed) {
            roles.push({ component: name, plan: knownPlan(name, await settle(plan)) });
        }
        await drainRegistrations();
        const file = {
            version: PLAN_FILE_VERSION,
            project: stack.project,
            stack: stack.stack,
            environment,
            assumptions,
            roles,
        };
        return { file, resources };
    } catch (error) {
        throw inConfigTerms(error, stack.project);
    } finally {
        stopObserving();
    }
}
