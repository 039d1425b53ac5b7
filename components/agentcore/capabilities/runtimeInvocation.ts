// Invoking other AgentCore runtimes with the role: AgentCore authorizes every invocation on the
// runtime and on the endpoint invoked (resource-based-policies page: hierarchical authorization),
// so each is granted with the one endpoint named beside it, DEFAULT only when named.
import { ArgumentError } from "../../iam/argumentError";
import { mapArgument, optionalBoolean, optionalList, stringArgument } from "../../iam/argumentTypes";
import { namedResource } from "../../iam/arn";
import { IdentityStatement, sortedUnique, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { RUNTIME } from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** Endpoint names (CreateAgentRuntimeEndpoint); `DEFAULT` is the one AgentCore creates. @internal */
export const ENDPOINT_NAME = /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/;

/** What an endpoint name is, for errors. @internal */
export const ENDPOINT_WORDS = "a runtime endpoint name";

/** What a capability invoking runtimes is: its list argument, its statement id, whether its items may ask for agent cards. */
export interface RuntimeInvocationSpec<Args> {
    argument: keyof Args & string;
    sid: string;
    /** The Sid of `GetAgentCard` on the items that set `agentCard`; absent when items cannot. */
    agentCardSid?: string;
}

/**
 * A capability whose list argument names runtimes and endpoints (`{ runtime, endpoint }`, and
 * `agentCard` when the spec has its Sid): `InvokeAgentRuntime` on each runtime and its one
 * endpoint, `GetAgentCard` on those asked.
 * @internal
 */
export function runtimeInvocation<Args>(spec: RuntimeInvocationSpec<Args>): AgentCoreCapability<Args> {
    const fields = ["runtime", "endpoint", ...(spec.agentCardSid ? ["agentCard"] : [])];
    const example = `[{ runtime: "orders_mcp-AbCdE12345", endpoint: "DEFAULT"${spec.agentCardSid ? ", agentCard: true" : ""} }]`;
    return {
        grant(args, context) {
            const items = optionalList(
                spec.argument,
                (args as Record<string, unknown>)[spec.argument],
                example,
            ).map((item, i) => {
                const argument = `${spec.argument}[${i}]`;
                const given = mapArgument(argument, item, fields, example);
                const runtime = namedResource(
                    `${argument}.runtime`,
                    stringArgument(`${argument}.runtime`, given.runtime, RUNTIME.exampleResource),
                    RUNTIME,
                    context,
                );
                const endpoint = stringArgument(`${argument}.endpoint`, given.endpoint, '"DEFAULT"');
                if (!ENDPOINT_NAME.test(endpoint)) {
                    throw new ArgumentError(
                        `${argument}.endpoint`,
                        `"${endpoint}" is not ${ENDPOINT_WORDS} (${ENDPOINT_NAME.source})`,
                        '"DEFAULT"',
                    );
                }
                return {
                    resources: [runtime.arn, `${runtime.arn}/runtime-endpoint/${endpoint}`],
                    agentCard: optionalBoolean(`${argument}.agentCard`, given.agentCard) === true,
                };
            });
            if (items.length === 0) {
                return noGrants();
            }
            const on = (sid: string, action: string, resources: string[]): IdentityStatement =>
                statement({
                    Sid: sid,
                    Effect: "Allow",
                    Action: [`bedrock-agentcore:${action}`],
                    Resource: sortedUnique(resources),
                });
            const cards = items.filter((item) => item.agentCard).flatMap((item) => item.resources);
            return {
                identity: [
                    on(
                        spec.sid,
                        "InvokeAgentRuntime",
                        items.flatMap((item) => item.resources),
                    ),
                    ...(spec.agentCardSid && cards.length > 0
                        ? [on(spec.agentCardSid, "GetAgentCard", cards)]
                        : []),
                ],
                keyPolicy: [],
            };
        },
    };
}
