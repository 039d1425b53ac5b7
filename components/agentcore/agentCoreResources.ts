// The AgentCore resources an execution role names, and the context its grants are written for.
// ARN formats: the Service Authorization Reference for bedrock-agentcore (data/actionCatalog.json);
// ids and names: the AgentCore control-plane API (CreateAgentRuntime, CreateGateway, CreateMemory).
import { arnFor, ArnRule } from "../iam/arn";
import type { ArnScope, AwsEnvironment } from "../iam/awsEnvironment";
import type { GrantContext } from "../grants/grant";

/** The service principal that assumes AgentCore execution roles. @internal */
export const AGENTCORE_SERVICE_PRINCIPAL = "bedrock-agentcore.amazonaws.com";

/** The kinds of AgentCore resource whose execution role a component writes. @internal */
export type AgentCoreKind = "runtime" | "gateway";

/** What a runtime's or gateway's name may be, as CreateAgentRuntime and CreateGateway accept it. @internal */
export const RESOURCE_NAMES: Record<AgentCoreKind, { pattern: RegExp; example: string }> = {
    // Runtime names have no "-": AgentCore appends "-" and ten characters to make the id.
    runtime: { pattern: /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/, example: "support_agent" },
    gateway: { pattern: /^([0-9a-zA-Z][-]?){1,100}$/, example: "support-gateway" },
};

/** An AgentCore resource of the account, given by id (`<name>-<ten characters>`) or ARN. */
function agentCoreRule(resourcePrefix: string, resource: RegExp, exampleResource: string): ArnRule {
    return { service: "bedrock-agentcore", resourcePrefix, resource, scope: "regional", exampleResource };
}

/** An AgentCore runtime. @internal */
export const RUNTIME = agentCoreRule(
    "runtime/",
    /^[a-zA-Z][a-zA-Z0-9_]{0,47}-[a-zA-Z0-9]{10}$/,
    "support_agent-AbCdE12345",
);
/** An AgentCore gateway. @internal */
export const GATEWAY = agentCoreRule(
    "gateway/",
    /^([0-9a-z][-]?){1,100}-[0-9a-z]{10}$/,
    "support-gateway-abcdefghij",
);
/** An AgentCore memory. @internal */
export const MEMORY = agentCoreRule(
    "memory/",
    /^[a-zA-Z][a-zA-Z0-9_-]{0,99}-[a-zA-Z0-9]{10}$/,
    "support_memory-AbCdE12345",
);
/** An AgentCore policy engine. @internal */
export const POLICY_ENGINE = agentCoreRule(
    "policy-engine/",
    /^[a-zA-Z][a-zA-Z0-9_-]{0,99}-[a-zA-Z0-9]{10}$/,
    "support_policies-AbCdE12345",
);
/** The account's token vault, where credential providers live. @internal */
export const TOKEN_VAULT = "token-vault/default";
/** The account's workload-identity directory. @internal */
export const WORKLOAD_DIRECTORY = "workload-identity-directory/default";

/** The ARN of an AgentCore resource path (`token-vault/default`) in the scope. @internal */
export const agentCoreArn = (scope: ArnScope, path: string) =>
    arnFor(agentCoreRule("", /.*/, path), scope, path);

/** The rule of the kind's own resource. */
const KIND_RULES: Record<AgentCoreKind, ArnRule> = { runtime: RUNTIME, gateway: GATEWAY };

/**
 * The context an AgentCore execution role's grants are written for: what GrantContext says of
 * every role, and the kind and name of the resource the role is for, which its workload identity,
 * log groups and source ARNs are named after.
 * @internal
 */
export interface AgentCoreContext extends GrantContext {
    /** Whether the role is a runtime's or a gateway's. */
    kind: AgentCoreKind;
    /** The runtime's or gateway's name, as created: its id is this name, `-` and ten characters. */
    resourceName: string;
}

/**
 * Every resource of the kind that carries the name, whatever the ten characters AgentCore
 * appends: known before the resource exists, so the role can be created first.
 * @internal
 */
function namedResourcesArn(kind: AgentCoreKind, name: string, scope: ArnScope): string {
    return arnFor(KIND_RULES[kind], scope, `${name}-*`);
}

/** The workload identities AgentCore creates for the named runtime or gateway. @internal */
export function workloadIdentityArn(context: AgentCoreContext): string {
    return agentCoreArn(context, `${WORKLOAD_DIRECTORY}/workload-identity/${context.resourceName}-*`);
}

/**
 * The context of a role for the named runtime or gateway: its provider's environment, and the
 * resources of that name as the only source the service may act for.
 * @internal
 */
export function agentCoreContext(
    kind: AgentCoreKind,
    resourceName: string,
    environment: AwsEnvironment,
    roleArnIn: (scope: ArnScope) => string,
): AgentCoreContext {
    const scope: ArnScope = { environment };
    return {
        environment,
        servicePrincipal: AGENTCORE_SERVICE_PRINCIPAL,
        sourceArns: [namedResourcesArn(kind, resourceName, scope)],
        sourceIds: [],
        roleArn: roleArnIn(scope),
        kind,
        resourceName,
    };
}
