// AgentCore wildcards (Service Authorization Reference, bedrock-agentcore): the whole service;
// InvokeAgentRuntime* (which includes InvokeAgentRuntimeCommand and ...CommandShell: shell commands
// in a session's container, with the runtime role's credentials); GetWorkloadAccessTokenForUserId
// (tokens for any user id it names); every provider, identity or secret of the token vault; and,
// in a role AgentCore runs with, every image repository and every log group of the account.
import type { AgentIamRule, RuleFinding } from "../agentIamRule";
import type { InspectedDocument, InspectedStatement } from "../inspectedDocuments";
import { vaultReach, wholeAccountReach } from "../agentCoreResources";
import {
    coversService,
    hasConditionKey,
    IDENTITY_TYPES,
    isWild,
    patternsFor,
    reachesService,
} from "../statementMatching";

const PAGE =
    "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrockagentcore.html";
const SERVICE = "bedrock-agentcore";
const AGENTCORE_PRINCIPAL = "bedrock-agentcore.amazonaws.com";
const COMMANDS = ["InvokeAgentRuntimeCommand", "InvokeAgentRuntimeCommandShell"].map(
    (a) => `${SERVICE}:${a}`,
);
const FOR_USER_ID = `${SERVICE}:GetWorkloadAccessTokenForUserId`;
const TOKEN_ACTIONS = [
    "GetResourceOauth2Token",
    "GetResourceApiKey",
    "GetWorkloadAccessToken",
    "GetWorkloadAccessTokenForJWT",
].map((a) => `${SERVICE}:${a}`);
const SECRET_ACTIONS = ["secretsmanager:GetSecretValue"];
const IMAGE_ACTIONS = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"];
const LOG_WRITES = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"];

/** The statement's patterns granting any of `actions`, the whole AgentCore service left to its own finding. */
const grantingPatterns = (s: InspectedStatement, actions: string[]) =>
    s.effect !== "Allow"
        ? []
        : [...new Set(actions.flatMap((action) => patternsFor(s, action)))].filter(
              (p) => !coversService(p, SERVICE),
          );

const finding = (s: InspectedStatement, message: string): RuleFinding[] => [{ statement: s.index, message }];

function wholeService(s: InspectedStatement): RuleFinding[] {
    const patterns = s.effect === "Allow" && reachesService(s, SERVICE) ? patternsFor(s, `${SERVICE}:*`) : [];
    return patterns.length === 0
        ? []
        : finding(
              s,
              `${patterns.join(", ")} on ${s.resources.join(", ") || "NotResource"} grants every AgentCore action: creating and updating runtimes and gateways, tokens for any user id (GetWorkloadAccessTokenForUserId), shell commands in a runtime's sessions (InvokeAgentRuntimeCommand). Name the actions the role uses, on its own resources, as this package's role for each kind does (memories, gateways, runtimes, oauthProviders, callers)`,
          );
}

function commandWildcards(s: InspectedStatement): RuleFinding[] {
    const patterns = grantingPatterns(s, COMMANDS).filter((p) => isWild(p) || p.startsWith("NotAction"));
    return patterns.length === 0
        ? []
        : finding(
              s,
              `${patterns.join(", ")} includes InvokeAgentRuntimeCommand and InvokeAgentRuntimeCommandShell, which run shell commands in a runtime session's container with the runtime role's credentials: name InvokeAgentRuntime and the variants the callers use; give commands only deliberately, as this package's callers does with commands and allowCommandEscalation`,
          );
}

function tokensForAnyUser(s: InspectedStatement): RuleFinding[] {
    const patterns = hasConditionKey(s, `${SERVICE}:userid`) ? [] : grantingPatterns(s, [FOR_USER_ID]);
    return patterns.length === 0
        ? []
        : finding(
              s,
              `${patterns.every((p) => p.toLowerCase() === FOR_USER_ID.toLowerCase()) ? FOR_USER_ID : `${patterns.join(", ")} includes ${FOR_USER_ID}, which`} mints workload access tokens for any user id the role names: leave it out (a runtime created since 2025-10-13 gets its tokens from the service-linked role AWSServiceRoleForBedrockAgentCoreRuntimeIdentity; this package's workloadAccessTokens grants GetWorkloadAccessToken and GetWorkloadAccessTokenForJWT only), or hold it to bedrock-agentcore:userid; AWS advises denying it where callers present JWTs`,
          );
}

