// The ARNs of the AgentCore resources an execution role names, and the context its grants are written for.
// ARN formats: the Service Authorization Reference for bedrock-agentcore (data/actionCatalog.json);
// ids and names: the AgentCore control-plane API (CreateAgentRuntime, CreateGateway, CreateMemory).
import { arnFor, ArnRule } from "../iam/arn";
import type { ArnScope, AwsEnvironment } from "../iam/awsEnvironment";
import type { GrantContext } from "../grants/grant";
import type { RoleKindWords } from "../roles/roleFamily";
import type { AgentCoreKind } from "./agentCoreKinds";

/** The service principal that assumes AgentCore execution roles. @internal */
export const AGENTCORE_SERVICE_PRINCIPAL = "bedrock-agentcore.amazonaws.com";

/** The ten characters AgentCore appends to a resource's name, after "-", to make its id. */
const ID_SUFFIX = "-??????????";

/**
 * The ids AgentCore gives the resources named `idName` (the name as ids spell it: a gateway's in
 * lower case), as an IAM pattern: the name, "-" and exactly ten characters. A shorter `<name>-*`
 * would also match the resources of every name that extends this one (`tools-admin-…` for `tools`).
 * @internal
 */
export function namedIds(idName: string): string {
    return `${idName}${ID_SUFFIX}`;
}

/** An AgentCore resource of the account, given by id (`<name>-<ten characters>`) or ARN. @internal */
export function agentCoreRule(resourcePrefix: string, resource: RegExp, exampleResource: string): ArnRule {
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
/**
 * An AgentCore online evaluation configuration: names `[a-zA-Z][a-zA-Z0-9_]{0,47}`, ids the name,
 * `-` and ten characters (CreateOnlineEvaluationConfig). @internal
 */
export const ONLINE_EVALUATION_CONFIG = agentCoreRule(
    "online-evaluation-config/",
    /^[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$/,
    "support_evaluation-AbCdE12345",
);
/** A custom AgentCore evaluator (CreateEvaluator): the name, `-` and ten characters. @internal */
export const EVALUATOR = agentCoreRule(
    "evaluator/",
    /^[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$/,
    "helpfulness_judge-AbCdE12345",
);
/** An AgentCore harness (`[a-zA-Z][a-zA-Z0-9_]{0,39}` names; CP API_HarnessSummary). @internal */
export const HARNESS = agentCoreRule(
    "harness/",
    /^[a-zA-Z][a-zA-Z0-9_]{0,39}-[a-zA-Z0-9]{10}$/,
    "support_harness-AbCdE12345",
);
/** A custom AgentCore browser of the account (CP API_HarnessAgentCoreBrowserConfig). @internal */
export const CUSTOM_BROWSER = agentCoreRule(
    "browser-custom/",
    /^[a-zA-Z][a-zA-Z0-9_]{0,47}-[a-zA-Z0-9]{10}$/,
    "support_browser-AbCdE12345",
);
/** A custom AgentCore code interpreter of the account (CP API_HarnessAgentCoreCodeInterpreterConfig). @internal */
export const CUSTOM_CODE_INTERPRETER = agentCoreRule(
    "code-interpreter-custom/",
    /^[a-zA-Z][a-zA-Z0-9_]{0,47}-[a-zA-Z0-9]{10}$/,
    "support_interpreter-AbCdE12345",
);
/** The account's token vault, where credential providers live. @internal */
export const TOKEN_VAULT = "token-vault/default";
/** The account's workload-identity directory. @internal */
export const WORKLOAD_DIRECTORY = "workload-identity-directory/default";

/** The ARN of an AgentCore resource path (`token-vault/default`) in the scope. @internal */
export const agentCoreArn = (scope: ArnScope, path: string) =>
    arnFor(agentCoreRule("", /.*/, path), scope, path);

/**
 * The context an AgentCore execution role's grants are written for: what GrantContext says of
 * every role, and the kind and name of the resource the role is for, which its workload identity,
 * log groups and source ARNs are named after.
 * @internal
 */
export interface AgentCoreContext extends GrantContext {
    /** Whose role it is: a runtime's, a gateway's, a browser's, a code interpreter's. */
    kind: AgentCoreKind;
    /** The name of the resource the role is for, as given. */
    resourceName: string;
    /**
     * Its ids, or those of the runtime it runs on, as an IAM pattern (`namedIds`): what log groups
     * and workload identities are named after.
     */
    resourceIds: string;
}

/** The workload identities AgentCore creates for the named runtime or gateway: named after its ids. @internal */
export function workloadIdentityArn(context: AgentCoreContext): string {
    return agentCoreArn(context, `${WORKLOAD_DIRECTORY}/workload-identity/${context.resourceIds}`);
}

/** What of its kind a role's context is written from. @internal */
export interface ContextKind {
    kind: AgentCoreKind;
    /** How errors speak of the resource the role is for (`code interpreter`). */
    words: RoleKindWords;
    /** The rule of the kind's own resource, whose ARN the trust policy admits. */
    resourceRule: ArnRule;
    /** The name as the resource's ids spell it. */
    idName(name: string): string;
    /** ARNs below the resource's that AgentCore may present as the source too (a runtime's endpoints). */
    sourcesBelow: string[];
    /** Whether AWS's trust policy for the kind pins the role's account too (`aws:ResourceAccount`). */
    trustPinsResourceAccount?: boolean;
    /**
     * The name of the AgentCore Runtime the service creates to run a resource of this name, when it
     * runs on one (a harness: `harness_<name>`): its ids name the workload identities and log groups,
     * and AgentCore may present its ARN, or an endpoint's, as the source.
     */
    runtimeName?(name: string): string;
}

/**
 * The context of a role for the resource of a kind and name: its provider's environment, and the
 * resources of that name (and what lies below them), and `moreSources` the args name, as the only
 * sources the service may act for.
 * @internal
 */
export function agentCoreContext(
    kind: ContextKind,
    resourceName: string,
    environment: AwsEnvironment,
    roleArnIn: (scope: ArnScope) => string,
    moreSources: string[] = [],
): AgentCoreContext {
    const scope: ArnScope = { environment };
    // Every resource of the kind and name, whatever the ten characters AgentCore appends: known
    // before the resource exists, so the role can be created first.
    const own = arnFor(kind.resourceRule, scope, namedIds(kind.idName(resourceName)));
    const runtimeName = kind.runtimeName?.(resourceName);
    const runtime = runtimeName === undefined ? [] : [arnFor(RUNTIME, scope, namedIds(runtimeName))];
    return {
        environment,
        servicePrincipal: AGENTCORE_SERVICE_PRINCIPAL,
        sourceArns: [
            own,
            ...kind.sourcesBelow.map((below) => `${own}/${below}`),
            ...runtime.flatMap((arn) => [arn, `${arn}/runtime-endpoint/*`]),
            ...moreSources,
        ],
        sourceIds: [],
        roleArn: roleArnIn(scope),
        subject: `the ${kind.words.resource}`,
        kind: kind.kind,
        resourceName,
        resourceIds: namedIds(runtimeName ?? kind.idName(resourceName)),
    };
}
