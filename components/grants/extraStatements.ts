import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../iam/argumentError";
import { optionalList } from "../iam/argumentTypes";
import { IdentityStatement, statement } from "../iam/policyDocument";
import { checkedActions, checkedResources } from "./extraStatementCatalogChecks";
import { checkedConditions, s3Account } from "./extraStatementConditions";
import { checkEscalation } from "./extraStatementEscalation";
import {
    checkedEffect,
    checkedSid,
    EXTRA_STATEMENT_EXAMPLE,
    nonEmptyStrings,
    statementFields,
} from "./extraStatementFields";
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

function extraStatement(
    argument: string,
    item: unknown,
    context: GrantContext,
): { statement: IdentityStatement; warning?: string } {
    const fields = statementFields(argument, item);
    const sid = checkedSid(`${argument}.sid`, fields.sid);
    const effect = checkedEffect(`${argument}.effect`, fields.effect);
    const { actions, formats } = checkedActions(
        `${argument}.actions`,
        nonEmptyStrings(`${argument}.actions`, fields.actions, '"dynamodb:GetItem"'),
    );
    const resources = nonEmptyStrings(
        `${argument}.resources`,
        fields.resources,
        '"arn:aws:dynamodb:us-east-1:123456789012:table/orders"',
    );
    checkedResources(`${argument}.resources`, resources, formats, effect, context);
    const condition = s3Account(
        argument,
        effect,
        actions,
        checkedConditions(`${argument}.conditions`, fields.conditions, actions),
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
        const list = optionalList("extraStatements", args.extraStatements, `[${EXTRA_STATEMENT_EXAMPLE}]`);
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
