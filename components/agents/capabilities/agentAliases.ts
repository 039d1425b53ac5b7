import type * as pulumi from "@pulumi/pulumi";
import { optionalStrings } from "../../iam/argumentTypes";
import { idOrArn } from "../../iam/arn";
import type { ArnScope } from "../../iam/awsEnvironment";
import { IdentityStatement, sortedUnique, statement } from "../../iam/policyDocument";
import { AGENT_ALIAS } from "./collaborators";

/** Arguments of the aliases through which callers invoke the agent. */
export interface AgentAliasesArgs {
    /**
     * The agent's aliases its callers invoke, as ARNs (often `aws.bedrock.AgentAgentAlias.agentAliasArn`)
     * or `AGENTID/ALIASID`: the callers' policy grants `bedrock:InvokeAgent` on them. Only the
     * callers' policy reads them, so an alias created in the same program from this role's agent
     * never makes the role wait.
     */
    agentAliases?: pulumi.Input<pulumi.Input<string>[]>;
}

/**
 * The agent's own aliases, once they resolve: the role needs nothing, the principals that call
 * the agent need `bedrock:InvokeAgent` on exactly these aliases.
 * @throws ArgumentError naming the alias that is not one of the agent's account and region
 * @internal
 */
export function invokeAgentAliases(value: unknown, scope: ArnScope): IdentityStatement[] {
    const aliases = optionalStrings("agentAliases", value, AGENT_ALIAS.exampleResource).map((alias, i) =>
        idOrArn(`agentAliases[${i}]`, alias, AGENT_ALIAS, scope),
    );
    return aliases.length === 0
        ? []
        : [
              statement({
                  Sid: "InvokeAgentAliases",
                  Effect: "Allow",
                  Action: ["bedrock:InvokeAgent"],
                  Resource: sortedUnique(aliases),
              }),
          ];
}
