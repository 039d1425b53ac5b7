import type * as pulumi from "@pulumi/pulumi";
import type { ArnRule } from "../../iam/arn";
import { namedResources } from "../../grants/namedResources";
import type { AgentCapability } from "../invokedFunctions";

/** Arguments of a supervisor agent's collaborators. */
export interface CollaboratorsArgs {
    /**
     * The aliases of the agents a supervisor collaborates with, as ARNs (often
     * `aws.bedrock.AgentAgentAlias.agentAliasArn`) or `AGENTID/ALIASID`.
     */
    collaborators?: pulumi.Input<pulumi.Input<string>[]>;
}

/** An agent alias: the agent's id and the alias's. @internal */
export const AGENT_ALIAS: ArnRule = {
    service: "bedrock",
    resourcePrefix: "agent-alias/",
    resource: /^[0-9a-zA-Z]{10}\/[0-9a-zA-Z]{10}$/,
    scope: "regional",
    exampleResource: "AGENT12345/ALIAS12345",
};

/**
 * Multi-agent collaboration: `bedrock:GetAgentAlias` and `bedrock:InvokeAgent` on exactly the
 * collaborators' aliases. The supervisor still needs its own models.
 * @internal
 */
export const collaborators: AgentCapability<CollaboratorsArgs> = namedResources({
    argument: "collaborators",
    rule: AGENT_ALIAS,
    sid: "InvokeCollaborators",
    actions: ["bedrock:GetAgentAlias", "bedrock:InvokeAgent"],
});
