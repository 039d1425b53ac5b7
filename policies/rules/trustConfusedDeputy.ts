// The confused deputy in a role's trust: Bedrock or AgentCore may assume the role for any
// resource of any account unless the statement pins both the calling account (aws:SourceAccount)
// and the calling resource (aws:SourceArn), and the source stays within one account, region and
// kind of resource (IAM's confused-deputy page; the agents' and AgentCore Runtime's role pages).
import type { AgentIamRule, RuleFinding } from "../agentIamRule";
import type { InspectedDocument, InspectedStatement } from "../inspectedDocuments";
import {
    GUARDED_PRINCIPALS,
    isAccountId,
    pinnedSourceForm,
    pinningComponents,
    placeOf,
    principalPage,
    sourceArnBreadth,
} from "../sourceArns";
import { allowsAction, hasConditionKey, pinnedValues, servicePrincipals } from "../statementMatching";

const PAGE = "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html";
const ACCOUNT_KEY = "aws:SourceAccount";
const ARN_KEY = "aws:SourceArn";

/** What is missing of a key the statement does not pin: the key, and the operators that name it without pinning it. */
function unpinned(s: InspectedStatement, key: string): string | undefined {
    if (pinnedValues(s, key).length > 0) {
        return undefined;
    }
    const named = Object.entries(s.conditions)
        .filter(([, keys]) => Object.keys(keys).some((k) => k.toLowerCase() === key.toLowerCase()))
        .map(([operator]) => operator);
    return hasConditionKey(s, key) ? `${key} (${named.join(", ")} pins no value)` : key;
}

/** Each way the statement fails to pin where the principal's calls come from. */
function problems(s: InspectedStatement): string[] {
    const missing = [unpinned(s, ACCOUNT_KEY), unpinned(s, ARN_KEY)].filter((m) => m !== undefined);
    return [
        ...(missing.length > 0
            ? [`without ${missing.join(" and ")}, for a resource of any account (the confused deputy)`]
            : []),
        ...pinnedValues(s, ACCOUNT_KEY)
            .filter((value) => !isAccountId(value))
            .map((value) => `with ${ACCOUNT_KEY} "${value}", which is no account id`),
        ...pinnedValues(s, ARN_KEY).flatMap((value) => {
            const breadth = sourceArnBreadth(value);
            return breadth ? [`with ${ARN_KEY} "${value}", which admits ${breadth}`] : [];
        }),
    ];
}

const listed = (names: string[]) =>
    names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names.join("");

function findings(document: InspectedDocument): RuleFinding[] {
    return document.statements
        .filter((s) => allowsAction(s, "sts:AssumeRole"))
        .flatMap((s) =>
            servicePrincipals(s)
                .filter((principal) => GUARDED_PRINCIPALS.includes(principal))
                .flatMap((principal) => {
                    const found = problems(s);
                    if (found.length === 0) {
                        return [];
                    }
                    const place = placeOf(pinnedValues(s, ARN_KEY), pinnedValues(s, ACCOUNT_KEY));
                    const components = pinningComponents(principal);
                    return [
                        {
                            input: document.input,
                            statement: s.index,
                            message:
                                `${principal} may assume this role ${found.join(", and ")}. Pin both: StringEquals ` +
                                `${ACCOUNT_KEY} = ${place.account ?? "<account>"} and ArnLike ${ARN_KEY} = ` +
                                `${pinnedSourceForm(principal, place)}, as this package's ${listed(components)} ` +
                                `write${components.length > 1 ? "" : "s"} (${principalPage(principal)})`,
                        },
                    ];
                }),
        );
}

/** A role Bedrock or AgentCore may assume for any account, or for every kind of resource of one. */
export const TRUST_CONFUSED_DEPUTY: AgentIamRule = {
    id: "agent-iam-trust-confused-deputy",
    description:
        "A role Bedrock or AgentCore may assume pins aws:SourceAccount and an aws:SourceArn within one account, region and kind of resource",
    severity: "mandatory",
    page: PAGE,
    resourceTypes: ["aws:iam/role:Role"],
    check: (_resource, documents) => documents.filter((d) => d.kind === "trust").flatMap(findings),
};
