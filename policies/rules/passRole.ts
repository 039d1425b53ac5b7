// Passing roles: iam:PassRole lets a principal hand a role to a service, which then acts with it;
// on "*" or without iam:PassedToService it hands any role to any service (IAM's PassRole page).
import type { AgentIamRule, RuleFinding } from "../agentIamRule";
import type { InspectedDocument } from "../inspectedDocuments";
import { coversAction, hasConditionKey } from "../statementMatching";

const PAGE = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html";

function findings(document: InspectedDocument): RuleFinding[] {
    return document.statements
        .filter((s) => s.effect === "Allow" && s.actions.some((a) => coversAction(a, "iam:PassRole")))
        .flatMap((s) => {
            const where = { input: document.input, statement: s.index };
            const problems = [
                ...(s.resources.some((r) => r === "*" || /^arn:[^:]*:iam::[^:]*:role\/\*$/.test(r))
                    ? [`iam:PassRole on ${s.resources.join(", ")} passes every role of the account`]
                    : []),
                ...(hasConditionKey(s, "iam:PassedToService")
                    ? []
                    : ["iam:PassRole without iam:PassedToService passes the roles to any service"]),
            ];
            return problems.map((problem) => ({
                ...where,
                message: `${problem}: name each role's ARN and its service (iam:PassedToService), as this package's deployerStatements output does`,
            }));
        });
}

/** iam:PassRole on every role, or to any service. */
export const PASS_ROLE: AgentIamRule = {
    id: "agent-iam-pass-role",
    description: "iam:PassRole names its roles and the service each is passed to",
    severity: "mandatory",
    page: PAGE,
    resourceTypes: [
        "aws:iam/role:Role",
        "aws:iam/rolePolicy:RolePolicy",
        "aws:iam/policy:Policy",
        "aws:iam/userPolicy:UserPolicy",
        "aws:iam/groupPolicy:GroupPolicy",
    ],
    check: (_resource, documents) => documents.filter((d) => d.kind === "identity").flatMap(findings),
};
