import { Conditions, IdentityStatement, ResourceStatement, statement } from "../iam/policyDocument";
import type { NamedResource } from "../iam/arn";
import type { CapabilityGrants, GrantContext } from "./grant";

/** One use of a KMS key: who is granted which actions, under which conditions. @internal */
export interface KeyUse {
    /** Id of the identity statement. */
    sid: string;
    /** The actions. */
    actions: string[];
    /** Conditions of the statement (its key-policy twin's too, unless it says otherwise). */
    condition?: Conditions;
    /** Whose identity policy gets the statement: the role's, or the callers'; none for a key-policy statement alone. */
    to?: "role" | "callers";
    /**
     * The statement the key's policy needs for this use: naming the role itself, or the service
     * principal, with its own id, and its own actions and conditions where they differ.
     */
    keyPolicy?: { principal: "role" | "service"; sid: string; actions?: string[]; condition?: Conditions };
}

/**
 * The statements a KMS key's uses need, each with its key-policy twin: the identity statements
 * (the role's or the callers'), and the statements handed to the key's owner, since a key policy
 * is replaced whole when written (agent, memory, guardrail and gateway keys).
 * @internal
 */
export function keyStatements(
    key: NamedResource,
    uses: KeyUse[],
    context: GrantContext,
): Pick<CapabilityGrants, "identity" | "callers" | "keyPolicy"> {
    const identityOf = (use: KeyUse) =>
        statement<IdentityStatement>({
            Sid: use.sid,
            Effect: "Allow",
            Action: use.actions,
            Resource: [key.arn],
            ...(use.condition ? { Condition: use.condition } : {}),
        });
    return {
        identity: uses.filter((use) => use.to === "role").map(identityOf),
        callers: uses.filter((use) => use.to === "callers").map(identityOf),
        keyPolicy: uses.flatMap(({ keyPolicy, actions, condition }) => {
            if (!keyPolicy) {
                return [];
            }
            const twinCondition = keyPolicy.condition ?? condition;
            return [
                {
                    key,
                    statement: statement<ResourceStatement>({
                        Sid: keyPolicy.sid,
                        Effect: "Allow",
                        Principal:
                            keyPolicy.principal === "role"
                                ? { AWS: context.roleArn }
                                : { Service: context.servicePrincipal },
                        Action: keyPolicy.actions ?? actions,
                        Resource: [key.arn],
                        ...(twinCondition ? { Condition: twinCondition } : {}),
                    }),
                },
            ];
        }),
    };
}
