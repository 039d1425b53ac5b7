import type * as pulumi from "@pulumi/pulumi";
import { optionalString } from "../../iam/argumentTypes";
import { idOrArn } from "../../iam/arn";
import { statement } from "../../iam/policyDocument";
import { noGrants } from "../../grants/grant";
import { POLICY_ENGINE } from "../agentCoreArns";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The policy engine that authorizes the gateway's tool calls. */
export interface PolicyEngineArgs {
    /** The policy engine attached to the gateway, as id or ARN. */
    policyEngine?: pulumi.Input<string>;
}

/**
 * A policy engine: `AuthorizeAction` and `PartiallyAuthorizeActions`, which IAM authorizes against
 * both the gateway and the engine (so both are named: the gateways of this name, and the engine),
 * and `GetPolicyEngine` on the engine. Without them every tool call is denied.
 * @internal
 */
export const policyEngine: AgentCoreCapability<PolicyEngineArgs> = {
    grant(args, context) {
        const given = optionalString("policyEngine", args.policyEngine, POLICY_ENGINE.exampleResource);
        if (given === undefined) {
            return noGrants();
        }
        const engine = idOrArn("policyEngine", given, POLICY_ENGINE, context);
        return {
            identity: [
                statement({
                    Sid: "AuthorizeWithPolicyEngine",
                    Effect: "Allow",
                    Action: [
                        "bedrock-agentcore:AuthorizeAction",
                        "bedrock-agentcore:PartiallyAuthorizeActions",
                    ],
                    Resource: [...context.sourceArns, engine],
                }),
                statement({
                    Sid: "ReadPolicyEngine",
                    Effect: "Allow",
                    Action: ["bedrock-agentcore:GetPolicyEngine"],
                    Resource: [engine],
                }),
            ],
            keyPolicy: [],
        };
    },
};
