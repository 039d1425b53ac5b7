import type { RolePlanView } from "../planFile";
import type { Conditions } from "../../components/iam/policyDocument";
import { conditionLines, identityPolicies, roleSections, roleTitle, unknownRoleLines } from "./sections";
import type { PlanFile } from "../planFile";

/** Renders rows as a text table; a cell may hold several lines, one per list item. */
export function table(header: string[], rows: string[][]): string {
    const cells = [header, ...rows].map((row) => row.map((cell) => cell.split("\n")));
    const widths = header.map((_, i) =>
        Math.max(...cells.map((row) => Math.max(...row[i].map((line) => line.length)))),
    );
    const lines: string[] = [];
    const separator = `+-${widths.map((w) => "-".repeat(w)).join("-+-")}-+`;
    cells.forEach((row, r) => {
        if (r <= 1) lines.push(separator);
        const height = Math.max(...row.map((cell) => cell.length));
        for (let l = 0; l < height; l++) {
            lines.push(`| ${row.map((cell, i) => (cell[l] ?? "").padEnd(widths[i])).join(" | ")} |`);
        }
    });
    lines.push(separator);
    return lines.join("\n");
}

/**
 * The plan as a person reads it: per role, one row per statement, then trust, Lambda permissions,
 * inference profiles, what each KMS key's policy needs, and the callers' policy.
 */
export function renderPlan(file: PlanFile): string {
    const unknown = (file.unknownRoles ?? []).map((role) =>
        [
            `Stack ${file.project}/${file.stack}, component ${role.component}: NOT KNOWN WHOLE OFFLINE`,
            ...unknownRoleLines(role).map((line) => `  ${line}`),
            ...(role.known ? ["", renderRole(file, role.component, role.known)] : []),
        ].join("\n"),
    );
    const none =
        file.roles.length === 0 && unknown.length === 0
            ? [
                  `Stack ${file.project}/${file.stack}: no BedrockAgentRole, AgentCoreRuntimeRole or AgentCoreGatewayRole`,
              ]
            : [];
    return [
        ...file.roles.map(({ component, plan }) => renderRole(file, component, plan)),
        ...unknown,
        ...none,
    ].join("\n\n");
}

function renderRole(file: PlanFile, component: string, plan: RolePlanView): string {
    const { environment: env } = plan;
    const role = roleTitle(plan);
    const parts = [
        `Stack ${file.project}/${file.stack}, component ${component}: ${role} (account ${env.account}, region ${env.region}, partition ${env.partition})`,
        ...file.assumptions.map((note) => `note: ${note}`),
    ];
    for (const section of roleSections(plan)) {
        parts.push("", section.title);
        if (section.json !== undefined) {
            parts.push(JSON.stringify(section.json, null, 2));
        } else if (section.table && section.table.rows.length > 0) {
            const rows = section.table.rows.map((row) => row.map((cell) => cell.lines.join("\n") || "-"));
            parts.push(table(section.table.header, rows));
        } else {
            parts.push("(none)");
        }
    }
    if (plan.warnings.length > 0) {
        parts.push("", ...plan.warnings.map((w) => `warning: ${w}`));
    }
    return parts.join("\n");
}

/** Every single grant of each role of a plan file as one line, by component: what a reviewer compares. */
export function grantLines(file: PlanFile): Map<string, Set<string>> {
    return new Map(file.roles.map(({ component, plan }) => [component, new Set(roleGrantLines(plan))]));
}

function roleGrantLines(plan: RolePlanView): string[] {
    const when = (c: Conditions | undefined) =>
        conditionLines(c).length ? ` when ${conditionLines(c).join("; ")}` : "";
    const lines = [
        `role: ${plan.roleName}`,
        ...identityPolicies(plan).flatMap((p) =>
            p.document.Statement.flatMap((s) =>
                s.Action.flatMap((a) =>
                    (s.Resource ?? []).map((r) => `identity: ${s.Effect} ${a} on ${r}${when(s.Condition)}`),
                ),
            ),
        ),
        ...plan.trustPolicy.Statement.flatMap((s) =>
            s.Action.map((a) => `trust: ${s.Principal?.Service} may ${a}${when(s.Condition)}`),
        ),
        ...(plan.lambdaPermissions ?? []).map(
            (p) =>
                `lambda ${p.function}: ${p.principal} may ${p.action} from ${p.sourceArn} in account ${p.sourceAccount}`,
        ),
        ...plan.keyPolicies.flatMap((key) =>
            key.statements.flatMap((s) =>
                s.Action.map(
                    (a) =>
                        `key policy of ${key.keyArn}: ${s.Principal.Service ?? s.Principal.AWS} may ${a}${when(s.Condition)}`,
                ),
            ),
        ),
        ...(plan.callerPolicy?.Statement ?? []).flatMap((s) =>
            s.Action.flatMap((a) =>
                (s.Resource ?? []).map((r) => `callers: ${s.Effect} ${a} on ${r}${when(s.Condition)}`),
            ),
        ),
    ];
    return lines;
}

