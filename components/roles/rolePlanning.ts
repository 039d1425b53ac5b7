import type { RolePlan } from "../grants/roleDocuments";
import type { RoleFamily, RolePlanRequest, RoleShape } from "./roleFamily";

/**
 * A family's plan without Pulumi: its one path (shape, documents, each stage, in order), with the
 * provider's answers taken from the package's tables. What a reviewer or a test reads, and what
 * the component's own pipeline computes from the same functions.
 * @throws ArgumentError for the first invalid argument, or a quota the plan would exceed
 * @internal
 */
export function planRole<Args, Planned, Shape extends RoleShape, Plan extends RolePlan>(
    family: RoleFamily<Args, Planned, Shape, Plan>,
    request: RolePlanRequest<Args>,
): Plan {
    const args = request.args as Args;
    const shape = family.shape(args, request.source);
    const documents = family
        .draft({ args: family.plannedArgs(args) as Planned, provider: request.provider, shape })
        .finish({ from: "table" });
    return family.stages.reduce(
        (plan, stage) => stage.run(plan, shape, stage.inputs(args, shape, false)),
        documents,
    );
}
