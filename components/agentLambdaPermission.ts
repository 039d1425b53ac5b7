import * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "./argumentError";
import { AGENT, BEDROCK_SERVICE_PRINCIPAL } from "./confusedDeputy";
import { parseArn } from "./iam/arn";
import { INVOKE_FUNCTION } from "./lambdaPermissions";

/** What a Lambda permission for one existing agent needs. */
export interface AgentLambdaPermissionInputs {
    /** Name or ARN of the action-group function. */
    function: pulumi.Input<string>;
    /** ARN of the agent, typically `aws.bedrock.AgentAgent.agentArn`. */
    agentArn: pulumi.Input<string>;
}

/** Arguments for `aws.lambda.Permission`, admitting one agent. */
export interface AgentLambdaPermissionArgs {
    /** The function, as given. */
    function: pulumi.Input<string>;
    /** `lambda:InvokeFunction`. */
    action: string;
    /** `bedrock.amazonaws.com`. */
    principal: string;
    /** The agent's account, from its ARN. */
    sourceAccount: pulumi.Output<string>;
    /** The agent's ARN, checked. */
    sourceArn: pulumi.Output<string>;
}

/**
 * Arguments of an `aws.lambda.Permission` that lets one agent, and only that agent, invoke a
 * function: for wiring a role, an agent and its action group in a single `pulumi up`, where the
 * component's own permissions (which must exist before the agent) can only admit `agent/*`.
 * The account is taken from the agent's ARN, which is checked when it resolves.
 */
export function agentLambdaPermissionArgs(inputs: AgentLambdaPermissionInputs): AgentLambdaPermissionArgs {
    const agentArn = pulumi.output(inputs.agentArn).apply((arn) => {
        const parsed = parseArn(arn);
        const resource = parsed?.resource ?? "";
        const isAgent =
            parsed?.service === AGENT.service &&
            resource.startsWith(AGENT.resourcePrefix) &&
            AGENT.resource.test(resource.slice(AGENT.resourcePrefix.length));
        if (!parsed || !isAgent) {
            throw new ArgumentError(
                "agentArn",
                `"${arn}" is not the ARN of a Bedrock agent`,
                "arn:aws:bedrock:us-east-1:123456789012:agent/AGENT12345",
            );
        }
        return { arn, account: parsed.account };
    });
    return {
        function: inputs.function,
        action: INVOKE_FUNCTION,
        principal: BEDROCK_SERVICE_PRINCIPAL,
        sourceAccount: agentArn.apply((a) => a.account),
        sourceArn: agentArn.apply((a) => a.arn),
    };
}