function vaultWildcards(s: InspectedStatement, agentCoreRole: boolean): RuleFinding[] {
    const tokens = grantingPatterns(s, TOKEN_ACTIONS);
    const secrets = grantingPatterns(s, SECRET_ACTIONS);
    const patterns = [...new Set([...tokens, ...secrets])];
    const grant = { tokens: tokens.length > 0, secrets: secrets.length > 0, agentCoreRole };
    const wide = s.resources.flatMap((r) => vaultReach(r, grant));
    return wide.length === 0
        ? []
        : finding(
              s,
              `${patterns.join(", ")} on ${wide.join(", ")}: name the role's providers and their secrets (this package's oauthProviders and apiKeyProviders, each with its secretArn) and its own workload identities (<name>-??????????)`,
          );
}

/** Every repository or log group, for a role AgentCore runs with. */
function accountWide(s: InspectedStatement): RuleFinding[] {
    const images = grantingPatterns(s, IMAGE_ACTIONS);
    const logs = grantingPatterns(s, LOG_WRITES);
    const repositories = s.resources.filter(
        (r) => images.length > 0 && wholeAccountReach(r, "ecr", "repository"),
    );
    const groups = s.resources.filter((r) => logs.length > 0 && wholeAccountReach(r, "logs", "log-group"));
    return [
        ...(repositories.length === 0
            ? []
            : finding(
                  s,
                  `${images.join(", ")} on ${repositories.join(", ")} pulls the images of every repository of the account: name the runtime's image repository (this package's containerRepository)`,
              )),
        ...(groups.length === 0
            ? []
            : finding(
                  s,
                  `${logs.join(", ")} on ${groups.join(", ")} writes to every log group of the account: name the resource's own log groups (a runtime's /aws/bedrock-agentcore/runtimes/<id>-<endpoint>), as this package's observability grants them`,
              )),
    ];
}

/** Whether a role's trust policy admits AgentCore. */
const trustedByAgentCore = (documents: InspectedDocument[]) =>
    documents.some(
        (d) =>
            d.kind === "trust" &&
            d.statements.some((s) => {
                const service = (s.principal as { Service?: unknown } | undefined)?.Service;
                return s.effect === "Allow" && [service].flat().includes(AGENTCORE_PRINCIPAL);
            }),
    );

/** Whether the document grants an AgentCore action by name or by a pattern of the service. */
const grantsAgentCore = (document: InspectedDocument) =>
    document.statements.some(
        (s) => s.effect === "Allow" && s.actions.some((a) => a.toLowerCase().startsWith(`${SERVICE}:`)),
    );

function findings(document: InspectedDocument, trusted: boolean): RuleFinding[] {
    const agentCoreRole = trusted || grantsAgentCore(document);
    return document.statements
        .flatMap((s) => [
            ...wholeService(s),
            ...commandWildcards(s),
            ...tokensForAnyUser(s),
            ...vaultWildcards(s, agentCoreRole),
            ...(agentCoreRole ? accountWide(s) : []),
        ])
        .map((f) => ({ input: document.input, ...f }));
}

/** AgentCore's wildcards: the whole service, commands, tokens for anyone, the whole vault, account-wide pulls and logs. */
export const AGENTCORE_WILDCARDS: AgentIamRule = {
    id: "agent-iam-agentcore-wildcards",
    description:
        "No bedrock-agentcore:*, InvokeAgentRuntime* or tokens for any user id; the token vault, images and log groups named",
    severity: "mandatory",
    page: PAGE,
    resourceTypes: IDENTITY_TYPES,
    check: (_resource, documents) => {
        const trusted = trustedByAgentCore(documents);
        return documents.filter((d) => d.kind === "identity").flatMap((d) => findings(d, trusted));
    },
};
