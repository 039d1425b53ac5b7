import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { AgentDocuments } from "./agentDocuments";
import type { AgentPermissionsPlan } from "./agentPermissionsPlan";
import type { LambdaPermissionSlot, LambdaPermissionSpec } from "../grants/lambdaFunctions";

/**
 * Declares one `aws.lambda.Permission` per slot, passing the plan's spec fields through. A
 * thousand functions stay cheap because permissions share outputs: one per function, one per
 * agent, one for the account and region, each reading the first spec that carries that value.
 * @param plan the documents, once every function that gates them is checked
 * @param complete the whole plan, once every function is known
 * @internal
 */
export function declareLambdaPermissions(
    parent: pulumi.Resource,
    slots: LambdaPermissionSlot[],
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
    const functionOf = shared(complete, "function", (slot) => slot.functionKey);
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
                    region: regionOf(slot, i),
                },
                { parent },
            ),
    );
}
