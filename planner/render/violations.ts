// The policy pack's violations in the plan, whatever the format: one row per finding, with the rule,
// how it holds up the deployment, the resource as the program names it, where in it, what to write
// instead and the AWS page the rule rests on.
import type { Violation } from "../../policies/agentIamRule";
import type { PlanFile } from "../planFile";
import { programTypeName } from "../roleUsers";
import type { Cell, PlanSection } from "./sections";

const text = (value: string): Cell => ({ lines: [value], code: false });
const code = (value: string): Cell => ({ lines: value === "" ? [] : [value], code: true });

/** Where in its resource a violation is: the input, and the statement's position in it. */
export function violationPlace(violation: Violation): string {
    if (violation.input === undefined) {
        return "";
    }
    return violation.statement === undefined
        ? violation.input
        : `${violation.input}, statement ${violation.statement}`;
}

/** The mandatory violations of a plan: those that fail it. */
export const mandatoryViolations = (file: PlanFile): Violation[] =>
    (file.violations ?? []).filter((violation) => violation.severity === "mandatory");

/** The section of the policy pack's violations; its table is empty when there are none. */
export function violationsSection(file: PlanFile): PlanSection {
    const found = file.violations ?? [];
    const mandatory = mandatoryViolations(file).length;
    return {
        title: "Policy violations",
        table: {
            header: ["Rule", "Severity", "Resource", "Where", "Message", "AWS page"],
            rows: found.map((violation) => [
                code(violation.rule),
                text(violation.severity),
                code(`${programTypeName(violation.resource.type)} ${violation.resource.name}`),
                code(violationPlace(violation)),
                text(violation.message),
                { lines: [violation.page], code: false, link: true },
            ]),
        },
        ...(found.length > 0
            ? {
                  note:
                      mandatory > 0
                          ? `${mandatory} mandatory violation${mandatory === 1 ? "" : "s"}: the plan fails until ${mandatory === 1 ? "it is" : "they are"} fixed, or a policy configuration (--policy-config) lowers the rule or exempts the resource`
                          : "advisory only: the plan does not fail on them",
              }
            : {}),
    };
}
