// How the offline plan tunes the policy pack's rules: a file in the form Pulumi's policy
// configuration takes (`pulumi preview --policy-pack-config`, a policy group's configuration), so
// that one file serves the pack and the plan. Every key and value is checked, since a misspelt
// rule id would otherwise leave the rule it meant to waive running, or the waiver silently unread.
import * as fs from "fs";
import { ArgumentError } from "../components/iam/argumentError";
import { closestName } from "../components/iam/argumentTypes";
import type { RuleSettings } from "../policies/agentIamRule";
import { AGENT_IAM_RULES } from "../policies/agentIamRules";

const OPTION = "--policy-config";
const LEVELS = ["advisory", "mandatory", "disabled"];
const EXAMPLE = `${OPTION} policy-config.json holding { "agent-iam-pass-role": { "enforcementLevel": "advisory", "exemptResources": ["deployer-policy"] } }`;

/** `given`'s closest name in `known`, as a clause; else the names there are. */
function nearest(given: string, known: readonly string[]): string {
    const closest = closestName(given, known);
    return closest ? `; did you mean ${closest}?` : ` (one of ${known.join(", ")})`;
}

const fail = (file: string, problem: string): never => {
    throw new ArgumentError(OPTION, `${file}: ${problem}`, EXAMPLE);
};

/** One key's setting, string or object form, checked; `all` takes a level only, as Pulumi's does. */
function ruleSettings(file: string, key: string, value: unknown): RuleSettings {
    const fields: Record<string, unknown> =
        typeof value === "string"
            ? { enforcementLevel: value }
            : typeof value === "object" && value !== null && !Array.isArray(value)
              ? (value as Record<string, unknown>)
              : fail(file, `"${key}" is ${JSON.stringify(value)}, not a level or an object`);
    const allowed = key === "all" ? ["enforcementLevel"] : ["enforcementLevel", "exemptResources"];
    const unknownField = Object.keys(fields).find((field) => !allowed.includes(field));
    if (unknownField !== undefined) {
        fail(file, `"${key}" has "${unknownField}", which it does not take${nearest(unknownField, allowed)}`);
    }
    const { enforcementLevel: level, exemptResources: exempt } = fields;
    if (level !== undefined && (typeof level !== "string" || !LEVELS.includes(level))) {
        fail(
            file,
            `"${key}" has the enforcement level ${JSON.stringify(level)}; the pack's rules take ${LEVELS.join(", ")}`,
        );
    }
    if (exempt !== undefined && (!Array.isArray(exempt) || exempt.some((name) => typeof name !== "string"))) {
        fail(file, `"${key}".exemptResources is ${JSON.stringify(exempt)}, not a list of resource names`);
    }
    return {
        ...(level !== undefined ? { enforcementLevel: level as RuleSettings["enforcementLevel"] } : {}),
        ...(exempt !== undefined ? { exemptResources: exempt as string[] } : {}),
    };
}

/**
 * The settings of each rule a policy configuration names, from its text: `"<rule id>": "<level>"`
 * or `{ "enforcementLevel", "exemptResources" }`, and `all` for every rule's level, which a rule's
 * own level overrides (as Pulumi applies them).
 * @param file the file's path, for messages
 * @throws ArgumentError naming `--policy-config` and the key at fault, with the closest rule id
 */
export function parsePolicyConfig(file: string, text: string): Record<string, RuleSettings> {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch (error) {
        return fail(file, `is not JSON (${(error as Error).message.split("\n")[0]})`);
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        return fail(file, "is not an object of rule ids");
    }
    const ids = AGENT_IAM_RULES.map((rule) => rule.id);
    const entries = Object.entries(parsed as Record<string, unknown>).map(([key, value]) => {
        if (key !== "all" && !ids.includes(key)) {
            fail(file, `"${key}" is not a rule of the pack${nearest(key, ids)}`);
        }
        return [key, ruleSettings(file, key, value)] as const;
    });
    const given = Object.fromEntries(entries);
    const all = given.all?.enforcementLevel;
    return Object.fromEntries(
        ids
            .filter((id) => given[id] !== undefined || all !== undefined)
            .map((id) => [id, { ...(all !== undefined ? { enforcementLevel: all } : {}), ...given[id] }]),
    );
}

/**
 * The settings of the policy configuration in `file`.
 * @throws ArgumentError naming `--policy-config` when the file is missing or its content is not a
 *   policy configuration of this pack
 */
export function readPolicyConfig(file: string): Record<string, RuleSettings> {
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
        return fail(file, "is not a file");
    }
    return parsePolicyConfig(file, fs.readFileSync(file, "utf8"));
}
