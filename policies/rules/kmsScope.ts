// KMS keys of agents and gateways: every KMS action at once (the starter toolkit's gateway role has
// `kms:*`), a key's use open to any key or principal with neither the service it must come through
// (kms:ViaService) nor the resource it is for (the encryption context), and grants of any operation
// to anyone (AWS KMS condition keys page; AgentCore's gateway-encryption key policy binds all three).
import type { AgentIamRule, RuleFinding } from "../agentIamRule";
import { InspectedDocument, InspectedStatement, list } from "../inspectedDocuments";
import { coversAction, hasConditionKey } from "../statementMatching";

const PAGE = "https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html";

/** What an agent's or gateway's key is used for: encrypting, decrypting, and granting those. */
const USE_ACTIONS = [
    "kms:Decrypt",
    "kms:Encrypt",
    "kms:GenerateDataKey",
    "kms:GenerateDataKeyWithoutPlaintext",
    "kms:GenerateDataKeyPair",
    "kms:GenerateDataKeyPairWithoutPlaintext",
    "kms:ReEncryptFrom",
    "kms:ReEncryptTo",
    "kms:CreateGrant",
];

/** The service principals that use a key for an agent, a gateway or a memory. */
const AGENT_SERVICES = ["bedrock.amazonaws.com", "bedrock-agentcore.amazonaws.com"];

/**
 * The keys that limit a grant: the grant-authorization page's GrantOperations, GrantConstraintType
 * and GrantIsForAWSResource, and kms:ViaService, which KMS's default-key-policy page names as the
 * narrower form of GrantIsForAWSResource (only that service may create the grant, for the caller).
 */
const GRANT_LIMITS = [
    "kms:GrantOperations",
    "kms:GrantConstraintType",
    "kms:GrantIsForAWSResource",
    "kms:ViaService",
];

const WRITE_INSTEAD =
    "this package's customerEncryptionKey, memoryEncryptionKey and tokenVaultKey write the key's ARN with kms:ViaService and the encryption context, and its keyPolicyStatements output the key policy's statements naming the role";

/** The principal's service and AWS entries (`"*"` counts as an AWS principal). */
function principals(s: InspectedStatement): { services: string[]; aws: string[] } {
    if (s.principal === "*") {
        return { services: [], aws: ["*"] };
    }
    const p = (typeof s.principal === "object" && s.principal !== null ? s.principal : {}) as Record<
        string,
        unknown
    >;
    return { services: list(p.Service), aws: list(p.AWS) };
}

/**
 * A key policy's statement for the account itself (`arn:…:iam::<account>:root` or the account id):
 * the default key policy's statement, which lets the account's identity policies decide and grants
 * no principal anything by itself (KMS, "Default key policy"); judged in those identity policies.
 */
function isAccountDelegation(s: InspectedStatement): boolean {
    const awsOnly =
        typeof s.principal === "object" &&
        s.principal !== null &&
        Object.keys(s.principal).every((k) => k === "AWS");
    const { aws } = principals(s);
    return (
        awsOnly &&
        aws.length > 0 &&
        aws.every((a) => /^arn:[^:]+:iam::\d{12}:root$/.test(a) || /^\d{12}$/.test(a))
    );
}

const isKmsArn = (r: string) => /^arn:[^:]*:kms:/i.test(r);
/** A resource a key's ARN may match: `*`, a KMS or wildcard-service ARN, or a value not read as an ARN. */
const mayBeKey = (r: string) => !r.startsWith("arn:") || /^arn:[^:]*:([^:]*\*[^:]*|kms):/i.test(r);
/** `*`, or a KMS ARN whose key part is a wildcard: any key of an account or region. */
const isAnyKey = (r: string) => r === "*" || /^arn:[^:]*:kms:[^:]*:[^:]*:(key\/)?\*$/i.test(r);

