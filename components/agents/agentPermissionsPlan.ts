import { AgentDocuments, documentsScope } from "./agentDocuments";
import type { InvokedFunction } from "./invokedFunctions";
import { LambdaFunctionTarget, lambdaFunctionTarget } from "../grants/lambdaFunctions";
import {
    checkLambdaPolicySizes,
    lambdaPermissionDeployerStatements,
    LambdaPermissionSpec,
    lambdaPolicyWarnings,
} from "./lambdaPermissions";

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
 * Joins the documents and every checked function into the whole plan: the permissions, and what
 * the deployer needs to write them, known only once the functions are (the documents never wait
 * for a function, so the deployer's statements of the documents alone hold none of this).
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
        deployerStatements: [
            ...(documents.deployerStatements ?? []),
            ...lambdaPermissionDeployerStatements(lambdaPermissions),
        ],
        warnings: [...documents.warnings, ...lambdaPolicyWarnings(lambdaPermissions)],
    };
}
