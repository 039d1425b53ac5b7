// What a service principal's source may be: AWS's confused-deputy guidance pins the account
// (aws:SourceAccount) and the resource (aws:SourceArn). A source ARN is within bounds when its
// partition, service, region and account are literal and its resource part names one kind of
// resource (`agent/*`, `runtime/<name>-*`), not every kind of the account (`:*`).
import { parseArn } from "../components/iam/arn";

/** The service principal of Amazon Bedrock (Agents Classic). */
export const BEDROCK = "bedrock.amazonaws.com";
/** The service principal of Amazon Bedrock AgentCore. */
export const AGENTCORE = "bedrock-agentcore.amazonaws.com";

/**
 * For each service, the ARN form of the kinds of resource it acts for with a role or a function,
 * and this package's components that write it: what a message offers instead of a wider source.
 * AgentCore's kinds are those of its ARN rules (agentCoreArns.ts) whose resources take an
 * execution role (an online evaluation's also names its evaluators; a harness runs on a runtime
 * of its own, whose ARN it may present too).
 */
const KINDS: Record<string, { form: string; components: string[]; page: string }> = {
    [BEDROCK]: {
        form: "agent/<agent id> (agent/* until the agents exist; a knowledge base's role: knowledge-base/<id>)",
        components: ["BedrockAgentRole"],
        page: "https://docs.aws.amazon.com/bedrock/latest/userguide/agents-permissions.html",
    },
    [AGENTCORE]: {
        form: "<kind>/<name>-* (runtime/, gateway/, memory/, browser-custom/, code-interpreter-custom/, harness/, online-evaluation-config/)",
        components: [
            "AgentCoreRuntimeRole",
            "AgentCoreGatewayRole",
            "AgentCoreMemoryRole",
            "AgentCoreBrowserRole",
            "AgentCoreCodeInterpreterRole",
            "AgentCoreHarnessRole",
            "AgentCoreEvaluationRole",
        ],
        page: "https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/runtime-permissions.html",
    },
};

/** The service principals the rules guard: Bedrock's and AgentCore's. */
export const GUARDED_PRINCIPALS = Object.keys(KINDS);

const wildcard = (text: string) => /[*?]/.test(text);

/** Whether a value is an account id: twelve digits. */
export const isAccountId = (value: string) => /^\d{12}$/.test(value);

/**
 * Why a source ARN admits more than one kind of resource in one account and region (`every
 * region`, `every kind of resource of the account`), or `undefined` when it does not. A literal
 * resource type this package does not know is one kind still: narrow, if perhaps of no use.
 */
export function sourceArnBreadth(value: string): string | undefined {
    const arn = parseArn(value);
    if (!arn) {
        return wildcard(value) ? "every resource of every account" : undefined;
    }
    const fields = (["partition", "service", "region", "account"] as const).filter((name) =>
        wildcard(arn[name]),
    );
    if (fields.length > 0) {
        return fields.map((name) => `every ${name}`).join(" and ");
    }
    const kind = arn.resource.split("/")[0];
    return wildcard(kind) || (!arn.resource.includes("/") && wildcard(arn.resource))
        ? "every kind of resource of the account"
        : undefined;
}

/** What a source the service principal acts for looks like pinned: the ARN form, in the account and region known. */
export function pinnedSourceForm(
    principal: string,
    place: { partition?: string; region?: string; account?: string },
): string {
    const service = principal === AGENTCORE ? "bedrock-agentcore" : "bedrock";
    return `arn:${place.partition ?? "aws"}:${service}:${place.region ?? "<region>"}:${place.account ?? "<account>"}:${KINDS[principal]?.form ?? "<resource type>/<id>"}`;
}

/** This package's components that write the pinned source for the service principal. */
export const pinningComponents = (principal: string) => KINDS[principal]?.components ?? [];

/** The AWS page that shows the service principal's pinned trust. */
export const principalPage = (principal: string) => KINDS[principal]?.page;

/** The partition, region and account a message may name: the first the conditions give literally (an account: twelve digits). */
export function placeOf(
    sourceArns: string[],
    accounts: string[],
): { partition?: string; region?: string; account?: string } {
    const arns = sourceArns.map(parseArn).filter((arn) => arn !== undefined);
    const literal = (values: string[]) => values.find((v) => v !== "" && !wildcard(v));
    return {
        partition: literal(arns.map((arn) => arn.partition)),
        region: literal(arns.map((arn) => arn.region)),
        account: accounts.find(isAccountId) ?? arns.map((arn) => arn.account).find(isAccountId),
    };
}
