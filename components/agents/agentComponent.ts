import * as pulumi from "@pulumi/pulumi";
import type { BedrockAgentRoleArgs } from "./bedrockAgentRoleArgs";
import type { AgentDocuments, AgentPlannedArgs } from "./agentDocuments";
import { AGENT_FAMILY } from "./agentFamily";
import type { AgentPermissionsPlan } from "./agentPermissionsPlan";
import type { ComponentShape } from "./componentShape";
import { declareLambdaPermissions } from "./lambdaPermissionResources";
import { renderPolicy } from "../iam/policyDocument";
import type { ComponentFamily } from "../resources/roleComponent";

/**
 * The agent family as its component declares it: besides the role, a Lambda permission per
 * function and admitted agent, the agent key's statement (once the role exists), the callers'
 * policy (once the late arguments resolve) and the model to give `aws.bedrock.AgentAgent`.
 * @internal
 */
export const AGENT_COMPONENT: ComponentFamily<
    BedrockAgentRoleArgs,
    AgentPlannedArgs,
    ComponentShape,
    AgentDocuments
> = {
    ...AGENT_FAMILY,
    declare(parent, _name, args, shape, { plan, complete, role }) {
        return {
            lambdaPermissions: declareLambdaPermissions(
                parent,
                shape.slots,
                shape.functions,
                args.region !== undefined,
                plan,
                // The late stage completes every Lambda permission with its function.
                complete as pulumi.Output<AgentPermissionsPlan>,
            ),
            keyPolicyStatement: pulumi
                .all([plan, role.arn])
                .apply(([p]) => (p.keyPolicyStatement ? renderPolicy(p.keyPolicyStatement) : "")),
            callerPolicy: complete.apply((p) => (p.callerPolicy ? renderPolicy(p.callerPolicy) : "")),
            foundationModel: pulumi
                .all([plan, args.foundationModels ?? []])
                .apply(([, models]) => models[0] ?? ""),
        };
    },
};
