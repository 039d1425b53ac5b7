import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../iam/argumentError";
import { mapArgument, optionalBoolean, optionalList, stringArgument } from "../iam/argumentTypes";
import { privilegeEscalationActions, selfChangingActions } from "../iam/privilegeEscalation";
import { catalogAction, isConditionKeyOf, matchesArnFormat, wholeIdWildcard } from "../iam/actionCatalog";
import { parseArn } from "../iam/arn";
import { bucketNameProblem } from "./s3Objects";
import {
    Conditions,
    IdentityStatement,
    isConditionOperator,
    sortedUnique,
    statement,
} from "../iam/policyDocument";
import { Capability, GrantContext, noGrants } from "./grant";

/** A condition of an extra statement: `{ operator: { key: values } }` in the policy. */
export interface ExtraConditionArgs {
    /** The condition operator, for example `StringEquals` or `ForAnyValue:StringLike`. */
    operator: string;
    /** The condition key, for example `aws:ResourceTag/team`. */
    key: string;
    /** The values the key is compared with. */
    values: pulumi.Input<pulumi.Input<string>[]>;
}

/** An identity statement the component does not model, checked like the ones it writes. */
export interface ExtraStatementArgs {
    /** The statement's id: letters and digits, unique in the role's policies. */
    sid: string;
    /** `Allow` (the default) or `Deny`. */
    effect?: string;
    /** The actions, each one IAM defines, without wildcards: `dynamodb:GetItem`. */
    actions: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * The resources: ARNs of a resource type each action takes (a wildcard may narrow within an
     * id after a literal start, `arn:aws:s3:::bucket/reports/*`, but never stand for a whole id,
     * `bucket/*`), or `*` for actions that take no resource type.
     */
    resources: pulumi.Input<pulumi.Input<string>[]>;
    /** Conditions the statement holds under. */
    conditions?: ExtraConditionArgs[];
    /**
     * Grants, knowingly, actions that let the role gain permissions it was not given (`iam:PassRole`,
     * `iam:CreatePolicyVersion`, `sts:AssumeRole`, `sts:GetWebIdentityToken`, AgentCore's
     * `UpdateAgentRuntime`, `InvokeAgentRuntimeCommand`, `GetWorkloadAccessTokenForUserId`, ...; the
     * list, with each action's page, is `data/privilegeEscalationActions.json`): refused without
     * it, flagged with it.
     */
    allowsPrivilegeEscalation?: boolean;
}

/** Arguments of the statements the component does not model. */
export interface ExtraStatementsArgs {
    /**
     * Identity statements for what the component does not model. Each is checked against IAM's
     * Service Authorization Reference: no unknown or wildcard action, no `*` where the action takes
     * a resource, no ARN of another partition, region or account than the agent's.
     */
    extraStatements?: ExtraStatementArgs[];
}

const FIELDS = ["sid", "effect", "actions", "resources", "conditions", "allowsPrivilegeEscalation"];
const EXAMPLE =
    '{ sid: "ReadOrdersTable", actions: ["dynamodb:GetItem"], resources: ["arn:aws:dynamodb:us-east-1:123456789012:table/orders"] }';
const CONDITION_EXAMPLE = '{ operator: "StringEquals", key: "aws:ResourceTag/team", values: ["support"] }';

function strings(argument: string, value: unknown, example: string): string[] {
    const list = optionalList(argument, value, `[${example}]`);
    if (list.length === 0) {
        throw new ArgumentError(argument, "is empty", `[${example}]`);
    }
    return list.map((item, i) => stringArgument(`${argument}[${i}]`, item, example));
}

