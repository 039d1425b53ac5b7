import type { RolePlanView } from "../planFile";
import type { PlanFile } from "../planFile";
import { diffLines, isUnchanged, PlanDiff } from "./diff";
import { Cell, notRunLines, PlanSection, roleSections, roleTitle, unknownRoleLines } from "./sections";
import { violationsSection } from "./violations";

/**
 * Text the plan did not write itself (names, ARNs, condition values), made inert: every character
 * but letters, digits, space and `.,:/=+@-` as an HTML character reference, which Markdown and HTML show as
 * that character and never read as markup. A backtick, `<!--`, `|` or `*` in a resource name can
 * then neither end a code span, open a comment that hides the next rows, split a table cell, nor
 * style anything.
 */
export function inert(text: string): string {
    return text
        .replace(/[^A-Za-z0-9 .,:/=+@-]/gu, (character) => `&#${character.codePointAt(0)};`)
        .replace(/ {2,}/g, (spaces) => "&#32;".repeat(spaces.length));
}

/** A Markdown table; cells may hold several lines, joined with `<br>`. */
function markdownTable(header: string[], rows: string[][]): string {
    return [
        `| ${header.join(" | ")} |`,
        `| ${header.map(() => "---").join(" | ")} |`,
        ...rows.map((row) => `| ${row.map((cell) => cell || "-").join(" | ")} |`),
    ].join("\n");
}

/** Inline code of text the plan did not write. */
const code = (text: string) => `<code>${inert(text)}</code>`;

/**
 * A link to a page: only an https address of plain characters is a link (no quote can leave the
 * attribute); its text is inert, inside the link, where no renderer links it again.
 */
const link = (page: string) =>
    /^https:\/\/[A-Za-z0-9._~/#-]+$/.test(page) ? `<a href="${page}">${inert(page)}</a>` : inert(page);

/** A cell's lines, each inert, in code when they are identifiers, a link when they are pages. */
const markdownCell = (cell: Cell) =>
    cell.lines.map((line) => (cell.link ? link(line) : cell.code ? code(line) : inert(line))).join("<br>");

/** A JSON document, inert, in a preformatted block that no content can close. */
const jsonBlock = (value: unknown) => `<pre><code>${inert(JSON.stringify(value, null, 2))}</code></pre>`;

/**
 * A section's lines: a folded document, or its table (`None.` when empty), then its note; its
 * title in bold unless a heading above already gives it.
 */
function sectionParts(section: PlanSection, titled = true): string[] {
    const title = titled ? ["", `**${inert(section.title)}**`] : [];
    const parts: string[] = [];
    if (section.json !== undefined) {
        parts.push(
            "",
            `<details><summary>${inert(section.title)}</summary>`,
            "",
            jsonBlock(section.json),
            "",
            "</details>",
        );
    } else if (section.table && section.table.rows.length > 0) {
        const rows = section.table.rows.map((row) => row.map(markdownCell));
        parts.push(...title, "", markdownTable(section.table.header, rows));
    } else {
        parts.push(...title, "", "None.");
    }
    if (section.note) {
        parts.push("", `> **Note:** ${inert(section.note)}`);
    }
    return parts;
}

function roleSection(component: string, plan: RolePlanView): string[] {
    const role = roleTitle(plan, code);
    const parts = [`### ${code(component)}: ${role}`];
    for (const section of roleSections(plan)) {
        parts.push(...sectionParts(section));
    }
    parts.push(...plan.warnings.map((w) => `\n> **Warning:** ${inert(w)}`));
    return parts;
}

/**
 * The plan as Markdown, for a pull-request comment: per role its statement tables, then the grants
 * added and removed since the previous plan, if given.
 */
export function renderMarkdown(file: PlanFile, diff?: PlanDiff): string {
    const env = file.environment;
    const parts = [
        `## Bedrock agent IAM of ${code(`${file.project}/${file.stack}`)}`,
        "",
        `Account ${code(env.account)}, region ${code(env.region)}, partition ${code(env.partition)}.`,
        ...file.assumptions.map((note) => `\n> **Note:** ${inert(note)}`),
    ];
    for (const { component, plan } of file.roles) {
        parts.push("", ...roleSection(component, plan));
    }
    for (const role of file.unknownRoles ?? []) {
        parts.push(
            "",
            `### ${code(role.component)}: not known whole offline`,
            "",
            ...unknownRoleLines(role).map((line) => `- ${inert(line)}`),
        );
        if (role.known) {
            parts.push("", ...roleSection(role.component, role.known).slice(1));
        }
    }
    const [why, ...notRun] = notRunLines(file);
    if (why) {
        parts.push(
            "",
            "### Callbacks not run offline",
            "",
            inert(why),
            "",
            ...notRun.map((at) => `- ${code(at)}`),
        );
    }
    const violations = violationsSection(file);
    parts.push("", `### ${inert(violations.title)}`, ...sectionParts(violations, false));
    if (diff) {
        parts.push("", "### Changes since the previous plan", "");
        if (isUnchanged(diff)) {
            parts.push("No change in what is granted.");
        } else {
            parts.push(`<pre><code>${diffLines(diff).map(inert).join("\n")}</code></pre>`);
        }
    }
    return `${parts.join("\n")}\n`;
}
