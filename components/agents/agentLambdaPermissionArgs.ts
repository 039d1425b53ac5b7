import * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../iam/argumentError";
import { mapArgument } from "../iam/argumentTypes";
import { AGENT, BEDROCK_SERVICE_PRINCIPAL } from "./agentContext";
import { checkArn, parseArn } from "../iam/arn";
import { checkEnvironmentField } from "../iam/awsEnvironment";
import { INVOKE_FUNCTION, lambdaFunctionTarget } from "../grants/lambdaFunctions";

/** What a Lambda permission for one existing agent needs. */
export interface AgentLambdaPermissionInputs {
    /** Name or ARN of the action-group function. */
    function: pulumi.Input<string>;
    /** ARN of the agent, typically `aws.bedrock.AgentAgent.agentArn`. */
    agentArn: pulumi.Input<string>;
}

/** Arguments for `aws.lambda.Permission`, admitting one agent. */
export interface AgentLambdaPermissionArgs {
    /** The function, as given, checked once it resolves. */
    function: pulumi.Output<string>;
    /** `lambda:InvokeFunction`. */
    action: string;
    /** `bedrock.amazonaws.com`. */
    principal: string;
    /** The agent's account, from its ARN. */
    sourceAccount: pulumi.Output<string>;
    /** The agent's ARN, checked. */
    sourceArn: pulumi.Output<string>;
    /** The agent's region, from its ARN: the permission is made there. */
    region: pulumi.Output<string>;
}

const EXAMPLE_AGENT = "arn:aws:bedrock:us-east-1:123456789012:agent/AGENT12345";

/** The agent ARN, every field checked: partition, region, account and the agent id. */
function checkedAgent(value: unknown): { arn: string; partition: string; region: string; account: string } {
    const parsed = typeof value === "string" ? parseArn(value) : undefined;
    if (typeof value !== "string" || !parsed) {
        const shown = typeof value === "string" ? `"${value}"` : "a value that is not a string";
        throw new ArgumentError("agentArn", `${shown} is not the ARN of a Bedrock agent`, EXAMPLE_AGENT);
    }
    try {
        checkEnvironmentField("partition", parsed.partition);
        checkEnvironmentField("region", parsed.region);
        checkEnvironmentField("account", parsed.account);
        checkArn("agentArn", value, AGENT, { environment: parsed });
    } catch {
        throw new ArgumentError("agentArn", `"${value}" is not the ARN of a Bedrock agent`, EXAMPLE_AGENT);
    }
    return { arn: value, partition: parsed.partition, region: parsed.region, account: parsed.account };
}

/**
 * Arguments of an `aws.lambda.Permission` that lets one agent, and only that agent, invoke a
 * function: for wiring a role, an agent and its action group in a single `pulumi up`, where the
 * component's own permissions (which must exist before the agent) can only admit `agent/*`.
 * The account and region are taken from the agent's ARN, which is checked whole when it resolves,
 * as is the function: by name, it is the agent's region's function; by ARN, it must be in the
 * agent's account and region.
 * @throws ArgumentError when the inputs are not a map of `function` and `agentArn`
 */
export function agentLambdaPermissionArgs(inputs: AgentLambdaPermissionInputs): AgentLambdaPermissionArgs {
    const given = mapArgument(
        "inputs",
        inputs,
        ["function", "agentArn"],
        `{ function: "lookup-orders", agentArn: "${EXAMPLE_AGENT}" }`,
    );
    const agent = pulumi.output(given.agentArn as pulumi.Input<string>).apply(checkedAgent);
    const fn = pulumi
        .all([pulumi.output(given.function as pulumi.Input<string>), agent])
        .apply(([value, checked]) => {
            const scope = { environment: checked };
            return lambdaFunctionTarget("function", value, scope).function;
        });
    return {
        function: fn,
        action: INVOKE_FUNCTION,
        principal: BEDROCK_SERVICE_PRINCIPAL,
        sourceAccount: agent.apply((a) => a.account),
        sourceArn: agent.apply((a) => a.arn),
        region: agent.apply((a) => a.region),
    };
}
