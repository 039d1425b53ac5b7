// The package's public API: the component and its args, the pure plan behind it, the error it
// raises, and the helpers a user of the plan needs. Everything else is internal.
export { BedrockAgentRole } from "./components/bedrockAgentRole";
export type { BedrockAgentRoleArgs } from "./components/bedrockAgentRoleArgs";
export type { ActionGroupArgs, ActionGroupsArgs } from "./components/capabilities/actionGroups";
export type { AgentAliasesArgs } from "./components/capabilities/agentAliases";
export type { AgentKeyArgs } from "./components/capabilities/agentKey";
export type { AgentMemoryArgs } from "./components/capabilities/agentMemory";
export type { CodeInterpreterFilesArgs } from "./components/capabilities/codeInterpreterFiles";
export type { CollaboratorsArgs } from "./components/capabilities/collaborators";
export type {
    CustomOrchestrationArgs,
    OrchestrationFunctionArgs,
} from "./components/capabilities/customOrchestration";
export type {
    ExtraConditionArgs,
    ExtraStatementArgs,
    ExtraStatementsArgs,
} from "./components/capabilities/extraStatements";
export type { GuardrailArgs, GuardrailsArgs } from "./components/capabilities/guardrails";
export type { KnowledgeBasesArgs } from "./components/capabilities/knowledgeBases";
export type { ModelAccessArgs } from "./components/capabilities/modelAccess";
export type { PromptsArgs } from "./components/capabilities/prompts";
export type { CrossRegionProfile, DestinationSource } from "./components/capabilities/profileDestinations";
export type {
    ThirdPartyKnowledgeBaseArgs,
    ThirdPartyKnowledgeBasesArgs,
} from "./components/capabilities/thirdPartyKnowledgeBases";
export type { S3ObjectArgs } from "./components/iam/s3Object";
export type { IamQuotasArgs } from "./components/quotas";
export type { RoleSettings, RoleSettingsArgs } from "./components/roleSettings";
export { ArgumentError } from "./components/argumentError";
export { planAgentPermissions } from "./components/agentPermissionsPlan";
export type { AgentPermissionsPlan, PlanRequest } from "./components/agentPermissionsPlan";
export type { AgentDocuments, KeyPolicyStatements, ManagedPolicy } from "./components/agentDocuments";
export type { AwsEnvironment } from "./components/iam/awsEnvironment";
export type { RoleNameSource } from "./components/names";
export { BASE_CONDITION_OPERATORS, policySize, renderPolicy } from "./components/iam/policyDocument";
export type {
    AwsPrincipal,
    BaseConditionOperator,
    ConditionOperator,
    Conditions,
    IdentityStatement,
    PolicyDocument,
    ResourceStatement,
    ServicePrincipal,
    Statement,
    TrustStatement,
} from "./components/iam/policyDocument";
export type { ManagedPolicyPart } from "./components/iam/policyPacking";
export { lambdaResourceStatement } from "./components/lambdaPermissions";
export type {
    LambdaFunctionTarget,
    LambdaPermissionGrant,
    LambdaPermissionSlot,
    LambdaPermissionSpec,
} from "./components/lambdaPermissions";
export { agentLambdaPermissionArgs } from "./components/agentLambdaPermission";
export { callerRolePolicyArgs } from "./components/callerRolePolicy";
export type {
    CallerPolicySource,
    CallerRolePolicyArgs,
    CallerRolePolicyInputs,
} from "./components/callerRolePolicy";
export type {
    AgentLambdaPermissionArgs,
    AgentLambdaPermissionInputs,
} from "./components/agentLambdaPermission";
export type { PlanFile, PlannedRole } from "./program/planFile";
