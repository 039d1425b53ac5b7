import * as pulumi from "@pulumi/pulumi";
import { planAgentPermissions } from "../components/agentPermissionsPlan";
import type { ResolvedAgentRoleArgs } from "../components/agentGrants";
import { ArgumentError } from "../components/argumentError";
import { AwsEnvironment } from "../components/awsEnvironment";
import { PolicyDocument, Statement } from "../components/policyDocument";
import { agentArgsFromConfig, configKeyOf } from "./agentConfig";
import { agentProgram } from "./agentProgram";
import { drainRegistrations, installMocks, MOCK_ENVIRONMENT, RecordedResource, settle } from "./inProcessRun";
import { StackFile } from "./stackFile";

/** One identity policy of the role: the inline one or a customer-managed one. */
export interface PlannedPolicy {
    name: string;
    kind: "inline" | "managed";
    document: PolicyDocument;
}

/** One Lambda permission, with the arguments given to `aws.lambda.Permission`. */
export interface PlannedLambdaPermission {
    key: string;
    function: string;
    statementId: string;
    action: string;
    principal: string;
    sourceAccount: string;
    sourceArn: string;
}

/** Everything a stack would create, as recorded from the program run on mocks: the plan file. */
export interface OfflinePlan {
    project: string;
    stack: string;
    environment: AwsEnvironment;
    /** Notes on values the plan assumed, such as a placeholder account. */
    assumptions: string[];
    roleName: string;
    trustPolicy: PolicyDocument;
    identityPolicies: PlannedPolicy[];
    lambdaPermissions: PlannedLambdaPermission[];
    keyPolicyStatement?: Statement;
    warnings: string[];
}

function partitionOf(region: string): string {
    if (region.startsWith("us-gov-")) return "aws-us-gov";
    if (region.startsWith("cn-")) return "aws-cn";
    return "aws";
}

function environmentOf(stack: StackFile, assumptions: string[]): AwsEnvironment {
    const region = stack.config[`${stack.project}:region`] ?? stack.config["aws:region"];
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
    return { partition: partitionOf(region), account, region };
}

function inConfigTerms(error: unknown, project: string): never {
    if (error instanceof ArgumentError && !error.argument.includes(":")) {
        throw new ArgumentError(configKeyOf(project, error.argument), error.problem, error.example);
    }
    throw error;
}

const ofType = (recorded: RecordedResource[], type: string) => recorded.filter((r) => r.type === type);

/**
 * Runs the stack program in this process on Pulumi mocks, with the stack's config, and returns
 * what it would create. The config is first checked and planned with the same core, so that bad
 * config or a broken quota is reported in config terms before the program runs.
 * @throws ArgumentError naming the config key at fault
 */
export async function offlinePlan(stack: StackFile): Promise<OfflinePlan> {
    const assumptions: string[] = [];
    const environment = environmentOf(stack, assumptions);
    const prefix = `${stack.project}:`;
    const projectKeys = Object.keys(stack.config)
        .filter((k) => k.startsWith(prefix))
        .map((k) => k.slice(prefix.length));
    const source = { get: (key: string) => stack.config[prefix + key] };
    let warnings: string[];
    try {
        const { name, args } = agentArgsFromConfig(source, stack.project, projectKeys);
        const planned = planAgentPermissions({
            args: args as ResolvedAgentRoleArgs,
            provider: environment,
            source: { project: stack.project, stack: stack.stack, componentName: name },
        });
        warnings = planned.warnings;
    } catch (error) {
        inConfigTerms(error, stack.project);
    }

    const recorded = await installMocks({ environment, project: stack.project, stack: stack.stack });
    pulumi.runtime.setAllConfig(stack.config);
    const outputs = agentProgram();
    await settle(outputs.roleArn);
    const keyStatement = (await settle(outputs.keyPolicyStatement)).value;
    await drainRegistrations();

    const [role] = ofType(recorded, "aws:iam/role:Role");
    const componentName = role.name;
    return {
        project: stack.project,
        stack: stack.stack,
        environment,
        assumptions,
        roleName: role.inputs.name as string,
        trustPolicy: JSON.parse(role.inputs.assumeRolePolicy as string) as PolicyDocument,
        identityPolicies: [
            ...ofType(recorded, "aws:iam/rolePolicy:RolePolicy").map((r) => ({
                name: r.inputs.name as string,
                kind: "inline" as const,
                document: JSON.parse(r.inputs.policy as string) as PolicyDocument,
            })),
            ...ofType(recorded, "aws:iam/policy:Policy").map((r) => ({
                name: r.inputs.name as string,
                kind: "managed" as const,
                document: JSON.parse(r.inputs.policy as string) as PolicyDocument,
            })),
        ],
        lambdaPermissions: ofType(recorded, "aws:lambda/permission:Permission").map((r) => ({
            key: r.name.slice(`${componentName}-invoke-`.length),
            function: r.inputs.function as string,
            statementId: r.inputs.statementId as string,
            action: r.inputs.action as string,
            principal: r.inputs.principal as string,
            sourceAccount: r.inputs.sourceAccount as string,
            sourceArn: r.inputs.sourceArn as string,
        })),
        keyPolicyStatement: keyStatement ? (JSON.parse(keyStatement) as Statement) : undefined,
        warnings,
    };
}
