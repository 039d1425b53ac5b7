import type { BedrockAgentRoleArgs } from "./bedrockAgentRoleArgs";
import { AgentDocuments, AgentPlannedArgs, draftAgentDocuments } from "./agentDocuments";
import { checkFunctions, completePlan } from "./agentPermissionsPlan";
import { AGENT_KIND } from "./agentKind";
import { ComponentShape, componentShape } from "./componentShape";
import { completeLateArguments, LateValues, lateValuesOf, withoutLateValues } from "./lateArguments";
import { isPlain } from "../iam/argumentTypes";
import type { InvokedFunction } from "./invokedFunctions";
import type { RoleFamily } from "../roles/roleFamily";

/** The functions a stage checks, with their values resolved. */
type ResolvedFunctions = InvokedFunction[];

/**
 * An agent's role, as the one role pipeline runs it: the documents never wait for a Lambda
 * function, an agent or an alias (the late arguments), so nothing built from the role can hold it
 * back; every function known when the program runs is checked before anything is declared (in
 * `pulumi up`, every function); the Lambda permissions and the callers' policy are completed once
 * the late arguments resolve. The complete plan is an {@link AgentPermissionsPlan}.
 * @internal
 */
export const AGENT_FAMILY: RoleFamily<
    BedrockAgentRoleArgs,
    AgentPlannedArgs,
    ComponentShape,
    AgentDocuments
> = {
    ...AGENT_KIND,
    shape: componentShape,
    plannedArgs: withoutLateValues,
    draft: draftAgentDocuments,
    stages: [
        {
            // A function not known yet in a preview is checked when it is, never holding the documents.
            late: false,
            inputs: (_args, shape, preview) =>
                preview ? shape.functions.filter((fn) => isPlain(fn.value)) : shape.functions,
            run(plan, _shape, inputs) {
                const functions = inputs as ResolvedFunctions;
                checkFunctions(
                    plan,
                    functions,
                    functions.map((fn) => fn.value),
                );
                return plan;
            },
        },
        {
            late: true,
            inputs: (args, shape) => ({ functions: shape.functions, late: lateValuesOf(args, shape) }),
            run(plan, shape, inputs) {
                const { functions, late } = inputs as { functions: ResolvedFunctions; late: LateValues };
                const completed = completeLateArguments(plan, shape, late);
                const values = functions.map((fn) => fn.value);
                return completePlan(completed, checkFunctions(completed, functions, values));
            },
        },
    ],
};
