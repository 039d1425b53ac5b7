import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../../iam/argumentError";
import { mapArgument, optionalList, stringArgument } from "../../iam/argumentTypes";
import { namedResource } from "../../iam/arn";
import { sortedUnique, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { RUNTIME } from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** An AgentCore runtime endpoint a gateway target reaches, signed with the gateway's role. */
export interface RuntimeTargetArgs {
    /** The runtime, as id (`orders_mcp-AbCdE12345`) or ARN: the runtime resource's `agentRuntimeArn`. */
    runtime: pulumi.Input<string>;
    /**
     * The endpoint the target invokes: the target's qualifier (`DEFAULT` when the target names none,
     * so name `DEFAULT` then), or another endpoint's name.
     */
    endpoint: pulumi.Input<string>;
}

/** The AgentCore runtimes the gateway invokes with its role. */
export interface RuntimeTargetsArgs {
    /**
     * Runtimes behind MCP server or HTTP targets with the gateway's role as outbound authorization:
     * `bedrock-agentcore:InvokeAgentRuntime` on each runtime and the one endpoint named with it.
     */
    runtimeTargets?: pulumi.Input<pulumi.Input<RuntimeTargetArgs>[]>;
}

const EXAMPLE = '[{ runtime: "orders_mcp-AbCdE12345", endpoint: "DEFAULT" }]';
/** Endpoint names (CreateAgentRuntimeEndpoint); `DEFAULT` is the one AgentCore creates. */
const ENDPOINT = /^[a-zA-Z][a-zA-Z0-9_]{0,47}$/;

/**
 * Runtime targets: `InvokeAgentRuntime` on the runtime and on the endpoint named, the two resources
 * AgentCore authorizes every invocation against (hierarchical authorization); no other endpoint,
 * and `DEFAULT` only when named.
 * @internal
 */
export const runtimeTargets: AgentCoreCapability<RuntimeTargetsArgs> = {
    grant(args, context) {
        const resources = optionalList("runtimeTargets", args.runtimeTargets, EXAMPLE).flatMap((item, i) => {
            const argument = `runtimeTargets[${i}]`;
            const fields = mapArgument(argument, item, ["runtime", "endpoint"], EXAMPLE);
            const runtime = namedResource(
                `${argument}.runtime`,
                stringArgument(`${argument}.runtime`, fields.runtime, RUNTIME.exampleResource),
                RUNTIME,
                context,
            );
            const endpoint = stringArgument(`${argument}.endpoint`, fields.endpoint, '"DEFAULT"');
            if (!ENDPOINT.test(endpoint)) {
                throw new ArgumentError(
                    `${argument}.endpoint`,
                    `"${endpoint}" is not a runtime endpoint name (a letter, then letters, digits and _)`,
                    '"DEFAULT"',
                );
            }
            return [runtime.arn, `${runtime.arn}/runtime-endpoint/${endpoint}`];
        });
        if (resources.length === 0) {
            return noGrants();
        }
        return {
            identity: [
                statement({
                    Sid: "InvokeRuntimeTargets",
                    Effect: "Allow",
                    Action: ["bedrock-agentcore:InvokeAgentRuntime"],
                    Resource: sortedUnique(resources),
                }),
            ],
            keyPolicy: [],
        };
    },
};
