import type {
    Conditions,
    InvokerPrincipal,
    PolicyDocument,
    Statement,
} from "../../components/iam/policyDocument";
import type { DeliveryPolicy } from "../../components/grants/deliveryPolicies";
import type { PlanFile, RolePlanView, UnknownRole } from "../planFile";
import { kindOf } from "../roleKinds";

/** Conditions as `operator key = value` lines. */
export function conditionLines(conditions: Conditions | undefined): string[] {
    return Object.entries(conditions ?? {}).flatMap(([operator, keys]) =>
        Object.entries(keys ?? {}).map(([key, values]) => `${operator} ${key} = ${values.join(", ")}`),
    );
}

/** The role's identity policies, each with the label a reader sees: kind and name. */
export function identityPolicies(
    plan: RolePlanView,
): { label: string; name: string; document: PolicyDocument }[] {
    return [
        {
            label: `inline ${plan.inlinePolicyName}`,
            name: plan.inlinePolicyName,
            document: plan.inlinePolicy,
        },
        ...plan.managedPolicies.map((p) => ({
            label: `managed ${p.name}`,
            name: p.name,
            document: p.document,
        })),
    ];
}

/** One cell of a table: its lines, and whether they are identifiers (code, in Markdown). */
export interface Cell {
    lines: string[];
    code: boolean;
    /** Set when the lines are web pages: a link, in Markdown. */
    link?: boolean;
}

/** One part of a role's plan, whatever the format it is rendered in. */
export interface PlanSection {
    title: string;
    /** A table of rows; an empty table is rendered as `(none)`. */
    table?: { header: string[]; rows: Cell[][] };
    /** A document to show as it is. */
    json?: unknown;
    /** What the reader must know of the rows: shown with them. */
    note?: string;
}

/** What the review says of destinations the offline plan took from the package's table. */
export const TABLE_DESTINATIONS_NOTE =
    "Destinations whose source is table come from the package's table of geographies (components/grants/profileDestinations.ts), " +
    "not from AWS, which the offline plan does not ask: every region of the profile's geography, a superset of what AWS answers. " +
    "pulumi up asks AWS (GetInferenceProfile) and grants the destinations AWS answers.";

const text = (value: string): Cell => ({ lines: [value], code: false });
const code = (lines: string[]): Cell => ({ lines, code: true });

function statementCells(s: Statement): Cell[] {
    return [
        text(s.Sid),
        text(s.Effect),
        code(s.Action),
        code(s.Resource ?? []),
        code(conditionLines(s.Condition)),
    ];
}

/** What each destination's policy is added to, as its section's title says. */
const DELIVERY_TITLES: Record<DeliveryPolicy["on"], (name: string) => string> = {
    logGroup: (arn) => `Resource policy of log group ${arn} (aws.cloudwatch.LogResourcePolicy, resourceArn)`,
    bucket: (bucket) => `Add to the bucket policy of ${bucket}`,
    xray: (name) => `X-Ray resource policy ${name} (aws.xray.ResourcePolicy)`,
};

/**
 * A role's plan as sections, in the order a reviewer reads them: identity statements, trust,
 * Lambda permissions, cross-Region profiles, each KMS key's statements, the deployer's statements,
 * each log destination's policy, the callers' policy.
 */
