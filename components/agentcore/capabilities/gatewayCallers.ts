// Who invokes the gateway with IAM inbound authorization: the callers' policy, for the principals
// that call it. InvokeGateway on the gateway's ids only: gateway names may hold `-`, so
// `gateway/<name>-*` would also match another gateway (agentcore-iam-facts-2.md, gateway callers).
import type * as pulumi from "@pulumi/pulumi";
import { mapArgument } from "../../iam/argumentTypes";
import { statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { agentCoreArn } from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";
import { CALLER_SOURCE_FIELDS, callerSourceCondition, CallerSourcesArgs } from "./callerSources";

/** The callers of the gateway. */
export interface GatewayCallersArgs {
    /**
     * The gateway's callers, when it authorizes inbound calls with IAM (`authorizerType:
     * AWS_IAM`): where they call from (`{}` for anywhere). The component then outputs
     * `callerPolicy`.
     */
    callers?: pulumi.Input<CallerSourcesArgs>;
}

/**
 * The gateway's callers: `bedrock-agentcore:InvokeGateway` on the gateway's ids, in the callers'
 * policy; nothing on the role.
 * @internal
 */
export const gatewayCallers: AgentCoreCapability<GatewayCallersArgs> = {
    grant(args, context) {
        if (args.callers === undefined) {
            return noGrants();
        }
        const given = mapArgument(
            "callers",
            args.callers,
            CALLER_SOURCE_FIELDS,
            '{ sourceVpcs: ["vpc-1a2b3c4d"] }',
        );
        const Condition = callerSourceCondition(given, "callers");
        return {
            identity: [],
            keyPolicy: [],
            callers: [
                statement({
                    Sid: "InvokeGateway",
                    Effect: "Allow",
                    Action: ["bedrock-agentcore:InvokeGateway"],
                    Resource: [agentCoreArn(context, `gateway/${context.resourceIds}`)],
                    ...(Condition ? { Condition } : {}),
                }),
            ],
        };
    },
};