const hasViaService = (s: InspectedStatement) => hasConditionKey(s, "kms:ViaService");
const hasEncryptionContext = (s: InspectedStatement) =>
    Object.values(s.conditions).some((keys) =>
        Object.keys(keys).some((k) => /^kms:EncryptionContext(:|Keys$)/i.test(k)),
    );

/** For whom a role acts, by its documents: a service that may assume it, or whose actions it grants. */
interface ActsFor {
    /** Bedrock or AgentCore. */
    agents: boolean;
    /** AgentCore. */
    agentCore: boolean;
}

/** For which of Bedrock and AgentCore a role's documents make it act: they may assume it, or it grants their actions. */
function actsFor(documents: InspectedDocument[]): ActsFor {
    const serves = (service: string) =>
        documents.some((d) =>
            d.statements.some(
                (s) =>
                    s.effect === "Allow" &&
                    (d.kind === "trust"
                        ? principals(s).services.includes(`${service}.amazonaws.com`)
                        : d.kind === "identity" &&
                          s.actions.some((a) => a.toLowerCase().startsWith(`${service}:`))),
            ),
        );
    const agentCore = serves("bedrock-agentcore");
    return { agents: agentCore || serves("bedrock"), agentCore };
}

/** The patterns of the statement that allow every KMS action: `kms:*`, or `*` on KMS resources. */
function everyKmsAction(s: InspectedStatement, keyPolicy: boolean): string[] {
    const patterns = s.actions.filter((a) => coversAction(a, "kms:*"));
    const onKeys = keyPolicy || s.resources.some(isKmsArn);
    return patterns.filter((a) => a.toLowerCase().startsWith("kms:") || onKeys);
}

