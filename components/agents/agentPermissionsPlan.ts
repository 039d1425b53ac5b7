import type * as pulumi from "@pulumi/pulumi";
import { AgentDocuments, documentsScope, draftAgentDocuments } from "./agentDocuments";
import type { BedrockAgentRoleArgs } from "./bedrockAgentRoleArgs";
import { InvokedFunction, withoutLateValues } from "../grants/grant";
import { componentShape } from "./componentShape";
import type { AwsEnvironment } from "../iam/awsEnvironment";
import {
    checkLambdaPolicySizes,
    LambdaFunctionTarget,
    lambdaFunctionTarget,
    LambdaPermissionSpec,
    lambdaPolicyWarnings,
} from "../grants/lambdaFunctions";
import { completeLateArguments, lateValuesOf } from "./lateArguments";
import type { RoleNameSource } from "../iam/names";

/** Everything the component creates, as plain data: the single source of truth for what is granted. */
export interface AgentPermissionsPlan extends Omit<AgentDocuments, "lambdaPermissions"> {
    /** One permission per Lambda function and admitted agent. */
    lambdaPermissions: LambdaPermissionSpec[];
}

function specsOf(
    documents: AgentDocuments,
    targets: Record<string, LambdaFunctionTarget>,
): LambdaPermissionSpec[] {
    return documents.lambdaPermissions
        .filter((grant) => grant.functionKey in targets)
        .map((grant) => ({ ...grant, ...targets[grant.functionKey] }));
}

/**
 * Checks functions against the documents' environment, and the resource-based policies their
 * permissions would write against Lambda's limit.
 * @param values each function's resolved value, in the order of `functions`
 * @returns each function's target, by function key
 * @throws ArgumentError naming the function's argument
 * @internal
 */
export function checkFunctions(
    documents: AgentDocuments,
    functions: InvokedFunction[],
    values: unknown[],
): Record<string, LambdaFunctionTarget> {
    const scope = documentsScope(documents);
    const targets = Object.fromEntries(
        functions.map((fn, i) => [fn.key, lambdaFunctionTarget(fn.argument, values[i], scope)]),
    );
    const argumentOf = new Map(functions.map((fn) => [fn.key, fn.argument]));
    checkLambdaPolicySizes(specsOf(documents, targets), (key) => argumentOf.get(key) as string);
    return targets;
}

/**
 * Joins the documents and every checked function into the whole plan.
 * @param targets each function's target, by function key
 * @internal
 */
export function completePlan(
    documents: AgentDocuments,
    targets: Record<string, LambdaFunctionTarget>,
): AgentPermissionsPlan {
    const lambdaPermissions = specsOf(documents, targets);
    return {
        ...documents,
        lambdaPermissions,
        warnings: [...documents.warnings, ...lambdaPolicyWarnings(lambdaPermissions)],
    };
}

/** What {@link planAgentPermissions} computes a plan from. */
export interface PlanRequest {
    /** The component's args, every value plain. */
    args: pulumi.Unwrap<BedrockAgentRoleArgs>;
    /** Partition, account and region of the provider that creates the role. */
    provider: AwsEnvironment;
    /** Project, stack and component name, from which the default role name is derived. */
    source: RoleNameSource;
}

/**
 * Validates plain args and computes every document, name and permission a `BedrockAgentRole`
 * with these args creates: what a reviewer or a test reads. Pure: the same request gives the same
 * plan, whatever the order of its lists.
 * @throws ArgumentError for the first invalid argument, or a quota the plan would exceed
 */
export function planAgentPermissions(request: PlanRequest): AgentPermissionsPlan {
    const shape = componentShape(request.args, request.source);
    const documents = draftAgentDocuments({
        ...request,
        args: withoutLateValues(request.args),
        shape,
    }).finish({ from: "table" });
    const admitted = completeLateArguments(documents, shape, lateValuesOf(request.args, shape));
    const values = shape.functions.map((fn) => fn.value);
    return completePlan(admitted, checkFunctions(admitted, shape.functions, values));
}
