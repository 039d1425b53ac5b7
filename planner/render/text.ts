import type { RolePlanView } from "../planFile";
import { notRunLines, PlanSection, roleSections, roleTitle, unknownRoleLines } from "./sections";
import { violationsSection } from "./violations";
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
    const [why, ...notRun] = notRunLines(file);
    const callbacks = why
        ? [
              [
                  `Stack ${file.project}/${file.stack}: CALLBACKS NOT RUN OFFLINE`,
                  `  ${why}`,
                  ...notRun.map((at) => `  - ${at}`),
              ].join("\n"),
          ]
        : [];
    const none =
        file.roles.length === 0 && unknown.length === 0 && callbacks.length === 0
            ? [
                  `Stack ${file.project}/${file.stack}: no BedrockAgentRole, AgentCoreRuntimeRole or AgentCoreGatewayRole`,
              ]
            : [];
    return [
        ...file.roles.map(({ component, plan }) => renderRole(file, component, plan)),
        ...unknown,
        ...callbacks,
        ...none,
        violationsText(file),
    ].join("\n\n");
}

/**
 * The policy pack's violations in the stack's resources, whoever declares them; with the plan's
 * notes when no role shows them (what the policy configuration waived, what the rules could not read).
 */
function violationsText(file: PlanFile): string {
    const [title, ...rest] = sectionLines(violationsSection(file));
    const notes = file.roles.length === 0 ? file.assumptions.map((note) => `note: ${note}`) : [];
    return [`Stack ${file.project}/${file.stack}: ${title}`, ...notes, ...rest].join("\n");
}

/** A section as text: its title, then its document, table or `(none)`, then its note. */
function sectionLines(section: PlanSection): string[] {
    const parts = [section.title];
    if (section.json !== undefined) {
        parts.push(JSON.stringify(section.json, null, 2));
    } else if (section.table && section.table.rows.length > 0) {
        const rows = section.table.rows.map((row) => row.map((cell) => cell.lines.join("\n") || "-"));
        parts.push(table(section.table.header, rows));
    } else {
        parts.push("(none)");
    }
    if (section.note) {
        parts.push(`note: ${section.note}`);
    }
    return parts;
}

function renderRole(file: PlanFile, component: string, plan: RolePlanView): string {
    const { environment: env } = plan;
    const role = roleTitle(plan);
    const parts = [
        `Stack ${file.project}/${file.stack}, component ${component}: ${role} (account ${env.account}, region ${env.region}, partition ${env.partition})`,
        ...file.assumptions.map((note) => `note: ${note}`),
    ];
    for (const section of roleSections(plan)) {
        parts.push("", ...sectionLines(section));
    }
    if (plan.warnings.length > 0) {
        parts.push("", ...plan.warnings.map((w) => `warning: ${w}`));
    }
    return parts.join("\n");
}
