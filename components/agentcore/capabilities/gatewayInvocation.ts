import type * as pulumi from "@pulumi/pulumi";
import { optionalStrings } from "../../iam/argumentTypes";
import { idOrArn } from "../../iam/arn";
import { sortedUnique, statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { GATEWAY } from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The AgentCore gateways the runtime calls. */
export interface GatewayInvocationArgs {
    /** Gateways with IAM inbound authorization the runtime calls, as ids (`support-gateway-abcdefghij`) or ARNs. */
    gateways?: pulumi.Input<pulumi.Input<string>[]>;
}

/** Gateways: `bedrock-agentcore:InvokeGateway` on the gateways named. @internal */
export const gatewayInvocation: AgentCoreCapability<GatewayInvocationArgs> = {
    grant(args, context) {
        const arns = optionalStrings("gateways", args.gateways, GATEWAY.exampleResource).map((gateway, i) =>
            idOrArn(`gateways[${i}]`, gateway, GATEWAY, context),
        );
        if (arns.length === 0) {
            return noGrants();
        }
        return {
            identity: [
                statement({
                    Sid: "InvokeGateways",
                    Effect: "Allow",
                    Action: ["bedrock-agentcore:InvokeGateway"],
                    Resource: sortedUnique(arns),
                }),
            ],
            keyPolicy: [],
        };
    },
};