function statementFindings(s: InspectedStatement, document: InspectedDocument, role: ActsFor): string[] {
    const keyPolicy = document.kind === "resource";
    const { services, aws } = principals(s);
    const agentServices = services.filter((service) => AGENT_SERVICES.includes(service));
    if (keyPolicy && (isAccountDelegation(s) || (agentServices.length === 0 && aws.length === 0))) {
        return [];
    }
    const every = everyKmsAction(s, keyPolicy);
    if (every.length > 0) {
        return [
            `${every.join(", ")} allows every KMS action, key administration and grants included: grant only the operations the service uses (kms:Decrypt, kms:GenerateDataKey) on the key's ARN, through kms:ViaService (bedrock.<region>.amazonaws.com or bedrock-agentcore.<region>.amazonaws.com) and for the agent's or gateway's encryption context; ${WRITE_INSTEAD}`,
        ];
    }
    if (!keyPolicy && !s.resources.some(mayBeKey)) {
        return [];
    }
    const uses = USE_ACTIONS.filter((action) => s.actions.some((a) => coversAction(a, action)));
    const written = s.actions.filter((a) => USE_ACTIONS.some((action) => coversAction(a, action))).join(", ");
    const unscoped = uses.length > 0 && !hasViaService(s) && !hasEncryptionContext(s);
    const serviceOnly = agentServices.length > 0 && aws.length === 0;
    // A named role's or user's decryption with this key only: AWS's guardrail key policy
    // (guardrails-permissions-kms.html, PermissionsForGuardrailsUsers) publishes it so, with no
    // service or context to narrow it by; it creates no ciphertext and no grant.
    const namedReader =
        uses.every((action) => action === "kms:Decrypt") &&
        agentServices.length === 0 &&
        aws.length > 0 &&
        aws.every((arn) => /^arn:[^:]+:iam::\d{12}:(role|user)\//.test(arn));
    return [
        ...(unscoped && !keyPolicy && role.agents && s.resources.some(isAnyKey)
            ? [
                  `${written} on ${s.resources.join(", ")} lets a role acting for Bedrock or AgentCore use any key, for any caller and resource: name the key's ARN and add kms:ViaService (bedrock.<region>.amazonaws.com or bedrock-agentcore.<region>.amazonaws.com) or the encryption context (kms:EncryptionContext:aws:bedrock:arn for an agent, kms:EncryptionContext:aws:bedrock-agentcore-gateway:arn for a gateway); ${WRITE_INSTEAD}`,
              ]
            : []),
        // AgentCore uses a customer key through its own service, for its resource's context
        // (gateway-encryption's key policy; the token vault through bedrock-agentcore-identity):
        // a role AgentCore runs with needs no direct use of a named key.
        ...(unscoped && !keyPolicy && role.agentCore && !s.resources.some(isAnyKey)
            ? [
                  `${written} on ${s.resources.join(", ")} lets a role AgentCore runs with use the key directly, for anything it encrypts: AgentCore uses a customer key through its service, so add kms:ViaService (bedrock-agentcore.<region>.amazonaws.com; bedrock-agentcore-identity.<region>.amazonaws.com for the token vault) and the resource's encryption context (kms:EncryptionContext:aws:bedrock-agentcore-gateway:arn for a gateway); ${WRITE_INSTEAD}`,
              ]
            : []),
        // A service principal calls KMS itself, not through a service for a caller: what scopes it
        // is the encryption context or aws:SourceArn (Bedrock's ltm-permissions key policy).
        ...(unscoped && keyPolicy && serviceOnly && !hasConditionKey(s, "aws:SourceArn")
            ? [
                  `${written} for ${agentServices.join(", ")} with neither an encryption-context condition nor aws:SourceArn lets the service use the key for any account's agents or gateways: add the encryption context (kms:EncryptionContext:aws:bedrock:arn = the agent's ARN) or aws:SourceAccount and aws:SourceArn, as this package's keyPolicyStatements output does for customerEncryptionKey and memoryEncryptionKey`,
              ]
            : []),
        ...(unscoped && keyPolicy && !serviceOnly && !namedReader
            ? [
                  `${written} for ${[...aws, ...agentServices].join(", ")} without kms:ViaService or an encryption-context condition lets it use the key directly, for anything the key encrypts: add kms:ViaService (bedrock.<region>.amazonaws.com or bedrock-agentcore.<region>.amazonaws.com) and the agent's or gateway's encryption context, as this package's keyPolicyStatements output does`,
              ]
            : []),
        ...(uses.includes("kms:CreateGrant") && !GRANT_LIMITS.some((key) => hasConditionKey(s, key))
            ? [
                  `kms:CreateGrant without kms:GrantOperations, kms:GrantConstraintType, kms:GrantIsForAWSResource or kms:ViaService lets the principal grant any operation on the key to anyone: limit the grant (kms:GrantOperations, kms:GrantConstraintType EncryptionContextSubset) and make it come through the service (kms:ViaService), as this package's gateway customerEncryptionKey statements do`,
              ]
            : []),
    ];
}

function findings(documents: InspectedDocument[]): RuleFinding[] {
    const role = actsFor(documents);
    return documents
        .filter((d) => d.kind !== "trust")
        .flatMap((document) =>
            document.statements
                .filter((s) => s.effect === "Allow")
                .flatMap((s) =>
                    statementFindings(s, document, role).map((message) => ({
                        input: document.input,
                        statement: s.index,
                        message,
                    })),
                ),
        );
}

/** KMS `*`, a key's use without kms:ViaService or encryption context, and unlimited grants. */
export const KMS_SCOPE: AgentIamRule = {
    id: "agent-iam-kms-scope",
    description:
        "KMS keys of agents and gateways are used through their service and for their resources: no kms:*, no use of any key or by any principal without kms:ViaService or an encryption context, no grant without a limit",
    severity: "mandatory",
    page: PAGE,
    resourceTypes: [
        "aws:iam/role:Role",
        "aws:iam/rolePolicy:RolePolicy",
        "aws:iam/policy:Policy",
        "aws:iam/userPolicy:UserPolicy",
        "aws:iam/groupPolicy:GroupPolicy",
        "aws:kms/key:Key",
        "aws:kms/keyPolicy:KeyPolicy",
    ],
    check: (_resource, documents) => findings(documents),
};
