import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { AgentDocuments } from "./agentDocuments";
import type { AgentPermissionsPlan } from "./agentPermissionsPlan";
import type { InvokedFunction } from "./invokedFunctions";
import type { LambdaPermissionSlot, LambdaPermissionSpec } from "./lambdaPermissions";

/**
 * Declares one `aws.lambda.Permission` per slot, passing the plan's spec fields through. A
 * thousand functions stay cheap because permissions share outputs: one per agent, one for the
 * account and region, each reading the first spec that carries that value; a function given as
 * a plain string is passed as it is (the plan's spec holds it as given), one given as an Output
 * gets one output per function. Every permission still waits for the whole plan through the
 * shared outputs, so none is registered when any check fails.
 * @param functions the invoked functions, as given
 * @param regional whether the args name the agent's region, which may then differ from the
 *   provider's: only then does a permission need a `region` of its own
 * @param plan the documents, once every function that gates them is checked
 * @param complete the whole plan, once every function is known
 * @internal
 */
export function declareLambdaPermissions(
    parent: pulumi.Resource,
    slots: LambdaPermissionSlot[],
    functions: InvokedFunction[],
    regional: boolean,
    plan: pulumi.Output<AgentDocuments>,
    complete: pulumi.Output<AgentPermissionsPlan>,
): aws.lambda.Permission[] {
    const shared = <K extends keyof LambdaPermissionSpec>(
        source: pulumi.Output<{ lambdaPermissions: Pick<LambdaPermissionSpec, K>[] }>,
        field: K,
        keyOf: (slot: LambdaPermissionSlot) => string,
    ) => {
        const outputs = new Map<string, pulumi.Output<LambdaPermissionSpec[K]>>();
        return (slot: LambdaPermissionSlot, index: number) => {
            const key = keyOf(slot);
            if (!outputs.has(key)) {
                outputs.set(
                    key,
                    source.apply((p) => p.lambdaPermissions[index][field]),
                );
            }
            return outputs.get(key) as pulumi.Output<LambdaPermissionSpec[K]>;
        };
    };
    const given = new Map(functions.map((fn) => [fn.key, fn.value]));
    const outputOf = shared(complete, "function", (slot) => slot.functionKey);
    const functionOf = (slot: LambdaPermissionSlot, index: number) => {
        const value = given.get(slot.functionKey);
        return typeof value === "string" ? value : outputOf(slot, index);
    };
    const sourceAccountOf = shared(complete, "sourceAccount", () => "");
    const sourceArnOf = shared(complete, "sourceArn", (slot) => slot.agentKey ?? "");
    // The region does not depend on the functions: known in a preview as soon as the documents are.
    const regionOf = shared(plan, "region", () => "");
    return slots.map(
        (slot, i) =>
            new aws.lambda.Permission(
                slot.resourceName,
                {
                    function: functionOf(slot, i),
                    statementId: slot.statementId,
                    action: slot.action,
                    principal: slot.principal,
                    sourceAccount: sourceAccountOf(slot, i),
                    sourceArn: sourceArnOf(slot, i),
                    ...(regional ? { region: regionOf(slot, i) } : {}),
                },
                { parent },
            ),
    );
}
