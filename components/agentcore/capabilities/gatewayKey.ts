import type * as pulumi from "@pulumi/pulumi";
import type { Conditions } from "../../iam/policyDocument";
import { KeyUse, keyStatements } from "../../grants/keyStatements";
import { noGrants } from "../../grants/grant";
import { optionalKmsKey } from "../../grants/keys";
import { sourceArnStringCondition } from "../../grants/confusedDeputy";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The customer-managed key that encrypts the gateway. */
export interface GatewayKeyArgs {
    /** The gateway's customer-managed KMS key, as id or ARN (not an alias). */
    customerEncryptionKey?: pulumi.Input<string>;
}

/** The operations the gateway uses its key for. */
const KEY_ACTIONS = ["kms:Decrypt", "kms:GenerateDataKey"];

/**
 * The same operations as a grant names them: `kms:GrantOperations` holds bare operation names
 * (`Decrypt`), not IAM actions (AWS KMS condition keys, kms:GrantOperations).
 */
const GRANT_OPERATIONS = KEY_ACTIONS.map((action) => action.replace(/^kms:/, ""));

/**
 * The gateway's key, as AgentCore's gateway-encryption page asks: `DescribeKey` through AgentCore
 * only; `Decrypt` and `GenerateDataKey` through AgentCore and only with the encryption context of a
 * gateway of this name (`aws:bedrock-agentcore-gateway:arn`, matched against the gateway ARN
 * pattern the trust policy admits); `CreateGrant` through AgentCore, for grants constrained to such a
 * gateway's encryption context (`kms:GrantConstraintType`, the same context key) and allowing those
 * two operations only, as the page's key policy binds it. Written both as identity statements (enough where the key policy delegates to the
 * account) and as key-policy statements naming the role, handed to the key's owner.
 * @internal
 */
export const gatewayKey: AgentCoreCapability<GatewayKeyArgs> = {
    grant(args, context) {
        const key = optionalKmsKey("customerEncryptionKey", args.customerEncryptionKey, context);
        if (key === undefined) {
            return noGrants();
        }
        const viaService: Conditions = {
            StringEquals: {
                "kms:ViaService": [`bedrock-agentcore.${context.environment.region}.amazonaws.com`],
            },
        };
        const gatewayContext = sourceArnStringCondition(
            context,
            "kms:EncryptionContext:aws:bedrock-agentcore-gateway:arn",
        );
        const twin = (sid: string) => ({ principal: "role" as const, sid: `AllowGatewayRoleTo${sid}` });
        const uses: KeyUse[] = [
            {
                sid: "DescribeGatewayKey",
                actions: ["kms:DescribeKey"],
                condition: viaService,
                to: "role",
                keyPolicy: twin("DescribeGatewayKey"),
            },
            {
                sid: "UseGatewayKey",
                actions: KEY_ACTIONS,
                condition: { ...viaService, ...gatewayContext },
                to: "role",
                keyPolicy: twin("UseGatewayKey"),
            },
            {
                sid: "GrantGatewayKey",
                actions: ["kms:CreateGrant"],
                condition: {
                    StringEquals: {
                        ...viaService.StringEquals,
                        "kms:GrantConstraintType": ["EncryptionContextSubset"],
                    },
                    ...gatewayContext,
                    "ForAllValues:StringEquals": { "kms:GrantOperations": GRANT_OPERATIONS },
                },
                to: "role",
                keyPolicy: twin("GrantGatewayKey"),
            },
        ];
        const { identity, keyPolicy } = keyStatements(key, uses, context);
        return { identity, keyPolicy };
    },
};