function conditions(argument: string, value: unknown, actions: string[]): Conditions | undefined {
    const entries = optionalList(argument, value, `[${CONDITION_EXAMPLE}]`).map((item, i) => {
        const where = `${argument}[${i}]`;
        const fields = mapArgument(where, item, ["operator", "key", "values"], CONDITION_EXAMPLE);
        const operator = stringArgument(`${where}.operator`, fields.operator, "StringEquals");
        if (!isConditionOperator(operator)) {
            throw new ArgumentError(
                `${where}.operator`,
                `"${operator}" is not a condition operator`,
                "StringEquals",
            );
        }
        const key = stringArgument(`${where}.key`, fields.key, "aws:ResourceTag/team");
        // A key IAM does not define is missing from every request, which makes a negated operator
        // true: a misspelt aws:ResourceAccount would silently lift the restriction it states.
        if (!/^[A-Za-z0-9-]+:[\w./:@+=-]+$/.test(key) || !isConditionKeyOf(key, actions)) {
            const services = [...new Set(actions.map((a) => a.split(":")[0]))].join(", ");
            throw new ArgumentError(
                `${where}.key`,
                `"${key}" is not a condition key IAM defines for these actions (a global key, or a key of ${services})`,
                "aws:ResourceTag/team",
            );
        }
        const values = strings(`${where}.values`, fields.values, '"support"');
        values.forEach((value, j) => {
            if (value.includes("${")) {
                throw new ArgumentError(
                    `${where}.values[${j}]`,
                    `"${value}" holds a policy variable`,
                    '"support"',
                );
            }
        });
        return { operator, key, values };
    });
    if (entries.length === 0) {
        return undefined;
    }
    const result: Record<string, Record<string, string[]>> = {};
    entries.forEach(({ operator, key, values }, i) => {
        if (result[operator]?.[key]) {
            throw new ArgumentError(
                `${argument}[${i}]`,
                `repeats ${operator} ${key}`,
                "list the values together",
            );
        }
        result[operator] = { ...result[operator], [key]: values };
    });
    return result as Conditions;
}

/** The actions, in IAM's spelling, and whether they take resources (`false`: `*` only). */
function checkedActions(argument: string, given: string[]): { actions: string[]; takeResources: boolean } {
    const found = given.map((action, i) => {
        const defined = catalogAction(action);
        if (!defined) {
            throw new ArgumentError(
                `${argument}[${i}]`,
                /[*?]/.test(action)
                    ? `"${action}" is a wildcard; name each action`
                    : `"${action}" is not an action IAM defines`,
                "dynamodb:GetItem",
            );
        }
        return defined;
    });
    const takeResources = found.map((a) => a.arnFormats.length > 0);
    if (takeResources.some((t) => t !== takeResources[0])) {
        const wildcardOnly = found.find((a) => a.arnFormats.length === 0)?.action;
        throw new ArgumentError(
            argument,
            `mixes ${wildcardOnly}, which IAM grants only on "*", with actions that take resources`,
            "put it in a statement of its own",
        );
    }
    return { actions: found.map((a) => a.action), takeResources: takeResources[0] };
}

/** An ARN format with the agent's partition, region and account filled in. */
function exampleArn(format: string, context: GrantContext): string {
    const { partition, region, account } = context.environment;
    return format
        .replace("${Partition}", partition)
        .replace("${Region}", region)
        .replace("${Account}", account);
}

