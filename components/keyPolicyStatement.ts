import { AgentGrants } from "./agentGrants";
import { agentArnStringCondition, BEDROCK_SERVICE_PRINCIPAL } from "./agentPrincipal";
import { AGENT_ENCRYPTION_CONTEXT_KEY, AGENT_KEY_ACTIONS } from "./identityStatements";
import { Statement, statement } from "./policyDocument";

/**
 * The statement the agent's KMS key policy needs so that Bedrock itself may use the key for the
 * admitted agents. A key policy is replaced whole when written, so the component hands this
 * statement to the key's owner instead of writing the key policy; `undefined` when no key is used.
 */
export function keyPolicyStatement(grants: AgentGrants): Statement | undefined {
    if (!grants.encryptionKeyArn) {
        return undefined;
    }
    const condition = agentArnStringCondition(grants, AGENT_ENCRYPTION_CONTEXT_KEY);
    return statement({
        Sid: "AllowBedrockAgentsToUseKey",
        Effect: "Allow",
        Principal: { Service: BEDROCK_SERVICE_PRINCIPAL },
        Action: AGENT_KEY_ACTIONS,
        Resource: [grants.encryptionKeyArn],
        Condition: {
            ...condition,
            StringEquals: { ...condition.StringEquals, "aws:SourceAccount": [grants.environment.account] },
        },
    });
}
