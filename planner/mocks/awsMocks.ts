// Runs Pulumi programs in this process on mocks, recording what they declare: the engine of the
// offline plan and of the tests, so that both see exactly what `pulumi up` would be asked for.
import * as pulumi from "@pulumi/pulumi";
import { AwsEnvironment, partitionOfRegion } from "../../components/iam/awsEnvironment";
import { profilesServing, tableInferenceTypes } from "../../components/grants/onDemandModels";
import { providerFailure, tableProfileAnswer } from "./inferenceProfiles";
import { mockId, mockOutputs, MODELLED_TYPES, regionalEnvironment } from "./mockOutputs";
import { policyDocumentAnswer } from "./policyDocumentCall";
import { unknownAnswer, unmodelledCallNote } from "./unmodelledCalls";

/** A resource the code under test registered, with the inputs it was given. */
export interface RecordedResource {
    type: string;
    name: string;
    inputs: Record<string, unknown>;
    /** The id of an existing resource the program read (`Resource.get`) rather than declared. */
    readId?: string;
    /** The ARN the mocks gave it, where they model its type. */
    arn?: string;
}

/** What the program registered: each recorded resource without the ARN the mocks answered it. */
export function registrations(recorded: RecordedResource[]): Omit<RecordedResource, "arn">[] {
    return recorded.map(({ arn: _arn, ...registered }) => registered);
}

/** The account, region and partition the mocked provider reports unless told otherwise. */
export const MOCK_ENVIRONMENT: AwsEnvironment = {
    partition: "aws",
    account: "123456789012",
    region: "us-east-1",
};

/** Options of one mocked program run. */
export interface MockRunOptions {
    /** What the mocked AWS provider reports. */
    environment?: AwsEnvironment;
    /** Run as `pulumi preview`: resource outputs other than inputs are unknown. */
    preview?: boolean;
    /**
     * Run as the offline plan does: a preview in which the resource types the mocks model
     * (`MODELLED_TYPES`) have the outputs AWS would give them, and every other output is unknown.
     */
    plan?: boolean;
    /** The `@pulumi/pulumi` module to install the mocks into: the program's own. Default: this package's. */
    sdk?: typeof pulumi;
    project?: string;
    stack?: string;
    /**
     * What GetInferenceProfile answers, by profile id or ARN: its models' ARNs. Others are unknown
     * to AWS, except in a plan run, where the package's table answers them.
     */
    inferenceProfiles?: Record<string, string[]>;
    /**
     * What GetFoundationModel answers, by model id: its inference types. Others are answered from
     * the package's table of models served only through inference profiles, except in a plan run:
     * there the table's word is a note in `notes`, not an answer, since the table may be older
     * than AWS's offer, and the model is answered as served on demand.
     */
    foundationModels?: Record<string, string[]>;
    /** Where a plan run writes what it assumed where AWS could not be asked. */
    notes?: string[];
    /** The program's folder, from which the provider packages it calls resolve. */
    programFolder?: string;
    /** Where to record each provider call the program makes. */
    calls?: pulumi.runtime.MockCallArgs[];
    /** The roles that exist in the account, by name, with what reading them returns (a trust policy, say). */
    existingRoles?: Record<string, Record<string, unknown>>;
    /** Awaited before each new resource's registration completes: how a test holds one back. */
    beforeRegistering?: (args: pulumi.runtime.MockResourceArgs) => Promise<void> | void;
}

/** The offline plan's warning for a model the table says AWS serves only through inference profiles. */
function onDemandNote(modelId: string, region: string, partition: string): string {
    return (
        `${modelId} is served only through inference profiles in ${region} by the package's table ` +
        "(components/grants/onDemandModels.ts, AWS's pages of 2026-11-29); AWS was not asked, so the plan " +
        `grants it on demand as given, and pulumi up refuses it if AWS agrees: use ${profilesServing(modelId, region, partition).join(" or ")}`
    );
}

