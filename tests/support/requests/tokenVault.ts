// The token vault's customer-managed key (aws.bedrock.AgentcoreTokenVaultCmk), as AWS presents its
// requests: AgentCore Identity calls KMS with the caller's own credentials (forward access), so the
// requests are the role's (reading tokens and keys from the vault) and the deployer's (setting the
// key on the vault, creating credential providers), each through the identity service, on a key of
// the caller's account, with the vault's encryption context; and the deployer's SetTokenVaultCMK.
// Neighbours: the key through AgentCore's other endpoint or no service, another vault's context,
// another key, another account. Written from AWS's pages, never from the package's statements;
// joined into tests/support/awsRequests.ts's table.
import { agentCoreArn, TOKEN_VAULT_KEY } from "../agentCoreFixtures";
import { ACCOUNT, OTHER_ACCOUNT } from "../iamEvaluation";
import { allowed, AwsRequest, Citation, neighbour, Principal, RowSpec, AGENTCORE_GUIDE } from "./requestRows";

const PAGES = {
    keyPolicy: `${AGENTCORE_GUIDE}/kms-key-policy-configuration.html`,
    dataEncryption: `${AGENTCORE_GUIDE}/identity-data-encryption.html`,
    apiConfiguration: `${AGENTCORE_GUIDE}/api-configuration-encryption.html`,
    agentCoreActions:
        "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrockagentcore.html",
};

/** The key's account's token vault: what the encryption context names. */
const VAULT = agentCoreArn("token-vault/default");
const VAULT_CONTEXT = "kms:EncryptionContext:aws-crypto-ec:aws:bedrock-agentcore-identity:token-vault-arn";
const THROUGH_IDENTITY = {
    "kms:ViaService": "bedrock-agentcore-identity.us-east-1.amazonaws.com",
    "aws:ResourceAccount": ACCOUNT,
    "aws:PrincipalAccount": ACCOUNT,
};
const CRYPTO_ACTIONS = ["kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKeyWithoutPlaintext"];

const KEY_POLICY: Citation = {
    url: PAGES.keyPolicy,
    shows: 'BedrockAgentCoreIdentityKMSAccess: kms:Encrypt, kms:Decrypt, kms:GenerateDataKeyWithoutPlaintext with StringLike "kms:ViaService": "bedrock-agentcore-identity.*.amazonaws.com", StringEquals "aws:ResourceAccount": "${aws:PrincipalAccount}", ArnLike "kms:EncryptionContext:aws-crypto-ec:aws:bedrock-agentcore-identity:token-vault-arn": "arn:aws:bedrock-agentcore:*:*:token-vault/default"; the key "must trust an Amazon Bedrock AgentCore Identity service principal"; identity-data-encryption.html: "Data in your token vault (access tokens) are encrypted at rest with the customer managed key ... The token vault ARN is captured in the EncryptionContext"',
};
const DESCRIBE_KEY: Citation = {
    url: PAGES.keyPolicy,
    shows: 'BedrockAgentCoreIdentityDescribeKeyKMSAccess: kms:DescribeKey with StringEquals "aws:ResourceAccount": "${aws:PrincipalAccount}", StringLike "kms:ViaService": "bedrock-agentcore-identity.*.amazonaws.com" (no encryption context)',
};
/** What a role's row rests on beyond the page. */
const ROLE_USE =
    "AWS's statements name no principal and do not say which calls use which operation; that the workload's own GetResourceOauth2Token / GetResourceApiKey reach the key with its credentials (and store the tokens they obtain) follows from the forward-access conditions (kms:ViaService, aws:ResourceAccount = ${aws:PrincipalAccount}), not from a sentence of AWS's";
const DEPLOYER_USE =
    "which operations SetTokenVaultCMK and Create/Update{Oauth2,ApiKey}CredentialProvider call with the caller's credentials the page does not list; a public CDK deploy role grants exactly these (field report)";

/** A KMS request on the vault's key through the identity service, by `principal`. */
const keyRow = (
    at: string,
    principal: Principal,
    action: string,
    change: Partial<RowSpec> = {},
    row = allowed,
): AwsRequest =>
    row({
        at,
        principal,
        action,
        resource: TOKEN_VAULT_KEY,
        context: {
            ...THROUGH_IDENTITY,
            ...(action === "kms:DescribeKey" ? {} : { [VAULT_CONTEXT]: VAULT }),
        },
        source: {
            ...(action === "kms:DescribeKey" ? DESCRIBE_KEY : KEY_POLICY),
            unconfirmed: principal === "role" ? ROLE_USE : DEPLOYER_USE,
        },
        ...change,
    });

