import type * as pulumi from "@pulumi/pulumi";
import { isPlainContainer } from "../grants/grant";
import type { AgentDocuments } from "./agentDocuments";
import { documentsScope } from "./agentDocuments";
import { ArgumentError } from "../iam/argumentError";
import { stringArgument } from "../iam/argumentTypes";
import { invokeAgentAliases } from "./capabilities/agentAliases";
import type { ComponentShape } from "./componentShape";
import { AGENT } from "./agentContext";
import { idOrArn } from "../iam/arn";
import type { ArnScope } from "../iam/awsEnvironment";
import { policyDocument } from "../iam/policyDocument";

/**
 * The arguments only the Lambda permissions and the callers' policy read, which may be created in
 * the same deployment as the agent, after the role: each Lambda function, the agents admitted by
 * the Lambda permissions only, and the agent's aliases.
 * @internal
 */
export const LATE_ARGUMENTS = ["lambdaFunction", "lambdaAgentIds", "agentAliases"] as const;

/**
 * Args without their late arguments: the only form in which documents are planned, so that a
 * value not yet known (a Lambda function or an agent created in the same deployment) can never
 * make a document unknown, nor make the role wait for what waits for the role.
 * @internal
 */
export type WithoutLateValues<T> = T extends pulumi.OutputInstance<unknown> | Promise<unknown>
    ? T
    : T extends (infer U)[]
      ? WithoutLateValues<U>[]
      : T extends object
        ? {
              [K in keyof T as K extends (typeof LATE_ARGUMENTS)[number] ? never : K]: WithoutLateValues<
                  T[K]
              >;
          }
        : T;

/** An agent's args resolved to plain values, without their late values: what its capabilities grant from. @internal */
export type AgentPlanned<Args> = pulumi.Unwrap<WithoutLateValues<Args>>;

/** A copy of `args` without its late arguments, leaving outputs and promises as they are. @internal */
export function withoutLateValues<T>(args: T): WithoutLateValues<T> {
    if (Array.isArray(args)) {
        return args.map(withoutLateValues) as WithoutLateValues<T>;
    }
    if (isPlainContainer(args)) {
        return Object.fromEntries(
            Object.entries(args)
                .filter(([key]) => !(LATE_ARGUMENTS as readonly string[]).includes(key))
                .map(([key, value]) => [key, withoutLateValues(value)]),
        ) as WithoutLateValues<T>;
    }
    return args as WithoutLateValues<T>;
}

/**
 * The values of the late arguments, resolved: what only the Lambda permissions and the callers'
 * policy read, so that they may come from resources that wait for the role.
 * @internal
 */
export interface LateValues {
    /** Each `lambdaAgentIds` entry, by position. */
    lambdaAgentIds: unknown[];
    /** The `agentAliases` list. */
    agentAliases: unknown;
}

/**
 * The late arguments as given: plain values, or Outputs the component waits for apart from the role.
 * @internal
 */
export function lateValuesOf(
    args: { agentAliases?: unknown },
    shape: Pick<ComponentShape, "lambdaAgents">,
): LateValues {
    return {
        lambdaAgentIds: shape.lambdaAgents.map((agent) => agent.value),
        agentAliases: args.agentAliases,
    };
}

/** The Lambda permissions' grants with each agent of `lambdaAgentIds`, checked. */
function admitLambdaAgents(
    documents: AgentDocuments,
    shape: Pick<ComponentShape, "agents" | "lambdaAgents">,
    values: unknown[],
    scope: ArnScope,
): AgentDocuments["lambdaPermissions"] {
    if (shape.lambdaAgents.length === 0) {
        return documents.lambdaPermissions;
    }
    // Any agent of the account and region (which idOrArn checks) is admitted when none is pinned.
    const admitted = new Set(documents.admittedAgents);
    const arns = shape.lambdaAgents.map(({ argument }, i) => {
        const arn = idOrArn(
            argument,
            stringArgument(argument, values[i], AGENT.exampleResource),
            AGENT,
            scope,
        );
        if (admitted.size > 0 && !admitted.has(arn)) {
            throw new ArgumentError(
                argument,
                `"${arn}" is not among the agentIds the trust policy admits`,
                "one of agentIds",
            );
        }
        return arn;
    });
    const arnOfKey = new Map(shape.agents.map((agent) => [agent.key, arns[agent.index]]));
    return documents.lambdaPermissions.map((grant) => ({
        ...grant,
        sourceArn: arnOfKey.get(grant.agentKey as string) as string,
    }));
}

/**
 * The documents completed with the late arguments: each Lambda permission's agent from
 * `lambdaAgentIds`, and the callers' grant on `agentAliases`, checked in the documents' environment.
 * @throws ArgumentError naming the late argument that is invalid: an agent or alias not of the
 *   agent's account and region, or an agent the trust policy does not admit
 * @internal
 */
export function completeLateArguments(
    documents: AgentDocuments,
    shape: Pick<ComponentShape, "agents" | "lambdaAgents">,
    values: LateValues,
): AgentDocuments {
    const scope = documentsScope(documents);
    const lambdaPermissions = admitLambdaAgents(documents, shape, values.lambdaAgentIds, scope);
    const callers = [
        ...(documents.callerPolicy?.Statement ?? []),
        ...invokeAgentAliases(values.agentAliases, scope),
    ];
    return {
        ...documents,
        lambdaPermissions,
        ...(callers.length > 0 ? { callerPolicy: policyDocument(callers) } : {}),
    };
}
