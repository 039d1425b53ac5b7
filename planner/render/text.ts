import type { AgentPermissionsPlan } from "../../components/agents/agentPermissionsPlan";
import type { Conditions } from "../../components/iam/policyDocument";
import { conditionLines, identityPolicies, roleSections } from "./sections";
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
    const unknown = (file.unknownRoles ?? []).map(
        (name) =>
            `Stack ${file.project}/${file.stack}: component ${name} is not known offline: it depends on outputs the plan cannot know`,
    );
    const none =
        file.roles.length === 0 && unknown.length === 0
            ? [`Stack ${file.project}/${file.stack}: no BedrockAgentRole`]
            : [];
    return [
        ...file.roles.map(({ component, plan }) => renderRole(file, component, plan)),
        ...unknown,
        ...none,
    ].join("\n\n");
}

function renderRole(file: PlanFile, component: string, plan: AgentPermissionsPlan): string {
    const { environment: env } = plan;
    const role = plan.existingRole
        ? `existing role ${plan.existingRole}, not created: its policies are attached to it`
        : `role ${plan.roleName}`;
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

/** Every single grant of a plan file as one line: what a reviewer compares between two plans. */
export function grantLines(file: PlanFile): string[] {
    return [...new Set(file.roles.flatMap(({ plan }) => roleGrantLines(plan)))].sort();
}

function roleGrantLines(plan: AgentPermissionsPlan): string[] {
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
        ...plan.lambdaPermissions.map(
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

/** What a plan grants that the previous one did not, and what it no longer grants. */
export function diffPlans(previous: PlanFile, current: PlanFile): { added: string[]; removed: string[] } {
    const before = new Set(grantLines(previous));
    const after = new Set(grantLines(current));
    return {
        added: [...after].filter((line) => !before.has(line)),
        removed: [...before].filter((line) => !after.has(line)),
    };
}

/** The review of a change: added and removed grants, or a line saying nothing changed. */
export function renderDiff(diff: { added: string[]; removed: string[] }): string {
    if (diff.added.length === 0 && diff.removed.length === 0) {
        return "No change in what is granted.";
    }
    return [
        `Grants added: ${diff.added.length}, removed: ${diff.removed.length}`,
        ...diff.added.map((line) => `+ ${line}`),
        ...diff.removed.map((line) => `- ${line}`),
    ].join("\n");
}
