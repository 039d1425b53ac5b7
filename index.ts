// The package's public API: the component and its args, the pure plan behind it, the error it
// raises, and the helpers a user of the plan needs. Everything else is internal.
export { BedrockAgentRole } from "./components/agents/bedrockAgentRole";
export type { BedrockAgentRoleArgs } from "./components/agents/bedrockAgentRoleArgs";
export { AgentCoreRuntimeRole } from "./components/agentcore/agentCoreRuntimeRole";
export { AgentCoreGatewayRole } from "./components/agentcore/agentCoreGatewayRole";
export { AgentCoreBrowserRole } from "./components/agentcore/agentCoreBrowserRole";
export { AgentCoreCodeInterpreterRole } from "./components/agentcore/agentCoreCodeInterpreterRole";
export type { AgentCoreBrowserRoleArgs } from "./components/agentcore/agentCoreBrowserRoleArgs";
export type { AgentCoreCodeInterpreterRoleArgs } from "./components/agentcore/agentCoreCodeInterpreterRoleArgs";
export { AgentCoreHarnessRole } from "./components/agentcore/agentCoreHarnessRole";
export type { AgentCoreHarnessRoleArgs } from "./components/agentcore/agentCoreHarnessRoleArgs";
export { AgentCoreMemoryRole } from "./components/agentcore/agentCoreMemoryRole";
export type { AgentCoreRuntimeRoleArgs } from "./components/agentcore/agentCoreRuntimeRoleArgs";
export type { AgentCoreGatewayRoleArgs } from "./components/agentcore/agentCoreGatewayRoleArgs";
export { AgentCoreEvaluationRole } from "./components/agentcore/agentCoreEvaluationRole";
export type { AgentCoreEvaluationRoleArgs } from "./components/agentcore/agentCoreEvaluationRoleArgs";
export type { EvaluatedLogsArgs } from "./components/agentcore/capabilities/evaluatedLogs";
export type { EvaluatorFunctionsArgs } from "./components/agentcore/capabilities/evaluatorFunctions";
export type { EvaluatorKeysArgs } from "./components/agentcore/capabilities/evaluatorKeys";
export type { AgentCoreMemoryRoleArgs } from "./components/agentcore/agentCoreMemoryRoleArgs";
export {
    planAgentCoreBrowserRole,
    planAgentCoreCodeInterpreterRole,
    planAgentCoreEvaluationRole,
    planAgentCoreGatewayRole,
    planAgentCoreHarnessRole,
    planAgentCoreMemoryRole,
    planAgentCoreRuntimeRole,
} from "./components/agentcore/agentCorePlans";
export type { AgentCorePlan } from "./components/agentcore/agentCoreDocuments";
export type { AgentCoreKind, AgentCoreKindArgs } from "./components/agentcore/agentCoreKinds";
export type {
    CredentialProviderArgs,
    CredentialProvidersArgs,
} from "./components/agentcore/capabilities/credentialProviders";
export type {
    ApiGatewayTargetArgs,
    ApiGatewayTargetsArgs,
    ApiGatewayToolFilterArgs,
} from "./components/agentcore/capabilities/apiGatewayTargets";
export type { FunctionUrlTargetsArgs } from "./components/agentcore/capabilities/functionUrlTargets";
export type {
    RuntimeTargetArgs,
    RuntimeTargetsArgs,
} from "./components/agentcore/capabilities/runtimeTargets";
export type { UserFederationTokensArgs } from "./components/agentcore/capabilities/userFederationTokens";
export type { EnterprisePoliciesArgs } from "./components/agentcore/capabilities/enterprisePolicies";
export type { GatewayInvocationArgs } from "./components/agentcore/capabilities/gatewayInvocation";
export type { InterpreterFilesArgs } from "./components/agentcore/capabilities/interpreterFiles";
export type { GatewayKeyArgs } from "./components/agentcore/capabilities/gatewayKey";
export type { GatewayTargetsArgs } from "./components/agentcore/capabilities/gatewayTargets";
export type { HarnessEnvironmentArgs } from "./components/agentcore/capabilities/harnessEnvironment";
export type { LambdaTargetsArgs } from "./components/agentcore/capabilities/lambdaTargets";
export type { MemoriesArgs } from "./components/agentcore/capabilities/memories";
export type { MemoryKeyArgs } from "./components/agentcore/capabilities/memoryKey";
export type {
    RecordStreamArgs,
    RecordStreamingArgs,
} from "./components/agentcore/capabilities/recordStreaming";
export type {
    SelfManagedStrategiesArgs,
    SelfManagedStrategyArgs,
} from "./components/agentcore/capabilities/selfManagedStrategies";
export type { ObservabilityArgs } from "./components/agentcore/capabilities/observability";
export type { PolicyEngineArgs } from "./components/agentcore/capabilities/policyEngine";
export type { RoleSwitchingArgs } from "./components/agentcore/capabilities/roleSwitching";
export type { RuntimeArtifactArgs } from "./components/agentcore/capabilities/runtimeArtifact";
export type {
    RuntimeCallerPolicyArgs,
    RuntimeCallersArgs,
} from "./components/agentcore/capabilities/runtimeCallers";
export type { CallerSourcesArgs } from "./components/agentcore/capabilities/callerSources";
export type { RuntimeActionArgs } from "./components/agentcore/capabilities/runtimeActions";
export type { ResourcePolicyPrincipalsArgs } from "./components/agentcore/capabilities/resourcePolicies";
export type {
    RuntimeResourcePolicy,
    RuntimeResourcePolicyArgs,
} from "./components/agentcore/capabilities/runtimeResourcePolicy";
export type { GatewayResourcePolicyArgs } from "./components/agentcore/capabilities/gatewayResourcePolicy";
export { agentCoreResourcePolicyArgs } from "./components/agentcore/agentCoreResourcePolicyArgs";
export type {
    AgentCoreResourcePolicyArgs,
    ResourcePolicyInputs,
    ResourcePolicySource,
} from "./components/agentcore/agentCoreResourcePolicyArgs";
export type {
    CalledRuntimeArgs,
    CalledRuntimesArgs,
} from "./components/agentcore/capabilities/calledRuntimes";
export type { GatewayCallersArgs } from "./components/agentcore/capabilities/gatewayCallers";
export type { LogDeliveriesArgs, LogDeliveryArgs } from "./components/agentcore/capabilities/logDelivery";
export type {
    MemoryCallerPolicyArgs,
    MemoryCallersArgs,
} from "./components/agentcore/capabilities/memoryCallers";
export type { SchemaObjectsArgs } from "./components/agentcore/capabilities/schemaObjects";
export type { ToolSessionsArgs } from "./components/agentcore/capabilities/toolSessions";
export type { SessionRecordingArgs } from "./components/agentcore/capabilities/sessionRecording";
export type { WorkloadTokensArgs } from "./components/agentcore/capabilities/workloadTokens";
export type { ActionGroupArgs, ActionGroupsArgs } from "./components/agents/capabilities/actionGroups";
export type { AgentAliasesArgs } from "./components/agents/capabilities/agentAliases";
export type { AgentKeyArgs } from "./components/agents/capabilities/agentKey";
export type { AgentMemoryArgs } from "./components/agents/capabilities/agentMemory";
export type { CodeInterpreterFilesArgs } from "./components/agents/capabilities/codeInterpreterFiles";
export type { CollaboratorsArgs } from "./components/agents/capabilities/collaborators";
export type {
    CustomOrchestrationArgs,
    OrchestrationFunctionArgs,
} from "./components/agents/capabilities/customOrchestration";
export type {
    ParserFunctionArgs,
    PromptOverrideParserArgs,
} from "./components/agents/capabilities/promptOverrideParser";
export type {
    ExtraConditionArgs,
    ExtraStatementArgs,
    ExtraStatementsArgs,
} from "./components/grants/extraStatements";
export type { GuardrailArgs, GuardrailsArgs } from "./components/grants/guardrails";
export type { KnowledgeBasesArgs } from "./components/grants/knowledgeBases";
export type { ModelAccessArgs } from "./components/grants/modelAccess";
export type { PromptsArgs } from "./components/agents/capabilities/prompts";
export type { CrossRegionProfile, DestinationSource } from "./components/grants/profileDestinations";
export type {
    ThirdPartyKnowledgeBaseArgs,
    ThirdPartyKnowledgeBasesArgs,
} from "./components/agents/capabilities/thirdPartyKnowledgeBases";
export type { S3ObjectArgs } from "./components/grants/s3Objects";
export type { S3PrefixArgs } from "./components/grants/s3Prefixes";
export type { IamQuotasArgs } from "./components/iam/quotas";
export type { RoleSettings, RoleSettingsArgs } from "./components/iam/roleSettings";
export { ArgumentError } from "./components/iam/argumentError";
export { planAgentPermissions, planBedrockAgentRole } from "./components/agents/agentPlans";
export type { PlanRequest } from "./components/agents/agentPlans";
export type { AgentPermissionsPlan } from "./components/agents/agentPermissionsPlan";
export type { RolePlanRequest } from "./components/roles/roleFamily";
export type { AgentDocuments } from "./components/agents/agentDocuments";
export type { KeyPolicyStatements, RolePlan } from "./components/grants/roleDocuments";
export type { DeliveryPolicy } from "./components/grants/deliveryPolicies";
export type { AwsEnvironment } from "./components/iam/awsEnvironment";
export type { RoleNameSource } from "./components/iam/names";
export { BASE_CONDITION_OPERATORS, policySize, renderPolicy } from "./components/iam/policyDocument";
export type {
    AttachableStatement,
    AttachedStatement,
    AwsPrincipal,
    AwsPrincipals,
    BaseConditionOperator,
    ConditionOperator,
    Conditions,
    IdentityStatement,
    InvokerPrincipal,
    PolicyDocument,
    ResourceStatement,
    ServicePrincipal,
    Statement,
    TrustStatement,
} from "./components/iam/policyDocument";
export type { ManagedPolicy, ManagedPolicyPart } from "./components/iam/policyPacking";
export { lambdaResourceStatement } from "./components/agents/lambdaPermissions";
export type { LambdaFunctionTarget } from "./components/grants/lambdaFunctions";
export type {
    LambdaPermissionGrant,
    LambdaPermissionSlot,
    LambdaPermissionSpec,
} from "./components/agents/lambdaPermissions";
export { agentLambdaPermissionArgs } from "./components/agents/agentLambdaPermissionArgs";
export { callerRolePolicyArgs } from "./components/resources/callerRolePolicyArgs";
export type {
    CallerPolicySource,
    CallerRolePolicyArgs,
    CallerRolePolicyInputs,
} from "./components/resources/callerRolePolicyArgs";
export type {
    AgentLambdaPermissionArgs,
    AgentLambdaPermissionInputs,
} from "./components/agents/agentLambdaPermissionArgs";
export type { PlanFile, PlannedRole, RolePlanView, UnknownRole } from "./planner/planFile";
export type { RuleFinding, Severity, Violation } from "./policies/agentIamRule";
export type { UnknownArgument } from "./planner/argumentInspection";
