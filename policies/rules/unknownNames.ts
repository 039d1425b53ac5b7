// Statements IAM would not read as written: an action no service defines (a typo grants nothing,
// and the role fails at run time), a condition operator IAM does not have, a condition key no
// service of the statement's actions defines (a misspelt key never matches, so a guard written
// with it never holds, or an Allow under it never applies). Each with the catalog's closest name.
import {
    catalogAction,
    conditionKeysFor,
    isConditionKeyOf,
    serviceActions,
} from "../../components/iam/actionCatalog";
import { closestName } from "../../components/iam/argumentTypes";
import { BASE_CONDITION_OPERATORS, isConditionOperator } from "../../components/iam/policyDocument";
import type { AgentIamRule, RuleFinding } from "../agentIamRule";
import { DOCUMENT_TYPES, InspectedDocument, InspectedStatement } from "../inspectedDocuments";

const SERVICE_PAGE =
    "https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html";

const didYouMean = (given: string, known: string[]) => {
    const closest = closestName(given, known);
    return closest ? ` (did you mean ${closest}?)` : "";
};

/** Each action of the statement that names no action IAM defines; wildcards are another rule's. */
function unknownActions(s: InspectedStatement): string[] {
    return [...s.actions, ...s.notActions].flatMap((action) => {
        if (action === "*" || /[*?]/.test(action) || catalogAction(action)) {
            return [];
        }
        const service = action.split(":")[0];
        const known = serviceActions(service);
        return known.length === 0 && !action.includes(":")
            ? [`"${action}" is not an action (write service:Action)`]
            : [`"${action}" is not an action IAM defines${didYouMean(action, known)}`];
    });
}

function unknownConditions(s: InspectedStatement): string[] {
    const named = [...s.actions, ...s.notActions].filter((a) => catalogAction(a));
    return Object.entries(s.conditions).flatMap(([operator, keys]) => [
        ...(isConditionOperator(operator)
            ? []
            : [
                  `"${operator}" is not a condition operator IAM has${didYouMean(operator, [...BASE_CONDITION_OPERATORS, "Null"])}`,
              ]),
        ...Object.keys(keys).flatMap((key) =>
            // A statement of wildcard actions only may name any service's key: not judged.
            named.length === 0 || isConditionKeyOf(key, named)
                ? []
                : [
                      `"${key}" is not a condition key IAM defines for ${named.join(", ")}${didYouMean(key, conditionKeysFor(named))}`,
                  ],
        ),
    ]);
}

function findings(document: InspectedDocument): RuleFinding[] {
    if (document.unreadable) {
        return [{ input: document.input, message: `${document.unreadable}: IAM would refuse the document` }];
    }
    return document.statements.flatMap((s) =>
        [...unknownActions(s), ...unknownConditions(s)].map((problem) => ({
            input: document.input,
            statement: s.index,
            message: `${problem}. Write the name IAM defines; this package's extraStatements refuses such names`,
        })),
    );
}

/** Statements that do not parse as IAM: unknown actions, condition operators or keys. */
export const UNKNOWN_NAMES: AgentIamRule = {
    id: "agent-iam-unknown-names",
    description:
        "Every action, condition operator and condition key is one IAM defines, so that no grant or guard is silently void",
    severity: "mandatory",
    page: SERVICE_PAGE,
    resourceTypes: DOCUMENT_TYPES,
    check: (_resource, documents) => documents.flatMap(findings),
};
