// Who may call a runtime or a gateway by its resource-based policy (resource-based-policies page):
// principals of other accounts, which need it besides their own identity policy; callers AgentCore
// authenticates by OAuth, for whom the page requires `Principal: "*"` and narrows by source VPC; and
// a VPC restriction, written as AWS's "explicit deny for critical controls" example
// (`StringNotEquals aws:SourceVpc`, `Bool aws:ViaAWSService false`) but on every action the
// resource has, where AWS's examples deny InvokeAgentRuntime alone.
import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../../iam/argumentError";
import { mapArgument, matchingStrings, optionalBoolean } from "../../iam/argumentTypes";
import { AttachableStatement, sortedUnique, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import type { AgentCoreContext } from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";
import { CALLER_SOURCE_FIELDS, callerSourceIds, CallerSourcesArgs } from "./callerSources";

/** Who may call the resource by its resource-based policy, and from where. */
export interface ResourcePolicyPrincipalsArgs extends CallerSourcesArgs {
    /**
     * Roles and users of other accounts that may call, by ARN
     * (`arn:aws:iam::210987654321:role/support-app`); their accounts are pinned too
     * (`aws:PrincipalAccount`). They also need the calls in their own identity policy. A principal
     * of this account needs no resource-based policy: give it `callers`.
     */
    principals?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Whether callers AgentCore authenticates by OAuth (an inbound JWT authorizer) may call:
     * `Principal: "*"`, as AgentCore requires for them, from the VPCs or VPC endpoints named only
     * (`sourceVpcs` or `sourceVpcEndpoints` is required with it). Not with `principals`: a
     * resource takes IAM (SigV4) or OAuth callers, never both. Default false.
     */
    oauthCallers?: pulumi.Input<boolean>;
}

/** The fields of {@link ResourcePolicyPrincipalsArgs}. @internal */
export const RESOURCE_POLICY_FIELDS: (keyof ResourcePolicyPrincipalsArgs)[] = [
    "principals",
    "oauthCallers",
    ...CALLER_SOURCE_FIELDS,
];

/** An IAM role or user by ARN: no account root, no wildcard. */
const PRINCIPAL = /^arn:(aws[a-z-]*):iam::(\d{12}):(role|user)\/([\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
const PRINCIPAL_EXAMPLE = "arn:aws:iam::210987654321:role/support-app";

/** The other accounts' principals, checked: each a role or user of another account, in the partition. */
function principals(given: Record<string, unknown>, argument: string, context: AgentCoreContext): string[] {
    const arns = matchingStrings(
        `${argument}.principals`,
        given.principals,
        PRINCIPAL,
        "an IAM role's or user's ARN (an account's root would admit every principal of the account)",
        PRINCIPAL_EXAMPLE,
    );
    for (const arn of arns) {
        const [, partition, account] = PRINCIPAL.exec(arn) ?? [];
        if (partition !== context.environment.partition) {
            throw new ArgumentError(
                `${argument}.principals`,
                `"${arn}" is in partition ${partition}, not the resource's (${context.environment.partition})`,
                PRINCIPAL_EXAMPLE.replace("aws", context.environment.partition),
            );
        }
        if (account === context.environment.account) {
            throw new ArgumentError(
                `${argument}.principals`,
                `"${arn}" is in the resource's own account, where an identity policy is enough: give it callers instead`,
                PRINCIPAL_EXAMPLE,
            );
        }
    }
    return arns;
}

/**
 * The resource's policy, as statements to attach to it: the other accounts' principals may take
 * `allowed`; OAuth callers too, from the sources named; and, with sources, everyone is denied
 * `every` action of the resource from anywhere else, one Deny per condition key.
 * @param argument the argument holding the fields (`resourcePolicy`), for errors
 * @throws ArgumentError for an invalid field, OAuth callers without a source, or nothing asked
 * @internal
 */
export function resourcePolicyStatements(
    given: Record<string, unknown>,
    argument: string,
    context: AgentCoreContext,
    allowed: string[],
    every: string[],
): AttachableStatement[] {
    const arns = principals(given, argument, context);
    const oauth = optionalBoolean(`${argument}.oauthCallers`, given.oauthCallers) === true;
    const sources = callerSourceIds(given, argument);
    const keys = Object.keys(sources).sort();
    if (oauth && keys.length === 0) {
        throw new ArgumentError(
            `${argument}.sourceVpcs`,
            "is required with oauthCallers, which lets anyone holding a valid token call: name the VPCs (sourceVpcs) or VPC endpoints (sourceVpcEndpoints) they call from",
            '{ oauthCallers: true, sourceVpcs: ["vpc-1a2b3c4d"] }',
        );
    }
    if (oauth && arns.length > 0) {
        throw new ArgumentError(
            `${argument}.principals`,
            'cannot be given with oauthCallers: a resource authenticates its callers either by IAM (SigV4) or by OAuth tokens, never both, and Principal "*" would admit every IAM principal calling from the VPCs named',
            '{ principals: ["arn:aws:iam::210987654321:role/support-app"] } or { oauthCallers: true, sourceVpcs: ["vpc-1a2b3c4d"] }',
        );
    }
    if (arns.length === 0 && !oauth && keys.length === 0) {
        throw new ArgumentError(
            argument,
            "asks for nothing: name principals of other accounts, oauthCallers with their VPCs, or the VPCs every call must come from",
            `{ principals: ["${PRINCIPAL_EXAMPLE}"] }`,
        );
    }
    const accounts = sortedUnique(arns.map((arn) => arn.split(":")[4]));
    const vpcDenies: Record<string, string> = {
        "aws:SourceVpc": "DenyCallsFromOutsideVpcs",
        "aws:SourceVpce": "DenyCallsFromOutsideVpcEndpoints",
    };
    return [
        ...(arns.length > 0
            ? [
                  statement<AttachableStatement>({
                      Sid: "AllowOtherAccountsPrincipals",
                      Effect: "Allow",
                      Principal: { AWS: arns },
                      Action: allowed,
                      Condition: { StringEquals: { "aws:PrincipalAccount": accounts } },
                  }),
              ]
            : []),
        ...(oauth
            ? [
                  statement<AttachableStatement>({
                      Sid: "AllowOAuthCallersFromVpcs",
                      Effect: "Allow",
                      Principal: "*",
                      Action: allowed,
                      Condition: { StringEquals: sources },
                  }),
              ]
            : []),
        ...keys.map((key) =>
            statement<AttachableStatement>({
                Sid: vpcDenies[key],
                Effect: "Deny",
                Principal: "*",
                Action: every,
                Condition: {
                    StringNotEquals: { [key]: sources[key] },
                    Bool: { "aws:ViaAWSService": ["false"] },
                },
            }),
        ),
    ];
}

/** What a kind's resource-based policy adds to the principals' fields: its own fields, and its actions. */
export interface ResourcePolicySpec {
    /** The fields beside {@link RESOURCE_POLICY_FIELDS} (a runtime's action flags). */
    fields: string[];
    /** The actions the fields ask for, and the warnings they deserve. */
    allowed(given: Record<string, unknown>): { actions: string[]; warnings: string[] };
    /** Every action of the resource: what a VPC restriction denies. */
    every: string[];
}

/**
 * The capability writing a kind's resource-based policy from its `resourcePolicy` argument:
 * nothing on the role.
 * @internal
 */
export function resourcePolicyCapability<Args extends { resourcePolicy?: unknown }>(
    spec: ResourcePolicySpec,
): AgentCoreCapability<Args> {
    return {
        grant(args, context) {
            const value = (args as { resourcePolicy?: unknown }).resourcePolicy;
            if (value === undefined) {
                return noGrants();
            }
            const given = mapArgument(
                "resourcePolicy",
                value,
                [...RESOURCE_POLICY_FIELDS, ...spec.fields],
                '{ principals: ["arn:aws:iam::210987654321:role/support-app"] }',
            );
            const { actions, warnings } = spec.allowed(given);
            return {
                identity: [],
                keyPolicy: [],
                resourcePolicy: resourcePolicyStatements(
                    given,
                    "resourcePolicy",
                    context,
                    actions,
                    spec.every,
                ),
                ...(warnings.length > 0 ? { warnings } : {}),
            };
        },
    };
}