export function roleSections(plan: RolePlanView): PlanSection[] {
    const sections: PlanSection[] = [
        {
            title: "Identity policy statements",
            table: {
                header: ["policy", "sid", "effect", "actions", "resources", "conditions"],
                rows: identityPolicies(plan).flatMap((p) =>
                    p.document.Statement.map((s) => [text(p.label), ...statementCells(s)]),
                ),
            },
        },
        {
            title: plan.existingRole ? "Trust policy the existing role should have" : "Trust policy",
            table: {
                header: ["principal", "actions", "conditions"],
                rows: plan.trustPolicy.Statement.map((s) => [
                    code([s.Principal.Service]),
                    code(s.Action),
                    code(conditionLines(s.Condition)),
                ]),
            },
        },
    ];
    if (plan.kind === "agent") {
        sections.push({
            title: "Lambda permissions",
            table: {
                header: ["function", "principal", "action", "source account", "source ARN", "statement id"],
                rows: plan.lambdaPermissions.map((p) =>
                    [p.function, p.principal, p.action, p.sourceAccount, p.sourceArn, p.statementId].map(
                        (v) => code([v]),
                    ),
                ),
            },
        });
    }
    if (plan.crossRegionProfiles.length > 0) {
        sections.push({
            title: "Inference profiles: the models each routes to, and who said so",
            table: {
                header: ["argument", "profile", "source", "destinations"],
                rows: plan.crossRegionProfiles.map((p) => [
                    text(p.argument),
                    code([p.profileArn]),
                    text(p.source),
                    code(p.destinations),
                ]),
            },
            ...(plan.crossRegionProfiles.some((p) => p.source === "table")
                ? { note: TABLE_DESTINATIONS_NOTE }
                : {}),
        });
    }
    for (const key of plan.keyPolicies) {
        sections.push({ title: `Add to the policy of KMS key ${key.keyArn}`, json: key.statements });
    }
    if (plan.deployerStatements) {
        sections.push({
            title: `Deployer's statements: add to the principal that creates the ${kindOf(plan).words.resource}`,
            table: {
                header: ["sid", "effect", "actions", "resources", "conditions"],
                rows: plan.deployerStatements.map(statementCells),
            },
        });
    }
    for (const policy of plan.deliveryPolicies ?? []) {
        sections.push({
            title: DELIVERY_TITLES[policy.on](policy.name),
            table: {
                header: ["sid", "principal", "actions", "resources", "conditions"],
                rows: policy.statements.map((s) => [
                    text(s.Sid),
                    code([s.Principal.Service ?? s.Principal.AWS ?? ""]),
                    ...statementCells(s).slice(2),
                ]),
            },
        });
    }
    if (plan.callerPolicy) {
        sections.push({
            title: `Callers' policy: attach to the principals that invoke the ${kindOf(plan).words.resource}`,
            table: {
                header: ["sid", "effect", "actions", "resources", "conditions"],
                rows: plan.callerPolicy.Statement.map(statementCells),
            },
        });
    }
    if (plan.kind !== "agent" && plan.resourcePolicy) {
        const { resource } = kindOf(plan).words;
        sections.push({
            title: `Resource-based policy: attach to the ${resource}${plan.kind === "runtime" ? " and to each endpoint called" : ""} (aws.bedrock.AgentcoreResourcePolicy)`,
            table: {
                header: ["sid", "effect", "principal", "actions", "conditions"],
                rows: plan.resourcePolicy.map((s) => [
                    text(s.Sid),
                    text(s.Effect),
                    code(principalNames(s.Principal)),
                    code(s.Action),
                    code(conditionLines(s.Condition)),
                ]),
            },
            note: `agentCoreResourcePolicyArgs writes the ${resource}'s ARN in each statement's Resource, as AgentCore requires.`,
        });
    }
    return sections;
}

/** Who a resource-based statement names: `*` (everyone its conditions admit), or each principal's ARN. */
export function principalNames(principal: InvokerPrincipal): string[] {
    return principal === "*" ? ["*"] : principal.AWS;
}

/**
 * What the role is, as a heading says it: an agent's role, or an AgentCore runtime's or gateway's
 * role with the name of the resources it is for; `name` formats the values the plan did not write.
 */
export function roleTitle(plan: RolePlanView, name: (value: string) => string = (value) => value): string {
    if (plan.existingRole) {
        return `existing role ${name(plan.existingRole)}, not created: its policies are attached to it`;
    }
    const { words } = kindOf(plan);
    const of = plan.kind === "agent" ? "" : ` for the ${words.resources} named ${name(plan.resourceName)}`;
    return `${plan.kind === "agent" ? "role" : words.role} ${name(plan.roleName)}${of}`;
}

/** Why a role is not known whole, one line per unknown argument, and what is shown of it. */
export function unknownRoleLines(role: UnknownRole): string[] {
    const lines = role.unknown.map(({ argument, from }) =>
        argument === "provider"
            ? "its provider's account, region or partition is unknown offline"
            : from.length > 0
              ? `${argument} is unknown offline: it is an output of ${from.join(", ")}, whose outputs the offline plan cannot know`
              : `${argument} is unknown offline: it comes from a provider call the offline plan cannot make (see the notes)`,
    );
    if (role.unknown.length === 0) {
        lines.push("its plan depends on a value beyond its args that the offline plan cannot know");
    }
    lines.push(
        role.known
            ? "The grants below are those known without the list items holding these values; pulumi preview shows the rest."
            : "No grant is shown: an unknown value outside a list item shapes the whole role.",
    );
    return lines;
}

/** Why the program's callbacks listed were not run, and what that leaves out; none when all ran. */
export function notRunLines(file: PlanFile): string[] {
    const notRun = file.notRun ?? [];
    return notRun.length === 0
        ? []
        : [
              `${notRun.length === 1 ? "This callback" : "These callbacks"} of the program ${notRun.length === 1 ? "was" : "were"} not run: each applies to a value unknown offline (an output of a resource type the mocks do not model), so what it would declare, a role included, is not planned; pulumi up runs it.`,
              ...notRun,
          ];
}
