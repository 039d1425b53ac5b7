// What the principal that deploys a role's resource (the one running `pulumi up`) needs because
// of the role: passing it to the service that takes it, and nothing else of the role's. IAM's
// PassRole page (id_roles_use_passrole.html): iam:PassRole on the role, iam:PassedToService for
// the service it is passed to; AWS's managed policies pass any role whose name matches a pattern.
import type { ArnScope } from "../iam/awsEnvironment";
import { IdentityStatement, statement } from "../iam/policyDocument";
import type { GrantContext } from "./grant";

/** The Sid of the deployer's PassRole for the roles of one service: one statement per service, whatever the roles. */
const PASS_ROLE_SIDS: Record<string, string> = {
    "bedrock.amazonaws.com": "PassRolesToBedrock",
    "bedrock-agentcore.amazonaws.com": "PassRolesToBedrockAgentCore",
};

/**
 * The deployer's `iam:PassRole` on the role, to the service that takes it only.
 * @internal
 */
export function passRoleStatement(context: GrantContext): IdentityStatement {
    return statement({
        Sid: PASS_ROLE_SIDS[context.servicePrincipal] ?? "PassRoles",
        Effect: "Allow",
        Action: ["iam:PassRole"],
        Resource: [context.roleArn],
        Condition: { StringEquals: { "iam:PassedToService": [context.servicePrincipal] } },
    });
}

/** A service-linked role AWS creates with the deployer's credentials: its service and its name. @internal */
export interface ServiceLinkedRole {
    /** The service it is linked to: the `iam:AWSServiceName` of its creation, and its path. */
    service: string;
    /** The role's name. */
    name: string;
    /** The Sid of the deployer's statement that lets it be created. */
    sid: string;
}

/**
 * The deployer's `iam:CreateServiceLinkedRole` for one service-linked role: on its exact ARN in
 * the account, for its service only (AgentCore's service-linked-roles page: the action on
 * `role/aws-service-role/<service>/<name>`, conditioned on `iam:AWSServiceName`; here with the
 * account instead of `*`, and `StringEquals`).
 * @internal
 */
export function serviceLinkedRoleStatement(role: ServiceLinkedRole, scope: ArnScope): IdentityStatement {
    const { partition, account } = scope.environment;
    return statement({
        Sid: role.sid,
        Effect: "Allow",
        Action: ["iam:CreateServiceLinkedRole"],
        Resource: [`arn:${partition}:iam::${account}:role/aws-service-role/${role.service}/${role.name}`],
        Condition: { StringEquals: { "iam:AWSServiceName": [role.service] } },
    });
}

/**
 * The deployer statements of several roles as one list: statements of one Sid and shape (effect,
 * actions, conditions) joined, their resources united; statements of one Sid but another shape
 * kept apart under a numbered Sid (`PassRolesToBedrock2`). Deterministic: sorted by Sid.
 * @internal
 */
export function joinedDeployerStatements(statements: IdentityStatement[]): IdentityStatement[] {
    const shape = (s: IdentityStatement) => JSON.stringify([s.Effect, s.Action, s.Condition]);
    const bySid = new Map<string, Map<string, IdentityStatement>>();
    for (const s of statements) {
        const shapes = bySid.get(s.Sid) ?? new Map<string, IdentityStatement>();
        const existing = shapes.get(shape(s));
        shapes.set(
            shape(s),
            existing ? statement({ ...existing, Resource: [...existing.Resource, ...s.Resource] }) : s,
        );
        bySid.set(s.Sid, shapes);
    }
    return [...bySid.keys()]
        .sort()
        .flatMap((sid) =>
            [...(bySid.get(sid)?.entries() ?? [])]
                .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
                .map(([, s], i) => (i === 0 ? s : { ...s, Sid: `${sid}${i + 1}` })),
        );
}
