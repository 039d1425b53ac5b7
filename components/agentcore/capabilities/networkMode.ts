// The network service-linked roles AgentCore creates with the deployer's credentials (AgentCore's
// service-linked-roles page, https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/service-linked-roles.html):
// AWSServiceRoleForBedrockAgentCoreNetwork, trusted by network.bedrock-agentcore.amazonaws.com, when
// a runtime, code interpreter or browser is created with a VPC configuration; and
// AWSServiceRoleForBedrockAgentCoreGatewayNetwork, trusted by bedrock-agentcore.amazonaws.com itself,
// when a gateway target reaches a VPC resource through a managed private endpoint
// (privateEndpoint.managedVpcResource). Either needs iam:CreateServiceLinkedRole on it, for its
// service (iam:AWSServiceName).
import type * as pulumi from "@pulumi/pulumi";
import { ServiceLinkedRole, serviceLinkedRoleStatement } from "../../grants/deployer";
import { ArgumentError } from "../../iam/argumentError";
import { optionalBoolean, optionalString } from "../../iam/argumentTypes";
import type { ArnScope } from "../../iam/awsEnvironment";
import type { IdentityStatement } from "../../iam/policyDocument";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** The network of a runtime, browser or code interpreter. */
export interface NetworkModeArgs {
    /**
     * The resource's network mode, as its `networkConfiguration.networkMode` gives it: `PUBLIC`
     * (the default) or `VPC` (a code interpreter's may also be `SANDBOX`). In `VPC` mode the
     * deployer may create AgentCore's network service-linked role
     * (`AWSServiceRoleForBedrockAgentCoreNetwork`), which AgentCore creates with the first such resource.
     */
    networkMode?: pulumi.Input<string>;
}

/** Whether a gateway's targets reach VPC resources through managed private endpoints. */
export interface ManagedPrivateEndpointsArgs {
    /**
     * Whether a target of the gateway reaches a VPC resource through a managed private endpoint
     * (`privateEndpoint.managedVpcResource`): the deployer may then create AgentCore's gateway
     * network service-linked role (`AWSServiceRoleForBedrockAgentCoreGatewayNetwork`). Default `false`.
     */
    managedPrivateEndpoints?: pulumi.Input<boolean>;
}

const NETWORK: ServiceLinkedRole = {
    service: "network.bedrock-agentcore.amazonaws.com",
    name: "AWSServiceRoleForBedrockAgentCoreNetwork",
    sid: "CreateNetworkServiceLinkedRole",
};

const GATEWAY_NETWORK: ServiceLinkedRole = {
    service: "bedrock-agentcore.amazonaws.com",
    name: "AWSServiceRoleForBedrockAgentCoreGatewayNetwork",
    sid: "CreateGatewayNetworkServiceLinkedRole",
};

/**
 * The network mode, checked against the modes of the resource (exactly as AgentCore spells them).
 * @param subject the resource, as errors speak of it: `the runtime`
 * @throws ArgumentError for a value that is not a string, or not one of `modes`
 * @internal
 */
export function checkedNetworkMode(value: unknown, modes: readonly string[], subject: string): string {
    const mode = optionalString("networkMode", value, "VPC") ?? "PUBLIC";
    if (!modes.includes(mode)) {
        throw new ArgumentError(
            "networkMode",
            `"${mode}" is not a network mode of ${subject} (${modes.slice(0, -1).join(", ")} or ${modes.at(-1)})`,
            "VPC",
        );
    }
    return mode;
}

/** The deployer's creation of the network service-linked role, in `VPC` mode only. @internal */
export function networkDeployer(mode: string, scope: ArnScope): IdentityStatement[] {
    return mode === "VPC" ? [serviceLinkedRoleStatement(NETWORK, scope)] : [];
}

/**
 * The network mode of a runtime, browser or code interpreter: nothing for the role; in `VPC`
 * mode, the network service-linked role for the deployer.
 * @param modes the network modes the resource takes
 * @internal
 */
export function networkMode(modes: readonly string[]): AgentCoreCapability<NetworkModeArgs> {
    return {
        grant: (args, context) => ({
            identity: [],
            keyPolicy: [],
            deployer: networkDeployer(checkedNetworkMode(args.networkMode, modes, context.subject), context),
        }),
    };
}

/**
 * A gateway's managed private endpoints: nothing for the role (AgentCore's gateway network
 * service-linked role makes the VPC Lattice resources); that role's creation for the deployer.
 * @internal
 */
export const managedPrivateEndpoints: AgentCoreCapability<ManagedPrivateEndpointsArgs> = {
    grant: (args, context) => ({
        identity: [],
        keyPolicy: [],
        deployer:
            optionalBoolean("managedPrivateEndpoints", args.managedPrivateEndpoints) === true
                ? [serviceLinkedRoleStatement(GATEWAY_NETWORK, context)]
                : [],
    }),
};
