// The policy pack's rules over every resource the program registered, whoever declared it: the
// package's components' roles and policies like a hand-written aws.iam.RolePolicy, each with the
// inputs the mocks received, as `pulumi preview --policy-pack` would hand them to the pack.
import type { RuleSettings, Violation } from "../policies/agentIamRule";
import { AGENT_IAM_RULES } from "../policies/agentIamRules";
import type { InspectedResource } from "../policies/inspectedDocuments";
import { violationsByResource } from "../policies/violations";
import type { RecordedResource } from "./mocks/awsMocks";

/** How the engine marks a secret and an unknown value in the inputs the mocks receive (any SDK copy). */
const SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";

const isUnknown = (value: unknown) =>
    (value as { __pulumiUnknown?: unknown } | null | undefined)?.__pulumiUnknown === true;

/** An input as read: its value with secrets unwrapped, whether any part is unknown or secret. */
interface ResolvedInput {
    value?: unknown;
    unknown: boolean;
    secret: boolean;
}

function resolved(value: unknown): ResolvedInput {
    if (isUnknown(value)) {
        return { unknown: true, secret: false };
    }
    const record = value as Record<string, unknown>;
    if (typeof value === "object" && value !== null && record[SIGNATURE_KEY] === SECRET_SIGNATURE) {
        return { ...resolved(record.value), secret: true };
    }
    const parts: [string, unknown][] = Array.isArray(value)
        ? value.map((item, i) => [String(i), item])
        : typeof value === "object" && value !== null
          ? Object.entries(record)
          : [];
    const read = parts.map(([key, part]) => [key, resolved(part)] as const);
    const values = read.map(([key, part]) => [key, part.value] as const);
    return {
        value: Array.isArray(value)
            ? values.map(([, part]) => part)
            : parts.length > 0
              ? Object.fromEntries(values)
              : value,
        unknown: read.some(([, part]) => part.unknown),
        secret: read.some(([, part]) => part.secret),
    };
}

/**
 * The violation as the plan shows it: in an input the program marks secret its message, which may
 * quote the value, is withheld, as pulumi preview withholds the value.
 */
function shown(violation: Violation, secretInputs: Set<string>): Violation {
    const input = violation.input?.split(/[.[]/)[0] ?? "";
    return secretInputs.has(input)
        ? {
              ...violation,
              message: `${input} is a value the program marks secret, so what the rule found in it is not shown: the plan shows no secret`,
          }
        : violation;
}

/** What the rules found in a program's resources, and what they could not read. */
export interface PlanViolations {
    /** Every violation, in the order the program registered its resources, then rules, then statements. */
    violations: Violation[];
    /**
     * Notes on inputs the rules could not read, unknown offline (an output of a resource type the
     * mocks do not model), and on the rules the configuration turned off or exempted.
     */
    notes: string[];
}

/** What the configuration waives, as a note the reader of the plan sees. */
function waiverNotes(settings: Record<string, RuleSettings>): string[] {
    return Object.entries(settings).flatMap(([rule, tuned]) => [
        ...(tuned.enforcementLevel === "disabled"
            ? [`the policy configuration disables ${rule}: its violations are not reported`]
            : []),
        ...(tuned.exemptResources?.length
            ? [`the policy configuration exempts ${tuned.exemptResources.join(", ")} from ${rule}`]
            : []),
    ]);
}

/**
 * The violations of the pack's rules, tuned by `settings`, in the resources the program declared
 * (reads of existing resources are not the program's to judge). An input unknown offline is left
 * out, and noted, rather than guessed.
 */
export function planViolations(
    recorded: RecordedResource[],
    settings: Record<string, RuleSettings> = {},
): PlanViolations {
    const ruled = new Set(AGENT_IAM_RULES.flatMap((rule) => rule.resourceTypes));
    const read = recorded
        .filter((resource) => resource.readId === undefined)
        .map((resource) => {
            const inputs = Object.entries(resource.inputs).map(
                ([key, value]) => [key, resolved(value)] as const,
            );
            const props = Object.fromEntries(
                inputs.flatMap(([key, input]) => (input.unknown ? [] : [[key, input.value]])),
            );
            const inspected: InspectedResource = {
                type: resource.type,
                name: resource.name,
                props,
                ...(resource.arn === undefined ? {} : { arn: resource.arn }),
            };
            return {
                inspected,
                unknown: inputs.filter(([, input]) => input.unknown).map(([key]) => key),
                secret: new Set(inputs.filter(([, input]) => input.secret).map(([key]) => key)),
            };
        });
    const unreadNotes = read
        .filter(({ inspected, unknown }) => unknown.length > 0 && ruled.has(inspected.type))
        .map(
            ({ inspected, unknown }) =>
                `the policy rules read ${inspected.type} ${inspected.name} without ${unknown.join(", ")}, unknown offline (an output of a resource type the plan does not model); the pack judges ${unknown.length === 1 ? "it" : "them"} in pulumi up, once known`,
        );
    return {
        violations: violationsByResource(
            read.map(({ inspected }) => inspected),
            AGENT_IAM_RULES,
            settings,
        ).flatMap((found, i) => found.map((v) => shown(v, read[i].secret))),
        notes: [...waiverNotes(settings), ...unreadNotes],
    };
}
