import type * as pulumi from "@pulumi/pulumi";
import { optionalStrings } from "../argumentTypes";
import { idOrArn } from "../iam/arn";
import { sortedUnique, statement } from "../iam/policyDocument";
import { Capability, noGrants } from "./capability";
import { AGENT_ALIAS } from "./collaborators";

/** Arguments of the aliases through which callers invoke the agent. */
export interface AgentAliasesArgs {
    /**
     * The agent's aliases its callers invoke, as ARNs (often `aws.bedrock.AgentAgentAlias.agentAliasArn`)
     * or `AGENTID/ALIASID`: the callers' policy grants `bedrock:InvokeAgent` on them.
     */
    agentAliases?: pulumi.Input<pulumi.Input<string>[]>;
}

/**
 * The agent's own aliases: the role needs nothing, the principals that call the agent need
 * `bedrock:InvokeAgent` on exactly these aliases.
 * @internal
 */
export const agentAliases: Capability<AgentAliasesArgs> = {
    argumentNames: ["agentAliases"],
    grant(args, context) {
        const aliases = optionalStrings("agentAliases", args.agentAliases, AGENT_ALIAS.exampleResource).map(
            (alias, i) => idOrArn(`agentAliases[${i}]`, alias, AGENT_ALIAS, context),
        );
        if (aliases.length === 0) {
            return noGrants();
        }
        return {
            identity: [],
            keyPolicy: [],
            callers: [
                statement({
                    Sid: "InvokeAgentAliases",
                    Effect: "Allow",
                    Action: ["bedrock:InvokeAgent"],
                    Resource: sortedUnique(aliases),
                }),
            ],
        };
    },
};