/** A neighbour of the role's Decrypt: the same request with `context` changed, or another resource. */
const decryptNeighbour = (at: string, principal: Principal, change: Partial<RowSpec>, why: string) => {
    const base = keyRow(at, principal, "kms:Decrypt", change, neighbour);
    return { ...base, source: { ...base.source, shows: `${why}; ${base.source.shows}` } };
};

/** The neighbours of one principal's use of the key: each condition AWS's statement sets, broken. */
const keyNeighbours = (at: string, principal: Principal): AwsRequest[] => {
    const context = keyRow(at, principal, "kms:Decrypt").context;
    const without = (key: string) => Object.fromEntries(Object.entries(context).filter(([k]) => k !== key));
    const otherKey = TOKEN_VAULT_KEY.replace("6666abcd", "7777abcd");
    return [
        decryptNeighbour(
            `${at}.agentCoreEndpoint`,
            principal,
            { context: { ...context, "kms:ViaService": "bedrock-agentcore.us-east-1.amazonaws.com" } },
            "through AgentCore's own endpoint, not AgentCore Identity's",
        ),
        decryptNeighbour(
            `${at}.noService`,
            principal,
            { context: without("kms:ViaService") },
            "called directly, through no service",
        ),
        decryptNeighbour(
            `${at}.otherVault`,
            principal,
            { context: { ...context, [VAULT_CONTEXT]: agentCoreArn("token-vault/default", OTHER_ACCOUNT) } },
            "for another account's vault",
        ),
        decryptNeighbour(
            `${at}.noVault`,
            principal,
            { context: without(VAULT_CONTEXT) },
            "without the vault's encryption context",
        ),
        decryptNeighbour(`${at}.otherKey`, principal, { resource: otherKey }, "another key of the account"),
        decryptNeighbour(
            `${at}.otherAccountKey`,
            principal,
            {
                resource: TOKEN_VAULT_KEY.replace(ACCOUNT, OTHER_ACCOUNT),
                context: { ...context, "aws:ResourceAccount": OTHER_ACCOUNT },
            },
            "the same key id in another account (aws:ResourceAccount = ${aws:PrincipalAccount} fails)",
        ),
        decryptNeighbour(
            `${at}.otherAccount`,
            principal,
            { context: { ...context, "aws:PrincipalAccount": OTHER_ACCOUNT } },
            "a caller of another account (aws:ResourceAccount = ${aws:PrincipalAccount} fails)",
        ),
    ];
};

/** The role's use of the vault's key (facts-24 9f rows 1-4), and the neighbours. */
export const TOKEN_VAULT_ROLE_REQUESTS: AwsRequest[] = [
    ...[...CRYPTO_ACTIONS, "kms:DescribeKey"].map((action) =>
        keyRow("agentcore.tokenVault.role", "role", action),
    ),
    ...keyNeighbours("agentcore.tokenVault.roleDenied", "role"),
];

const SET_KEY: Citation = {
    url: PAGES.agentCoreActions,
    shows: "SetTokenVaultCMK and GetTokenVault: resource type token-vault (required), arn:${Partition}:bedrock-agentcore:${Region}:${Account}:token-vault/${TokenVaultId}, no condition keys; api-configuration-encryption.html sets the key in a SetTokenVaultCMK request and reads it with GetTokenVault",
};

/** The deployer's part (facts-24 9d row 12): setting the key on the vault, and using the key. */
export const TOKEN_VAULT_DEPLOYER_REQUESTS: AwsRequest[] = [
    allowed({
        at: "agentcore.tokenVault.deployer",
        principal: "deployer",
        action: "bedrock-agentcore:SetTokenVaultCMK",
        resource: VAULT,
        source: {
            ...SET_KEY,
            unconfirmed:
                "a public CDK deploy role comments that AgentCore authorizes SetTokenVaultCMK against its non-resource control route ARN and grants it on * (field report); the Service Authorization Reference's token-vault form is kept",
        },
    }),
    allowed({
        at: "agentcore.tokenVault.deployer",
        principal: "deployer",
        action: "bedrock-agentcore:GetTokenVault",
        resource: VAULT,
        source: SET_KEY,
    }),
    neighbour({
        at: "agentcore.tokenVault.deployer.otherVault",
        principal: "deployer",
        action: "bedrock-agentcore:SetTokenVaultCMK",
        resource: agentCoreArn("token-vault/default-2"),
        source: { ...SET_KEY, shows: `a vault whose id extends default; ${SET_KEY.shows}` },
    }),
    ...[...CRYPTO_ACTIONS, "kms:DescribeKey"].map((action) =>
        keyRow("agentcore.tokenVault.deployer", "deployer", action),
    ),
    ...keyNeighbours("agentcore.tokenVault.deployerDenied", "deployer"),
];
