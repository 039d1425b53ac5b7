import type { AgentPermissionsPlan } from "../components/agentPermissionsPlan";
import type { Statement } from "../components/iam/policyDocument";
import type { PlanFile } from "./planFile";
import { conditionLines, identityPolicies } from "./planReport";

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
const codes = (values: string[]) => values.map(code).join("\n");

function statementRows(statements: Statement[], policy?: string): string[][] {
    return statements.map((s) => [
        ...(policy === undefined ? [] : [policy]),
        s.Sid,
        s.Effect,
        codes(s.Action),
        codes(s.Resource ?? []),
        conditionLines(s.Condition).map(code).join("\n"),
    ]);
}

function roleSection(component: string, plan: AgentPermissionsPlan): string[] {
    const role = plan.existingRole
        ? `existing role ${code(plan.existingRole)} (not created)`
        : `role ${code(plan.roleName)}`;
    const parts = [
        `### ${code(component)}: ${role}`,
        "",
        "**Identity policy**",
        "",
        markdownTable(
            ["policy", "sid", "effect", "actions", "resources", "conditions"],
            identityPolicies(plan).flatMap((p) => statementRows(p.document.Statement, p.label)),
        ),
        "",
        plan.existingRole ? "**Trust policy the existing role should have**" : "**Trust policy**",
        "",
        markdownTable(
            ["principal", "actions", "conditions"],
            plan.trustPolicy.Statement.map((s) => [
                code(s.Principal.Service),
                codes(s.Action),
                conditionLines(s.Condition).map(code).join("\n"),
            ]),
        ),
        "",
        "**Lambda permissions**",
        "",
        plan.lambdaPermissions.length === 0
            ? "None."
            : markdownTable(
                  ["function", "principal", "source account", "source ARN"],
                  plan.lambdaPermissions.map((p) =>
                      [p.function, p.principal, p.sourceAccount, p.sourceArn].map(code),
                  ),
              ),
    ];
    if (plan.crossRegionProfiles.length > 0) {
        parts.push(
            "",
            "**Cross-Region profiles**",
            "",
            markdownTable(
                ["argument", "profile", "source", "destinations"],
                plan.crossRegionProfiles.map((p) => [
                    p.argument,
                    code(p.profileArn),
                    p.source,
                    codes(p.destinations),
                ]),
            ),
        );
    }
    for (const key of plan.keyPolicies) {
        parts.push(
            "",
            `<details><summary>Add to the policy of KMS key ${code(key.keyArn)}</summary>`,
            "",
            "```json",
            JSON.stringify(key.statements, null, 2),
            "```",
            "",
            "</details>",
        );
    }
    if (plan.callerPolicy) {
        parts.push(
            "",
            "**Callers' policy** (for the principals that invoke the agent)",
            "",
            markdownTable(
                ["sid", "effect", "actions", "resources", "conditions"],
                statementRows(plan.callerPolicy.Statement),
            ),
        );
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
