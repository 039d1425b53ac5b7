// The token vault's customer-managed key (aws.bedrock.AgentcoreTokenVaultCmk). AgentCore Identity
// encrypts the vault's data with it using the credentials of whoever calls it (forward access), not
// a service principal: AWS's key policy
// (https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/kms-key-policy-configuration.html)
// admits any principal of the key's account through the identity service (`kms:ViaService`
// bedrock-agentcore-identity.*.amazonaws.com, `aws:ResourceAccount` = `${aws:PrincipalAccount}`),
// for the vault's encryption context only. The key is a single-Region symmetric key, given by ARN,
// never an alias
// (https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/identity-data-encryption.html).
// Which of the caller's calls use which operation AWS does not say: the role's part rests on the
// forward-access conditions (tests/support/requests/tokenVault.ts marks it unconfirmed).
import type * as pulumi from "@pulumi/pulumi";
import { optionalList } from "../../iam/argumentTypes";
import { IdentityStatement, statement } from "../../iam/policyDocument";
import { KeyUse, keyStatements } from "../../grants/keyStatements";
import { noGrants } from "../../grants/grant";
import { optionalSingleRegionKmsKey } from "../../grants/keys";
import { AgentCoreContext, agentCoreArn, TOKEN_VAULT } from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";
import type { CredentialProvidersArgs } from "./credentialProviders";

/** The customer-managed key of the account's token vault. */
export interface TokenVaultKeyArgs {
    /**
     * The token vault's customer-managed KMS key (`kmsConfiguration.kmsKeyArn` of
     * `aws.bedrock.AgentcoreTokenVaultCmk`), by id or ARN: a single-Region symmetric key of the
     * role's account and region, not an alias or a multi-Region (`mrk-`) key. AgentCore Identity
     * uses it with the credentials of each caller: the role, when it reads tokens or keys through
     * `oauthProviders` or `apiKeyProviders`, gets its use of the key through the identity service
     * for the vault only (and `keyPolicyStatements` the same, naming the role, for the key's
     * owner); `deployerStatements` holds setting the key on the vault and the deployer's use of it.
     */
    tokenVaultKey?: pulumi.Input<string>;
}

/**
 * The key's uses AWS's key policy lists, each as one statement: `DescribeKey`, and `Encrypt`,
 * `Decrypt`, `GenerateDataKeyWithoutPlaintext` for the vault's encryption context; both through the
 * identity service of the role's region, by a caller and on a key of the role's account. AWS's statements have
 * no `Principal` (a key policy refuses such a statement); the twins handed to the key's owner name
 * the role instead.
 */
function vaultKeyUses(context: AgentCoreContext): KeyUse[] {
    const throughIdentity = {
        "kms:ViaService": [`bedrock-agentcore-identity.${context.environment.region}.amazonaws.com`],
        // AWS's `aws:ResourceAccount` = `${aws:PrincipalAccount}` resolved for the role's account
        // (the package writes no policy variable): the key and its caller both of that account.
        "aws:PrincipalAccount": [context.environment.account],
        "aws:ResourceAccount": [context.environment.account],
    };
    const twin = (sid: string) => ({ principal: "role" as const, sid: `AllowRoleTo${sid}` });
    return [
        {
            sid: "DescribeTokenVaultKey",
            actions: ["kms:DescribeKey"],
            condition: { StringEquals: throughIdentity },
            to: "role",
            keyPolicy: twin("DescribeTokenVaultKey"),
        },
        {
            sid: "UseTokenVaultKey",
            actions: ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKeyWithoutPlaintext"],
            condition: {
                StringEquals: throughIdentity,
                ArnLike: {
                    "kms:EncryptionContext:aws-crypto-ec:aws:bedrock-agentcore-identity:token-vault-arn": [
                        agentCoreArn(context, TOKEN_VAULT),
                    ],
                },
            },
            to: "role",
            keyPolicy: twin("UseTokenVaultKey"),
        },
    ];
}

/**
 * The token vault's key: for the role, when it reads from the vault (an OAuth or API-key provider
 * named), AWS's two statements on this key, through the identity service of its region and for
 * the account's vault only, with their twins naming the role for the key's owner. All three
 * cryptographic actions: AWS grants them together to every caller, and the vault stores the access
 * tokens the role's own token requests obtain. For the deployer, always: `SetTokenVaultCMK` and
 * `GetTokenVault` on the account's vault (the Service Authorization Reference's `token-vault`), and
 * the same two statements, which setting the key and creating credential providers take.
 * @internal
 */
export const tokenVaultKey: AgentCoreCapability<TokenVaultKeyArgs & CredentialProvidersArgs> = {
    grant(args, context) {
        const key = optionalSingleRegionKmsKey(
            "tokenVaultKey",
            args.tokenVaultKey,
            context,
            "AgentCore Identity's token vault",
        );
        if (key === undefined) {
            return noGrants();
        }
        const uses = vaultKeyUses(context);
        const readsVault = (["oauthProviders", "apiKeyProviders"] as const).some(
            (argument) => optionalList(argument, args[argument], "[]").length > 0,
        );
        const statements = keyStatements(key, uses, context);
        const deployer: IdentityStatement[] = [
            statement({
                Sid: "SetTokenVaultKey",
                Effect: "Allow",
                Action: ["bedrock-agentcore:GetTokenVault", "bedrock-agentcore:SetTokenVaultCMK"],
                Resource: [agentCoreArn(context, TOKEN_VAULT)],
            }),
            ...statements.identity,
        ];
        return readsVault
            ? { identity: statements.identity, keyPolicy: statements.keyPolicy, deployer }
            : { ...noGrants(), deployer };
    },
};