function checkedResources(
    argument: string,
    given: string[],
    formats: string[],
    effect: string,
    context: GrantContext,
): void {
    given.forEach((resource, i) => {
        const where = `${argument}[${i}]`;
        if (resource === "*") {
            if (formats.length > 0 && effect === "Allow") {
                throw new ArgumentError(where, 'is "*" but the actions take resources: name them', EXAMPLE);
            }
            return;
        }
        if (formats.length === 0) {
            throw new ArgumentError(where, `"${resource}" is named, but the actions take only "*"`, '"*"');
        }
        if (!/^[\x21-\x7e]+$/.test(resource)) {
            throw new ArgumentError(
                where,
                `${JSON.stringify(resource)} holds characters other than printable ASCII, such as white space or look-alike letters`,
                exampleArn(formats[0], context),
            );
        }
        const arn = parseArn(resource);
        // AWS-owned resources (the built-in browser and code interpreter) carry the account "aws"
        // in their format itself; any other account must be an account id.
        const awsOwned = arn?.account === "aws" && formats.some((f) => f.includes(":aws:"));
        if (arn && arn.account !== "" && !/^\d{12}$/.test(arn.account) && !awsOwned) {
            throw new ArgumentError(
                where,
                `"${resource}" has account "${arn.account}", which is not a twelve-digit account id`,
                exampleArn(formats[0], context),
            );
        }
        if (arn?.service === "s3" && arn.account === "") {
            const bucket = arn.resource.split("/")[0];
            const problem = /[*?]/.test(bucket) ? "is a pattern; name the bucket" : bucketNameProblem(bucket);
            if (problem) {
                throw new ArgumentError(
                    where,
                    `bucket "${bucket}" ${problem}`,
                    exampleArn(formats[0], context),
                );
            }
        }
        if (resource.includes("${")) {
            throw new ArgumentError(
                where,
                `"${resource}" holds a policy variable`,
                exampleArn(formats[0], context),
            );
        }
        const wildcardId = wholeIdWildcard(resource, formats, context.environment);
        if (wildcardId) {
            throw new ArgumentError(
                where,
                `"${resource}" has a wildcard standing for a whole ${wildcardId}: a wildcard may narrow an id after a literal start (bucket/reports/*), never stand for a whole one (bucket/*, …oauth2credentialprovider/*)`,
                formats.map((format) => exampleArn(format, context)).join(" or "),
            );
        }
        if (!formats.some((format) => matchesArnFormat(resource, format, context.environment))) {
            const wildcard = /[*?]/.test(resource)
                ? ", with a literal region, account and resource name before any wildcard"
                : "";
            throw new ArgumentError(
                where,
                `"${resource}" is not an ARN, in the role's partition, region and account, of a resource type the actions take${wildcard}`,
                formats.map((format) => exampleArn(format, context)).join(" or "),
            );
        }
    });
}

/**
 * The conditions of an S3 statement that allows, with `aws:ResourceAccount` equal to the agent's
 * account as the component's own S3 statements have, unless the user states the account
 * themselves: S3 ARNs carry no account, so without it a bucket of that name in any account would
 * be granted.
 * @throws ArgumentError when S3 actions share a statement with other services' actions
 */
function s3Account(
    argument: string,
    effect: string,
    actions: string[],
    given: Conditions | undefined,
    context: GrantContext,
): Conditions | undefined {
    const s3 = actions.filter((action) => action.startsWith("s3:"));
    if (s3.length === 0 || effect !== "Allow") {
        return given;
    }
    if (s3.length !== actions.length) {
        throw new ArgumentError(
            `${argument}.actions`,
            "mixes S3 actions, which are held to the role's account by aws:ResourceAccount, with other services' actions",
            "the S3 actions in a statement of their own",
        );
    }
    const stated = Object.values(given ?? {}).some((keys) =>
        Object.keys(keys ?? {}).some((key) => key.toLowerCase() === "aws:resourceaccount"),
    );
    return stated
        ? given
        : {
              ...given,
              StringEquals: {
                  ...given?.StringEquals,
                  "aws:ResourceAccount": [context.environment.account],
              },
          };
}

/**
 * Refuses what would let the role change its own permissions or trust, and privilege escalation
 * not opted into; returns the warning an opted-in statement deserves.
 * @throws ArgumentError naming the statement's actions or its opt-in
 */
