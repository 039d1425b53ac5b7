import * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../iam/argumentError";

/** Name of the inline policy that holds an agent's callers' grants on their role. @internal */
export const CALLER_POLICY_NAME = "InvokeBedrockAgent";

/** Whatever holds a callers' policy: a `BedrockAgentRole`, or an `AgentCoreRuntimeRole` given `callers`. */
export interface CallerPolicySource {
    /** The callers' policy, as JSON; empty when the callers need nothing. */
    callerPolicy: pulumi.Output<string>;
}

/** What the callers' policy of one agent is attached from. */
export interface CallerRolePolicyInputs {
    /** The agent's `BedrockAgentRole`, or a runtime's `AgentCoreRuntimeRole`. */
    agent: CallerPolicySource;
    /** Name of the role of the principals that invoke the agent (an application's role). */
    role: pulumi.Input<string>;
    /** Name of the inline policy; `InvokeBedrockAgent` by default. Give each agent's its own. */
    name?: string;
}

/** Arguments for `aws.iam.RolePolicy`, holding an agent's callers' policy. */
export interface CallerRolePolicyArgs {
    /** The callers' role. */
    role: pulumi.Input<string>;
    /** The inline policy's name. */
    name: string;
    /** The callers' policy, as JSON; fails the deployment when the callers need nothing. */
    policy: pulumi.Output<string>;
}

/**
 * Arguments for an `aws.iam.RolePolicy` that attaches an agent's callers' policy (its
 * `callerPolicy` output: `bedrock:InvokeAgent` on its aliases and the KMS grants AWS asks of the
 * caller) to the role that invokes the agent:
 * `new aws.iam.RolePolicy("app-invokes-agent", callerRolePolicyArgs({ agent, role: app.name }))`.
 * An empty callers' policy is refused when it resolves, rather than written as an empty document
 * IAM would reject at deploy time.
 */
export function callerRolePolicyArgs(inputs: CallerRolePolicyInputs): CallerRolePolicyArgs {
    return {
        role: inputs.role,
        name: inputs.name ?? CALLER_POLICY_NAME,
        policy: inputs.agent.callerPolicy.apply((policy) => {
            if (policy === "") {
                throw new ArgumentError(
                    "agent",
                    "has an empty callerPolicy: its callers need nothing from its args; give an agent's agentAliases, or a runtime's callers",
                    "agentAliases: [alias.agentAliasArn]",
                );
            }
            return policy;
        }),
    };
}
