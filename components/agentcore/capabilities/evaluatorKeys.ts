import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../../iam/argumentError";
import { optionalStrings } from "../../iam/argumentTypes";
import { idOrArn, type NamedResource } from "../../iam/arn";
import type { ArnScope } from "../../iam/awsEnvironment";
import { KeyUse, keyStatements } from "../../grants/keyStatements";
import { KMS_KEY, optionalKmsKey } from "../../grants/keys";
import { noGrants } from "../../grants/grant";
import { EVALUATOR } from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The custom evaluators an online evaluation runs, and the keys that encrypt them. */
export interface EvaluatorKeysArgs {
    /**
     * The configuration's custom evaluators, as ids (`helpfulness_judge-AbCdE12345`) or ARNs: the
     * trust policy admits AgentCore acting for these too, as AWS's page admits `evaluator/*` beside
     * the configurations (which of the two AgentCore presents is not documented), and their keys'
     * grants are for them only. Built-in evaluators (`Builtin.Helpfulness`) need nothing here.
     */
    evaluators?: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Customer-managed KMS keys of those evaluators (their `kmsKeyArn`), as ids or ARNs: the role
     * may decrypt with them through AgentCore, for those evaluators' encryption context only, and
     * the key's owner is handed the statements AgentCore's evaluation encryption page asks of the
     * key policy. Requires `evaluators`.
     */
    evaluatorKeys?: pulumi.Input<pulumi.Input<string>[]>;
}

/**
 * The custom evaluators named, as ARNs in the scope.
 * @throws ArgumentError naming `evaluators[i]`
 * @internal
 */
export function namedEvaluators(value: unknown, scope: ArnScope): string[] {
    return optionalStrings("evaluators", value, EVALUATOR.exampleResource).map((evaluator, i) =>
        idOrArn(`evaluators[${i}]`, evaluator, EVALUATOR, scope),
    );
}

/** The encryption context AgentCore binds an evaluator's encrypted instructions to. */
const EVALUATOR_CONTEXT = "kms:EncryptionContext:aws:bedrock-agentcore:evaluatorArn";

/**
 * Keys of CMK-encrypted custom evaluators. The pages disagree on who decrypts: the API reference
 * (CreateOnlineEvaluationConfig) says the role must have `kms:Decrypt` on the key and that it is
 * validated at creation; the evaluation encryption page says AgentCore's service principal
 * decrypts for online evaluations, allowed by the key policy for the evaluator as source. Both are
 * written: the role's `kms:Decrypt` through AgentCore for the evaluators' encryption context (and
 * its twin for the key policy), and the service principal's statement, handed to the key's owner
 * since a key policy is replaced whole.
 * @internal
 */
export const evaluatorKeys: AgentCoreCapability<EvaluatorKeysArgs> = {
    grant(args, context) {
        const keys = optionalStrings("evaluatorKeys", args.evaluatorKeys, KMS_KEY.exampleResource).map(
            (key, i) => optionalKmsKey(`evaluatorKeys[${i}]`, key, context) as NamedResource,
        );
        if (keys.length === 0) {
            return noGrants();
        }
        const evaluators = namedEvaluators(args.evaluators, context);
        if (evaluators.length === 0) {
            throw new ArgumentError(
                "evaluatorKeys",
                "is given without evaluators: name in evaluators the custom evaluators these keys encrypt, whose encryption context the grants are for",
                '["helpfulness_judge-AbCdE12345"]',
            );
        }
        const viaAgentCore = `bedrock-agentcore.${context.environment.region}.amazonaws.com`;
        const uses: KeyUse[] = [
            {
                sid: "DecryptEvaluators",
                actions: ["kms:Decrypt"],
                condition: {
                    StringEquals: { "kms:ViaService": [viaAgentCore], [EVALUATOR_CONTEXT]: evaluators },
                },
                to: "role",
                keyPolicy: { principal: "role", sid: "AllowEvaluationRoleToDecryptEvaluators" },
            },
            {
                sid: "AgentCoreDecryptsEvaluators",
                actions: ["kms:Decrypt"],
                keyPolicy: {
                    principal: "service",
                    sid: "AllowAgentCoreToDecryptEvaluators",
                    condition: {
                        StringEquals: { "aws:SourceAccount": [context.environment.account] },
                        ArnLike: { "aws:SourceArn": evaluators },
                    },
                },
            },
        ];
        const grants = keys.map((key) => keyStatements(key, uses, context));
        return {
            identity: grants.flatMap((g) => g.identity),
            keyPolicy: grants.flatMap((g) => g.keyPolicy),
        };
    },
};
