// The confused deputy in a role's trust: Bedrock or AgentCore may assume the role for any
// resource of any account unless the trust pins both the calling account (aws:SourceAccount)
// and the calling resource (aws:SourceArn), and the source stays within one account, region and
// kind of resource (IAM's confused-deputy page; the agents' and AgentCore Runtime's role pages).
// The Allow may pin them, or Deny statements denying every other value (deniedSources.ts). An
// organization (aws:SourceOrgID, aws:SourceOrgPaths) is wider than the account: no stand-in for it.
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
import { denialGap, denialsFor, valuesLeftBy } from "../deniedSources";

const PAGE = "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html";
const ACCOUNT_KEY = "aws:SourceAccount";
const ARN_KEY = "aws:SourceArn";
/** The organization's keys: any account of the organization, or of a path of it (CloudWatch Logs' confused-deputy page). */
const ORGANIZATION_KEYS = ["aws:SourceOrgID", "aws:SourceOrgPaths"];

/** An Allow statement for a principal, and the Deny statements of its document for the same principal and action. */
interface Guard {
    allow: InspectedStatement;
    denials: InspectedStatement[];
}

/**
 * The values the trust leaves the key: the Allow's pinned values, or those a Deny leaves it. When
 * both pin it IAM requires both, so the narrow one (`narrow`) is what the trust admits.
 */
function admitted(g: Guard, key: string, narrow: (values: string[]) => boolean = () => true): string[] {
    const sets = [pinnedValues(g.allow, key), ...g.denials.map((d) => valuesLeftBy(d, key))].filter(
        (values) => values.length > 0,
    );
    return sets.find(narrow) ?? sets[0] ?? [];
}

const accounts = (g: Guard) => admitted(g, ACCOUNT_KEY, (values) => values.every(isAccountId));
const sourceArns = (g: Guard) =>
    admitted(g, ARN_KEY, (values) => values.every((value) => sourceArnBreadth(value) === undefined));

/** What is missing of a key the trust does not pin: the key, and the operators and Deny statements that name it without pinning it. */
function unpinned(g: Guard, key: string): string | undefined {
    if (admitted(g, key).length > 0) {
        return undefined;
    }
    const named = Object.entries(g.allow.conditions)
        .filter(([, keys]) => Object.keys(keys).some((k) => k.toLowerCase() === key.toLowerCase()))
        .map(([operator]) => operator);
    const gaps = [
        ...(hasConditionKey(g.allow, key) ? [`${named.join(", ")} pins no value`] : []),
        ...g.denials.map((d) => denialGap(d, key)).filter((gap) => gap !== undefined),
    ];
    return gaps.length > 0 ? `${key} (${gaps.join("; ")})` : key;
}

/** Each way the trust fails to pin where the principal's calls come from. */
function problems(g: Guard): string[] {
    const organization = ORGANIZATION_KEYS.flatMap((key) =>
        admitted(g, key).map((value) => `${key} "${value}"`),
    );
    const inPlace = accounts(g).length === 0 && organization.length > 0;
    const missing = [inPlace ? undefined : unpinned(g, ACCOUNT_KEY), unpinned(g, ARN_KEY)].filter(
        (m) => m !== undefined,
    );
    return [
        ...(inPlace
            ? [
                  `with ${listed(organization)} in place of ${ACCOUNT_KEY}, which admits every account of the organization (keep it beside ${ACCOUNT_KEY}, never instead of it)`,
              ]
            : []),
        ...(missing.length > 0
            ? [
                  `without ${missing.join(" and ")}, for a resource of any account${inPlace ? " of the organization" : ""} (the confused deputy)`,
              ]
            : []),
        ...accounts(g)
            .filter((value) => !isAccountId(value))
            .map((value) => `with ${ACCOUNT_KEY} "${value}", which is no account id`),
        ...sourceArns(g).flatMap((value) => {
            const breadth = sourceArnBreadth(value);
            return breadth ? [`with ${ARN_KEY} "${value}", which admits ${breadth}`] : [];
        }),
    ];
}

function listed(names: string[]): string {
    return names.length > 1
        ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`
        : names.join("");
}

function findings(document: InspectedDocument): RuleFinding[] {
    return document.statements
        .filter((s) => allowsAction(s, "sts:AssumeRole"))
        .flatMap((s) =>
            servicePrincipals(s)
                .filter((principal) => GUARDED_PRINCIPALS.includes(principal))
                .flatMap((principal) => {
                    const g = {
                        allow: s,
                        denials: denialsFor(document.statements, principal, "sts:AssumeRole"),
                    };
                    const found = problems(g);
                    if (found.length === 0) {
                        return [];
                    }
                    const place = placeOf(sourceArns(g), accounts(g));
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
