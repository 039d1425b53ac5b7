import { AgentGrants } from "./agentGrants";
import { BEDROCK_SERVICE_PRINCIPAL, confusedDeputyConditions } from "./agentPrincipal";
import { PolicyDocument, policyDocument, statement } from "./policyDocument";

/**
 * The role's trust policy: Bedrock may assume the role only for the admitted agents of this
 * account.
 */
export function trustPolicy(grants: AgentGrants): PolicyDocument {
    return policyDocument([
        statement({
            Sid: "AllowBedrockAgentsToAssumeRole",
            Effect: "Allow",
            Principal: { Service: BEDROCK_SERVICE_PRINCIPAL },
            Action: ["sts:AssumeRole"],
            Condition: confusedDeputyConditions(grants),
        }),
    ]);
}
