import type * as pulumi from "@pulumi/pulumi";
import type { ActionGroupsArgs } from "./capabilities/actionGroups";
import type { AgentAliasesArgs } from "./capabilities/agentAliases";
import type { AgentKeyArgs } from "./capabilities/agentKey";
import type { AgentMemoryArgs } from "./capabilities/agentMemory";
import type { CodeInterpreterFilesArgs } from "./capabilities/codeInterpreterFiles";
import type { CollaboratorsArgs } from "./capabilities/collaborators";
import type { CustomOrchestrationArgs } from "./capabilities/customOrchestration";
import type { PromptOverrideParserArgs } from "./capabilities/promptOverrideParser";
import type { ExtraStatementsArgs } from "../grants/extraStatements";
import type { GuardrailsArgs } from "../grants/guardrails";
import type { KnowledgeBasesArgs } from "../grants/knowledgeBases";
import type { ModelAccessArgs } from "../grants/modelAccess";
import type { PromptsArgs } from "./capabilities/prompts";
import type { ThirdPartyKnowledgeBasesArgs } from "./capabilities/thirdPartyKnowledgeBases";
import type { IamQuotasArgs } from "../iam/quotas";
import type { RoleSettingsArgs } from "../iam/roleSettings";

/**
 * Arguments of {@link BedrockAgentRole}: what the agent may use (one group of arguments per
 * capability), which agents may use the role, where they live, and the role's own settings. Every
 * list may be given in any order.
 */
export interface BedrockAgentRoleArgs
    extends
        ModelAccessArgs,
        ActionGroupsArgs,
        KnowledgeBasesArgs,
        ThirdPartyKnowledgeBasesArgs,
        AgentKeyArgs,
        GuardrailsArgs,
        CollaboratorsArgs,
        PromptsArgs,
        CodeInterpreterFilesArgs,
        CustomOrchestrationArgs,
        PromptOverrideParserArgs,
        AgentMemoryArgs,
        AgentAliasesArgs,
        ExtraStatementsArgs,
        RoleSettingsArgs {
    /**
     * Ids or ARNs of the agents that use this role, once they exist. When given, the trust policy,
     * the Lambda permissions and the KMS condition admit these agents only; otherwise they admit
     * any agent of the account and region (`agent/*`). Plain strings give Lambda permission
     * resource names that do not depend on the list's order.
     */
    agentIds?: pulumi.Input<string>[];
    /**
     * Ids or ARNs of the agents the Lambda permissions admit, instead of `agentIds`: for agents
     * created in the same program from this role's `roleArn`. Only the Lambda permissions read
     * them, so they may wait for the agent while the role does not wait for them; the trust policy
     * and key conditions keep `agentIds` (every agent of the account when absent), which must
     * include them when given.
     */
    lambdaAgentIds?: pulumi.Input<string>[];
    /** Account id of the agent. Defaults to the provider's account, and must equal it. */
    account?: pulumi.Input<string>;
    /** Region of the agent. Defaults to the provider's region. */
    region?: pulumi.Input<string>;
    /** Partition of the agent. Defaults to the provider's partition, and must equal it. */
    partition?: pulumi.Input<string>;
    /**
     * Suffix of the role name after `AmazonBedrockExecutionRoleForAgents_`, at most 28 characters.
     * Defaults to the component name and a hash of the project, stack and component name.
     */
    roleNameSuffix?: string;
    /** IAM quotas raised above AWS's defaults in the account. */
    quotas?: IamQuotasArgs;
    /**
     * Name or ARN of an existing role to grant instead of creating one: the component attaches the
     * identity policy to it and creates the Lambda permissions, but creates no role; its
     * `trustPolicy` output is the trust policy that role should have.
     */
    existingRole?: string;
}
