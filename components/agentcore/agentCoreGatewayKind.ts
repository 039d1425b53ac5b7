// A gateway's service role: one entry of the AgentCore kind table.
import { extraStatements } from "../grants/extraStatements";
import { argumentNames } from "../roles/roleArguments";
import { GATEWAY } from "./agentCoreArns";
import { AgentCoreGatewayRoleArgs, GATEWAY_ARGUMENTS } from "./agentCoreGatewayRoleArgs";
import type { AgentCoreKindEntry } from "./agentCoreKinds";
import { logDelivery } from "./capabilities/logDelivery";
import { apiGatewayTargets } from "./capabilities/apiGatewayTargets";
import { credentialProviders } from "./capabilities/credentialProviders";
import { functionUrlTargets } from "./capabilities/functionUrlTargets";
import { gatewayCallers } from "./capabilities/gatewayCallers";
import { gatewayResourcePolicy } from "./capabilities/gatewayResourcePolicy";
import { gatewayKey } from "./capabilities/gatewayKey";
import { gatewayTargets } from "./capabilities/gatewayTargets";
import { lambdaTargets } from "./capabilities/lambdaTargets";
import { managedPrivateEndpoints } from "./capabilities/networkMode";
import { policyEngine } from "./capabilities/policyEngine";
import { runtimeTargets } from "./capabilities/runtimeTargets";
import { schemaObjects } from "./capabilities/schemaObjects";
import { tokenVaultKey } from "./capabilities/tokenVaultKey";
import { userFederationTokens } from "./capabilities/userFederationTokens";

/** A gateway's service role (`aws.bedrock.AgentcoreGateway.roleArn`). @internal */
export const GATEWAY_KIND: AgentCoreKindEntry<AgentCoreGatewayRoleArgs> = {
    kind: "gateway",
    type: "bedrock-agent-role:index:AgentCoreGatewayRole",
    words: { role: "AgentCore gateway role", resource: "gateway", resources: "gateways" },
    rolePrefix: "AgentCoreGateway_",
    // Named alone, it is granted nothing.
    mayGrantNothing: true,
    inlinePolicyName: "AgentCoreGatewayPermissions",
    trustStatementId: "AllowAgentCoreGatewayToAssumeRole",
    arguments: GATEWAY_ARGUMENTS,
    argumentNames: argumentNames(GATEWAY_ARGUMENTS),
    argsExample: '{ gatewayName: "support-gateway" }',
    nameArgument: "gatewayName",
    names: { pattern: /^([0-9a-zA-Z][-]?){1,100}$/, example: "support-gateway" },
    // Gateway ids are lower case (([0-9a-z][-]?){1,100}-[0-9a-z]{10}), though names may hold capitals.
    idName: (name) => name.toLowerCase(),
    resourceRule: GATEWAY,
    sourcesBelow: [],
    user: {
        type: "aws:bedrock/agentcoreGateway:AgentcoreGateway",
        roleInput: "roleArn",
        nameInput: "name",
    },
    capabilities: [
        lambdaTargets,
        functionUrlTargets,
        apiGatewayTargets,
        runtimeTargets,
        gatewayTargets,
        credentialProviders,
        tokenVaultKey,
        userFederationTokens,
        schemaObjects,
        policyEngine,
        gatewayKey,
        gatewayCallers,
        gatewayResourcePolicy,
        logDelivery,
        managedPrivateEndpoints,
        extraStatements,
    ],
    callerOutput: true,
    resourcePolicyOutput: true,
    deliveryOutput: true,
};
