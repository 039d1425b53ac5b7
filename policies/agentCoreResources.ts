// What an AgentCore role's resource patterns reach: the token vault's providers, its workload
// identities and their secrets (token-vault/default/<type>/<name>,
// workload-identity-directory/default/workload-identity/<name>,
// secret:bedrock-agentcore-identity!default/<oauth2|apikey>/<name>-<suffix>), and a service's
// whole account (every repository, every log group). A wildcard narrowed after a literal start
// (`<name>-*`) names a resource; one standing for a whole id does not.
import { arnOf, startsWild } from "./statementMatching";

const VAULT_SECRET = "secret:bedrock-agentcore-identity!";

/** What a statement granting tokens and/or secrets may read, in a role AgentCore runs with or not. */
export interface VaultGrant {
    /** It grants an AgentCore token action (GetResourceOauth2Token, GetResourceApiKey, GetWorkloadAccessToken...). */
    tokens: boolean;
    /** It grants secretsmanager:GetSecretValue. */
    secrets: boolean;
    /** The role is AgentCore's (its trust or its policy says so): any secret of the account is then the vault's too. */
    agentCoreRole: boolean;
}

/** What an AgentCore pattern reaches of the vault and its workload identities. */
function agentCoreReach(resource: string): string | undefined {
    const arn = arnOf(resource, "bedrock-agentcore");
    if (arn === undefined) {
        return undefined;
    }
    const [type, ...ids] = arn.resource.split("/");
    if (startsWild(arn.resource)) {
        return "every credential provider and workload identity";
    }
    if (type === "token-vault" && ids.some(startsWild)) {
        return "every credential provider of the token vault";
    }
    return type === "workload-identity-directory" && ids.some(startsWild)
        ? "every workload identity"
        : undefined;
}

/** What a Secrets Manager pattern reaches of the vault's secrets (or of every secret). */
function secretReach(resource: string, agentCoreRole: boolean): string | undefined {
    const arn = arnOf(resource, "secretsmanager");
    if (arn === undefined) {
        return undefined;
    }
    if (arn.resource.startsWith(VAULT_SECRET)) {
        const path = arn.resource.slice(VAULT_SECRET.length).split("/");
        return path.some(startsWild) ? "every secret of the token vault" : undefined;
    }
    const whole = startsWild(arn.resource) || startsWild(arn.resource.replace(/^secret:/, ""));
    return whole && agentCoreRole ? "every secret of the account, the token vault's among them" : undefined;
}

/** Each resource of the grant that reaches a whole part of the vault, with what it reaches. */
export function vaultReach(resource: string, grant: VaultGrant): string[] {
    const reach = [
        ...(grant.tokens ? [agentCoreReach(resource)] : []),
        ...(grant.secrets ? [secretReach(resource, grant.agentCoreRole)] : []),
    ].filter((r): r is string => r !== undefined);
    return reach.length === 0 ? [] : [`${resource} (${[...new Set(reach)].join("; ")})`];
}

/**
 * Whether a pattern reaches every resource of `type` of a service in an account: `*`, the
 * service's `*`, or the type with a wildcard for its whole name (`repository/*`, `log-group:*`).
 */
export function wholeAccountReach(resource: string, service: string, type: string): boolean {
    const arn = arnOf(resource, service);
    if (arn === undefined) {
        return false;
    }
    const name = arn.resource.startsWith(type) ? arn.resource.slice(type.length + 1) : undefined;
    return startsWild(arn.resource) || (name !== undefined && startsWild(name));
}
