import type { AgentPermissionsPlan } from "../../components/agents/agentPermissionsPlan";
import type { PlanFile } from "../planFile";
import { Cell, roleSections } from "./sections";

/** A Markdown table; cells may hold several lines, joined with `<br>`. */
function markdownTable(header: string[], rows: string[][]): string {
    const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, "<br>") || "-";
    return [
        `| ${header.join(" | ")} |`,
        `| ${header.map(() => "---").join(" | ")} |`,
        ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
    ].join("\n");
}

const code = (text: string) => `\`${text}\``;

/** A cell's lines, each in backticks when they are identifiers. */
const markdownCell = (cell: Cell) => cell.lines.map((line) => (cell.code ? code(line) : line)).join("\n");

function roleSection(component: string, plan: AgentPermissionsPlan): string[] {
    const role = plan.existingRole
        ? `existing role ${code(plan.existingRole)} (not created)`
        : `role ${code(plan.roleName)}`;
    const parts = [`### ${code(component)}: ${role}`];
    for (const section of roleSections(plan)) {
        if (section.json !== undefined) {
            parts.push(
                "",
                `<details><summary>${section.title}</summary>`,
                "",
                "```json",
                JSON.stringify(section.json, null, 2),
                "```",
                "",
                "</details>",
            );
        } else if (section.table && section.table.rows.length > 0) {
            const rows = section.table.rows.map((row) => row.map(markdownCell));
            parts.push("", `**${section.title}**`, "", markdownTable(section.table.header, rows));
        } else {
            parts.push("", `**${section.title}**`, "", "None.");
        }
    }
    parts.push(...plan.warnings.map((w) => `\n> **Warning:** ${w}`));
    return parts;
}

/**
 * The plan as Markdown, for a pull-request comment: per role its statement tables, then the grants
 * added and removed since the previous plan, if given.
 */
export function renderMarkdown(file: PlanFile, diff?: { added: string[]; removed: string[] }): string {
    const env = file.environment;
    const parts = [
        `## Bedrock agent IAM of ${code(`${file.project}/${file.stack}`)}`,
        "",
        `Account ${code(env.account)}, region ${code(env.region)}, partition ${code(env.partition)}.`,
        ...file.assumptions.map((note) => `\n> **Note:** ${note}`),
        ...(file.unknownRoles ?? []).map(
            (name) => `\n> **Not known offline:** ${code(name)} depends on outputs the plan cannot know.`,
        ),
    ];
    for (const { component, plan } of file.roles) {
        parts.push("", ...roleSection(component, plan));
    }
    if (diff) {
        parts.push("", "### Changes since the previous plan", "");
        if (diff.added.length === 0 && diff.removed.length === 0) {
            parts.push("No change in what is granted.");
        } else {
            parts.push(
                "```diff",
                ...diff.added.map((line) => `+ ${line}`),
                ...diff.removed.map((line) => `- ${line}`),
                "```",
            );
        }
    }
    return `${parts.join("\n")}\n`;
}