/** What changed between two plans, role by role: each line names its component. */
export interface PlanDiff {
    /** Grants a role gains, and roles added with everything they grant. */
    added: string[];
    /** Grants a role loses, and roles removed with everything they granted. */
    removed: string[];
    /** Grants one role loses and another gains. */
    moved: string[];
    /** Roles not known whole offline in either plan, which are not compared. */
    notCompared: string[];
}

/**
 * What each role grants that it did not, and no longer grants; roles added and removed with all
 * their grants; and grants moved from one role to another, which a stack-wide comparison misses.
 */
export function diffPlans(previous: PlanFile, current: PlanFile): PlanDiff {
    const before = grantLines(previous);
    const after = grantLines(current);
    const notCompared = [...(previous.unknownRoles ?? []), ...(current.unknownRoles ?? [])].map(
        (role) => role.component,
    );
    const components = [...new Set([...before.keys(), ...after.keys()])]
        .filter((component) => !notCompared.includes(component))
        .sort();
    const gained: [string, string][] = [];
    const lost: [string, string][] = [];
    for (const component of components) {
        const was = before.get(component) ?? new Set<string>();
        const is = after.get(component) ?? new Set<string>();
        [...is].filter((line) => !was.has(line)).forEach((line) => gained.push([component, line]));
        [...was].filter((line) => !is.has(line)).forEach((line) => lost.push([component, line]));
    }
    const moved: string[] = [];
    const movedLines = new Set<string>();
    for (const [from, line] of lost) {
        const to = gained.find(([component, other]) => other === line && component !== from)?.[0];
        if (to && !line.startsWith("role: ")) {
            moved.push(`${line}: from ${from} to ${to}`);
            movedLines.add(line);
        }
    }
    const role = (component: string, plans: Map<string, Set<string>>, other: Map<string, Set<string>>) =>
        other.has(component) ? "" : plans === after ? " (role added)" : " (role removed)";
    return {
        added: gained
            .filter(([, line]) => !movedLines.has(line))
            .map(([component, line]) => `${component}${role(component, after, before)}: ${line}`),
        removed: lost
            .filter(([, line]) => !movedLines.has(line))
            .map(([component, line]) => `${component}${role(component, before, after)}: ${line}`),
        moved,
        notCompared: [...new Set(notCompared)].sort(),
    };
}

/** Whether a diff shows no change at all. */
export const isUnchanged = (diff: PlanDiff) =>
    diff.added.length + diff.removed.length + diff.moved.length + diff.notCompared.length === 0;

/** The lines of a diff: `+` added, `-` removed, `~` moved, `?` not compared. */
export function diffLines(diff: PlanDiff): string[] {
    return [
        ...diff.added.map((line) => `+ ${line}`),
        ...diff.removed.map((line) => `- ${line}`),
        ...diff.moved.map((line) => `~ ${line}`),
        ...diff.notCompared.map(
            (component) => `? ${component}: not known whole offline in one of the plans, so not compared`,
        ),
    ];
}

/** The review of a change: grants added, removed and moved, or a line saying nothing changed. */
export function renderDiff(diff: PlanDiff): string {
    if (isUnchanged(diff)) {
        return "No change in what is granted.";
    }
    return [
        `Grants added: ${diff.added.length}, removed: ${diff.removed.length}, moved: ${diff.moved.length}` +
            (diff.notCompared.length > 0 ? `; roles not compared: ${diff.notCompared.length}` : ""),
        ...diffLines(diff),
    ].join("\n");
}
