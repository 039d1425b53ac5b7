// The resources of a stack that take a role Bedrock or AgentCore assumes for them: an agent, a
// knowledge base, and each AgentCore resource of this package's kind table. For each, the input
// given the role's ARN, the service principal that assumes it, and the resource types of the
// aws:SourceArn it presents (an AgentCore resource's own ARN, `<kind>/<name>-<ten characters>`).
import { AGENTCORE_KINDS } from "../components/agentcore/agentCoreKinds";
import { EVALUATOR, RUNTIME } from "../components/agentcore/agentCoreArns";
import { AGENTCORE, BEDROCK } from "./sourceArns";

/** A resource type that takes a role, and what the role's trust must admit for it. */
export interface RoleTaker {
    /** Pulumi's type token of the resource. */
    type: string;
    /** The input given the role's ARN. */
    roleInput: string;
    /** The input naming the resource, when its ARN carries the name. */
    nameInput?: string;
    /** The service principal that assumes the role. */
    principal: string;
    /** The service of the aws:SourceArn it presents (`bedrock`, `bedrock-agentcore`). */
    service: string;
    /**
     * The heads of the resource part of the source ARNs it may present: its resource type
     * (`runtime/`), followed by the id's start when the name is known (`runtime/support_agent-`).
     */
    own(name: string | undefined): string[];
    /** Further resource types a source may name beside its own, for the same resource (an evaluation's evaluators). */
    beside: string[];
    /** How a message names it (`an AgentCore runtime`). */
    words: string;
    /** This package's component that writes its role, where one does, and the argument that pins it to the resource. */
    component?: { name: string; argument: string };
}

/**
 * Every resource type that takes a role: Bedrock's agent (agents-permissions: trust
 * `agent/<agent id>`) and knowledge base (kb-permissions: trust `knowledge-base/<id>`), whose ids
 * AWS generates, and AgentCore's kinds, whose ids are `<name>-<ten characters>` (a gateway's name
 * lower-cased; a harness also presents the runtime AgentCore creates for it).
 */
export const ROLE_TAKERS: readonly RoleTaker[] = [
    {
        type: "aws:bedrock/agentAgent:AgentAgent",
        roleInput: "agentResourceRoleArn",
        principal: BEDROCK,
        service: "bedrock",
        own: () => ["agent/"],
        beside: [],
        words: "a Bedrock agent",
        component: { name: "BedrockAgentRole", argument: "agentIds: the agents' ids, once they exist" },
    },
    {
        type: "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase",
        roleInput: "roleArn",
        principal: BEDROCK,
        service: "bedrock",
        own: () => ["knowledge-base/"],
        beside: [],
        words: "a Bedrock knowledge base",
    },
    ...Object.values(AGENTCORE_KINDS).map((kind): RoleTaker => ({
        type: kind.user.type,
        roleInput: kind.user.roleInput,
        nameInput: kind.user.nameInput,
        principal: AGENTCORE,
        service: "bedrock-agentcore",
        own: (name) => [
            `${kind.resourceRule.resourcePrefix}${name === undefined ? "" : `${kind.idName(name)}-`}`,
            ...(kind.runtimeName
                ? [`${RUNTIME.resourcePrefix}${name === undefined ? "" : `${kind.runtimeName(name)}-`}`]
                : []),
        ],
        // An online evaluation's role may name the custom evaluators it runs (the kind's argumentSources).
        beside: kind.kind === "evaluation" ? [EVALUATOR.resourcePrefix] : [],
        words: `an AgentCore ${kind.words.resource}`,
        component: {
            name: kind.type.split(":").pop() as string,
            argument: `${kind.nameArgument}: the ${kind.words.resource}'s name`,
        },
    })),
];
