import type { GrantContext } from "./capabilities/capability";
import { confusedDeputyConditions } from "./confusedDeputy";
import { PolicyDocument, policyDocument, statement, TrustStatement } from "./iam/policyDocument";

/**
 * The role's trust policy: the service principal may assume the role only for the admitted
 * agents of this account.
 * @internal
 */
export function trustPolicy(context: GrantContext): PolicyDocument<TrustStatement> {
    return policyDocument([
        statement<TrustStatement>({
            Sid: "AllowBedrockAgentsToAssumeRole",
            Effect: "Allow",
            Principal: { Service: context.servicePrincipal },
            Action: ["sts:AssumeRole"],
            Condition: confusedDeputyConditions(context),
        }),
    ]);
}
