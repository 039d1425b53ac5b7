import { ArgumentError } from "../iam/argumentError";
import { optionalStrings } from "../iam/argumentTypes";
import type { GrantContext } from "../grants/grant";
import { arnFor, ArnRule, namedResource } from "../iam/arn";
import type { ArnScope, AwsEnvironment } from "../iam/awsEnvironment";
import { agentEnvironment, environmentArgs } from "./agentEnvironment";

/** The service principal that assumes an agent's role and invokes its Lambda functions. @internal */
export const BEDROCK_SERVICE_PRINCIPAL = "bedrock.amazonaws.com";

/** A Bedrock agent, the caller that the trust policy and Lambda permissions admit. @internal */
export const AGENT: ArnRule = {
    service: "bedrock",
    resourcePrefix: "agent/",
    resource: /^[0-9a-zA-Z]{10}$/,
    scope: "regional",
    exampleResource: "AGENT12345",
};

/** The pattern matching every agent of the scope's account and region. @internal */
export function anyAgentArn(scope: ArnScope): string {
    return arnFor(AGENT, scope, "*");
}

/** What {@link agentGrantContext} reads from the args. @internal */
export interface AdmittedAgentsArgs {
    /** The agent ids or ARNs, as resolved. */
    agentIds?: unknown;
    /** Explicit account, region and partition, as resolved. */
    account?: unknown;
    region?: unknown;
    partition?: unknown;
}

/**
 * The context every capability is granted for: the agent's environment, and the agents admitted
 * (the pinned ones, or the pattern of every agent of the account and region).
 * @param provider the provider's environment
 * @param roleArnIn the role's ARN in the agent's environment
 * @returns the context, and each `agentIds` entry's ARN, by position
 * @throws ArgumentError for a malformed environment field or agent id, or an empty `agentIds`
 * @internal
 */
export function agentGrantContext(
    args: AdmittedAgentsArgs,
    provider: AwsEnvironment,
    roleArnIn: (scope: ArnScope) => string,
): { context: GrantContext; agentArns: string[] } {
    const scope = agentEnvironment(environmentArgs(args), provider);
    if (args.agentIds !== undefined && Array.isArray(args.agentIds) && args.agentIds.length === 0) {
        throw new ArgumentError(
            "agentIds",
            "is empty, which would admit no agent; leave it out to admit every agent of the account and region",
            '["AGENT12345"]',
        );
    }
    const agents = optionalStrings("agentIds", args.agentIds, AGENT.exampleResource).map((id, i) =>
        namedResource(`agentIds[${i}]`, id, AGENT, scope),
    );
    const pinned = [...new Map(agents.map((agent) => [agent.arn, agent])).values()].sort((a, b) =>
        a.arn < b.arn ? -1 : 1,
    );
    return {
        context: {
            ...scope,
            servicePrincipal: BEDROCK_SERVICE_PRINCIPAL,
            sourceArns: pinned.length > 0 ? pinned.map((agent) => agent.arn) : [anyAgentArn(scope)],
            sourceIds: pinned.map((agent) => agent.id),
            roleArn: roleArnIn(scope),
            subject: "the agent",
        },
        agentArns: agents.map((agent) => agent.arn),
    };
}