function checkEscalation(
    argument: string,
    fields: Record<string, unknown>,
    s: IdentityStatement,
    context: GrantContext,
): string | undefined {
    const optedIn = optionalBoolean(
        `${argument}.allowsPrivilegeEscalation`,
        fields.allowsPrivilegeEscalation,
    );
    if (s.Effect !== "Allow") {
        return undefined;
    }
    const selfChanging = selfChangingActions(s.Action, s.Resource, context.roleArn);
    if (selfChanging.length > 0) {
        throw new ArgumentError(
            `${argument}.resources`,
            `would let the role change its own permissions or trust (${selfChanging.join(", ")} on the role or its policies)`,
            "resources other than the role and its policies",
        );
    }
    const escalating = privilegeEscalationActions(s.Action, s.Resource);
    if (escalating.length > 0 && optedIn !== true) {
        throw new ArgumentError(
            `${argument}.actions`,
            `${escalating.join(", ")} let the role gain permissions it was not given (privilege escalation); ` +
                "if that is meant, say so with allowsPrivilegeEscalation: true on the statement",
            "actions without privilege escalation",
        );
    }
    if (escalating.length === 0 && optedIn === true) {
        throw new ArgumentError(
            `${argument}.allowsPrivilegeEscalation`,
            "is set, but the statement grants no privilege-escalation action",
            "leave it out",
        );
    }
    return escalating.length > 0
        ? `${argument} (${s.Sid}) grants privilege-escalation actions, opted in with allowsPrivilegeEscalation: ${escalating.join(", ")}`
        : undefined;
}

function extraStatement(
    argument: string,
    item: unknown,
    context: GrantContext,
): { statement: IdentityStatement; warning?: string } {
    const fields = mapArgument(argument, item, FIELDS, EXAMPLE);
    const sid = stringArgument(`${argument}.sid`, fields.sid, "ReadOrdersTable");
    if (!/^[A-Za-z0-9]{1,100}$/.test(sid)) {
        throw new ArgumentError(`${argument}.sid`, `"${sid}" is not letters and digits`, "ReadOrdersTable");
    }
    const effect =
        fields.effect === undefined ? "Allow" : stringArgument(`${argument}.effect`, fields.effect, "Allow");
    if (effect !== "Allow" && effect !== "Deny") {
        throw new ArgumentError(`${argument}.effect`, `"${effect}" is neither Allow nor Deny`, "Allow");
    }
    const { actions, takeResources } = checkedActions(
        `${argument}.actions`,
        strings(`${argument}.actions`, fields.actions, '"dynamodb:GetItem"'),
    );
    const resources = strings(
        `${argument}.resources`,
        fields.resources,
        '"arn:aws:dynamodb:us-east-1:123456789012:table/orders"',
    );
    const formats = takeResources
        ? sortedUnique(actions.flatMap((a) => catalogAction(a)?.arnFormats ?? []))
        : [];
    checkedResources(`${argument}.resources`, resources, formats, effect, context);
    const condition = s3Account(
        argument,
        effect,
        actions,
        conditions(`${argument}.conditions`, fields.conditions, actions),
        context,
    );
    const written = statement<IdentityStatement>({
        Sid: sid,
        Effect: effect,
        Action: actions,
        Resource: resources,
        ...(condition ? { Condition: condition } : {}),
    });
    const warning = checkEscalation(argument, fields, written, context);
    return { statement: written, ...(warning ? { warning } : {}) };
}

/**
 * Extra statements: what the component does not model, checked against IAM's Service
 * Authorization Reference (`data/actionCatalog.json`) and written into the role's policies.
 * Their ids may not be the ids of statements the component writes.
 * @internal
 */
export const extraStatements: Capability<ExtraStatementsArgs> = {
    grant(args, context) {
        const list = optionalList("extraStatements", args.extraStatements, `[${EXAMPLE}]`);
        if (list.length === 0) {
            return noGrants();
        }
        const written = list.map((item, i) => extraStatement(`extraStatements[${i}]`, item, context));
        const identity = written.map((w) => w.statement);
        const userSids: Record<string, string> = {};
        identity.forEach((s, i) => {
            if (userSids[s.Sid]) {
                throw new ArgumentError(
                    `extraStatements[${i}].sid`,
                    `"${s.Sid}" is the id of ${userSids[s.Sid]} too`,
                    "a unique id",
                );
            }
            userSids[s.Sid] = `extraStatements[${i}].sid`;
        });
        const statementArguments = Object.fromEntries(
            identity.map((s, i) => [s.Sid, `extraStatements[${i}]`]),
        );
        const warnings = written.flatMap((w) => (w.warning ? [w.warning] : []));
        return { identity, keyPolicy: [], userSids, statementArguments, warnings };
    },
};
