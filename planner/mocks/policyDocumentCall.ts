// aws.iam.getPolicyDocument is computation, not a question to AWS: the offline plan answers it as
// the provider's data source does (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document),
// so a program that builds a trust or identity policy with it plans instead of failing.
import { shortHash } from "../../components/iam/names";

type Json = Record<string, unknown>;

/** A list as the data source writes it: one value as itself, several as a list. */
const oneOrMany = (values: unknown[]): unknown => (values.length === 1 ? values[0] : values);

/** `&{aws:username}` is the data source's escape for the policy variable `${aws:username}`. */
const variables = (value: unknown): unknown =>
    typeof value === "string" ? value.split("&{").join("${") : value;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value.map(variables) : []);

/** Principals of one kind (`principals` or `notPrincipals`), grouped by type; `*` of type `*` alone as `"*"`. */
function principals(given: unknown): unknown {
    const byType = new Map<string, unknown[]>();
    for (const principal of list(given) as { type?: string; identifiers?: unknown }[]) {
        const type = principal.type ?? "";
        byType.set(type, [...(byType.get(type) ?? []), ...list(principal.identifiers)]);
    }
    const star = byType.get("*");
    if (byType.size === 1 && star?.length === 1 && star[0] === "*") {
        return "*";
    }
    return Object.fromEntries([...byType].map(([type, identifiers]) => [type, oneOrMany(identifiers)]));
}

function conditions(given: unknown): Json {
    const result: Record<string, Json> = {};
    for (const condition of list(given) as { test?: string; variable?: string; values?: unknown }[]) {
        const test = condition.test ?? "";
        result[test] = { ...result[test], [condition.variable ?? ""]: oneOrMany(list(condition.values)) };
    }
    return result;
}

/** One statement of the data source's input as IAM JSON, in the data source's field order. */
function statement(given: Json): Json {
    const fields: [string, unknown][] = [
        ["Sid", given.sid],
        ["Effect", given.effect ?? "Allow"],
        ["Action", list(given.actions).length ? oneOrMany(list(given.actions)) : undefined],
        ["NotAction", list(given.notActions).length ? oneOrMany(list(given.notActions)) : undefined],
        ["Resource", list(given.resources).length ? oneOrMany(list(given.resources)) : undefined],
        ["NotResource", list(given.notResources).length ? oneOrMany(list(given.notResources)) : undefined],
        ["Principal", list(given.principals).length ? principals(given.principals) : undefined],
        ["NotPrincipal", list(given.notPrincipals).length ? principals(given.notPrincipals) : undefined],
        ["Condition", list(given.conditions).length ? conditions(given.conditions) : undefined],
    ];
    return Object.fromEntries(fields.filter(([, value]) => value !== undefined && value !== ""));
}

/** Statements of JSON policy documents, each as written. */
const statementsOf = (documents: unknown): Json[] =>
    list(documents).flatMap((document) => {
        const parsed = JSON.parse(String(document)) as { Statement?: Json | Json[] };
        return [parsed.Statement ?? []].flat();
    });

/** Statements merged as the data source merges them: a later statement replaces an earlier one of the same Sid. */
function merged(layers: Json[][]): Json[] {
    const result: Json[] = [];
    for (const layer of layers) {
        for (const next of layer) {
            const same = next.Sid ? result.findIndex((earlier) => earlier.Sid === next.Sid) : -1;
            if (same >= 0) result[same] = next;
            else result.push(next);
        }
    }
    return result;
}

/** What `aws:iam/getPolicyDocument:getPolicyDocument` answers for its inputs. */
export function policyDocumentAnswer(inputs: Json): Json {
    const document = {
        Version: inputs.version ?? "2012-10-17",
        ...(inputs.policyId ? { Id: inputs.policyId } : {}),
        Statement: merged([
            statementsOf(inputs.sourcePolicyDocuments),
            (list(inputs.statements) as Json[]).map(statement),
            statementsOf(inputs.overridePolicyDocuments),
        ]),
    };
    const json = JSON.stringify(document, null, 2);
    return { json, minifiedJson: JSON.stringify(document), id: shortHash(json) };
}