/** A provider input as the engine hands it: providers' structured inputs may come as JSON text. */
function providerInput(value: unknown): unknown {
    if (typeof value !== "string" || !/^[[{]/.test(value)) {
        return value;
    }
    try {
        return JSON.parse(value) as unknown;
    } catch {
        return value;
    }
}

/** The account of the first role an AWS provider's inputs assume, if any. */
function assumedAccount(inputs: Record<string, unknown>): string | undefined {
    const assumed = [providerInput(inputs.assumeRoles), providerInput(inputs.assumeRole)].flat();
    const roleArn = (assumed[0] as { roleArn?: unknown } | undefined)?.roleArn;
    return typeof roleArn === "string" ? roleArn.split(":")[4] : undefined;
}

/**
 * What an explicit AWS provider reports, from its inputs as AWS would: its region, the one account
 * it allows or the account of the role it assumes, and the region's partition; what its inputs
 * leave open is the stack's.
 */
function providerEnvironmentOf(inputs: Record<string, unknown>, stack: AwsEnvironment): AwsEnvironment {
    const region = typeof inputs.region === "string" && inputs.region ? inputs.region : stack.region;
    const allowed = providerInput(inputs.allowedAccountIds);
    const account =
        (Array.isArray(allowed) && allowed.length === 1 && typeof allowed[0] === "string"
            ? allowed[0]
            : assumedAccount(inputs)) ?? stack.account;
    return { partition: partitionOfRegion(region), account, region };
}

/** The resource name in a provider reference (`urn:pulumi:stack::project::type::name::id`) of an AWS provider. */
function providerName(reference: string | undefined): string | undefined {
    const parts = reference?.split("::") ?? [];
    return parts.length >= 5 && parts[2].endsWith("pulumi:providers:aws") ? parts[3] : undefined;
}

/**
 * Installs Pulumi mocks that answer the AWS provider's identity, region and partition calls and
 * record every resource registered. Returns the list the records are appended to.
 */
export async function installMocks(options: MockRunOptions = {}): Promise<RecordedResource[]> {
    const stackEnvironment = options.environment ?? MOCK_ENVIRONMENT;
    // Explicit AWS providers the program declares, by name: each reports its own environment.
    const providers = new Map<string, AwsEnvironment>();
    const environmentOf = (provider: string | undefined) =>
        providers.get(providerName(provider) ?? "") ?? stackEnvironment;
    const recorded: RecordedResource[] = [];
    const dryRun = options.preview === true || options.plan === true;
    const sdk = options.sdk ?? pulumi;
    // Application inference profiles the program creates, by ARN: the model or profile each copies.
    const copies = new Map<string, string>();
    await sdk.runtime.setMocks(
        {
            async newResource(args) {
                await options.beforeRegistering?.(args);
                const env = environmentOf(args.provider);
                if (args.type === "pulumi:providers:aws") {
                    providers.set(args.name, providerEnvironmentOf(args.inputs, stackEnvironment));
                }
                if (args.id) {
                    // A read of an existing resource: what the stack's account holds.
                    recorded.push({ type: args.type, name: args.name, inputs: args.inputs, readId: args.id });
                    return {
                        id: args.id,
                        state: {
                            ...mockOutputs({ ...args, inputs: { name: args.id } }, env),
                            ...options.existingRoles?.[args.id],
                        },
                    };
                }
                const unknownOutputs =
                    options.preview || (options.plan && !MODELLED_TYPES.includes(args.type));
                const state = unknownOutputs ? args.inputs : mockOutputs(args, env);
                recorded.push({
                    type: args.type,
                    name: args.name,
                    inputs: args.inputs,
                    ...(!unknownOutputs && typeof state.arn === "string" ? { arn: state.arn } : {}),
                });
                const copyFrom = (args.inputs.modelSource as { copyFrom?: unknown } | undefined)?.copyFrom;
                if (typeof state.arn === "string" && typeof copyFrom === "string") {
                    copies.set(state.arn, copyFrom);
                }
                return { id: unknownOutputs ? undefined : mockId(args, state), state };
            },
            call(args) {
                options.calls?.push(args);
                const env = environmentOf(args.provider);
                switch (args.token) {
                    case "aws:index/getCallerIdentity:getCallerIdentity":
                        return {
                            accountId: env.account,
                            arn: `arn:${env.partition}:iam::${env.account}:user/test`,
                            userId: "TEST",
                            id: env.account,
                        };
                    case "aws:index/getRegion:getRegion": {
                        // The region asked for (its `region`, or the deprecated `name` or `id`), else the provider's.
                        const asked = [args.inputs.region, args.inputs.name, args.inputs.id].find(
                            (value): value is string => typeof value === "string" && value !== "",
                        );
                        const region = asked ?? env.region;
                        return { region, name: region, id: region };
                    }
                    case "aws:index/getPartition:getPartition":
                        return { partition: env.partition, id: env.partition, dnsSuffix: "amazonaws.com" };
                    case "aws:bedrock/getInferenceProfile:getInferenceProfile": {
                        const id = args.inputs.inferenceProfileId as string;
                        const inRegion = regionalEnvironment(args.inputs, env);
                        const models =
                            options.inferenceProfiles?.[id] ??
                            (options.plan ? tableProfileAnswer(id, inRegion, copies) : undefined);
                        if (!models) {
                            throw providerFailure(
                                `ResourceNotFoundException: The inference profile ${id} does not exist`,
                            );
                        }
                        return {
                            inferenceProfileId: id,
                            models: models.map((modelArn) => ({ modelArn })),
                            region: inRegion.region,
                        };
                    }
                    case "aws:bedrockfoundation/getModel:getModel": {
                        const modelId = args.inputs.modelId as string;
                        const { region, partition } = regionalEnvironment(args.inputs, env);
                        const given = options.foundationModels?.[modelId];
                        const table = tableInferenceTypes(modelId);
                        if (!given && options.plan && !table.includes("ON_DEMAND")) {
                            options.notes?.push(onDemandNote(modelId, region, partition));
                        }
                        return {
                            modelId,
                            modelArn: `arn:${partition}:bedrock:${region}::foundation-model/${modelId}`,
                            inferenceTypesSupporteds: given ?? (options.plan ? ["ON_DEMAND"] : table),
                        };
                    }
                    case "aws:iam/getPolicyDocument:getPolicyDocument":
                        return policyDocumentAnswer(args.inputs as Record<string, unknown>);
                    default:
                        if (!options.plan) {
                            throw new Error(`unexpected call ${args.token}`);
                        }
                        options.notes?.push(unmodelledCallNote(args.token));
                        return unknownAnswer(args.token, options.programFolder ?? __dirname);
                }
            },
        },
        options.project ?? "agents",
        options.stack ?? "test",
        dryRun,
    );
    return recorded;
}
