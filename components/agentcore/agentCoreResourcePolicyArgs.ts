// Attaching a runtime's or gateway's resource-based policy once the resource exists: AgentCore
// requires the exact ARN of the resource holding the policy in `Resource` ("Using "Resource": "*"
// is not supported", resource-based-policies page), which only the resource's creation gives.
import * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../iam/argumentError";
import {
    AttachableStatement,
    AttachedStatement,
    policyDocument,
    PolicyDocument,
    renderPolicy,
    statement,
} from "../iam/policyDocument";

/** Whatever holds a resource-based policy: an `AgentCoreRuntimeRole` or `AgentCoreGatewayRole` given `resourcePolicy`. */
export interface ResourcePolicySource {
    /** The policy's statements, as a JSON list; empty when no one else may call the resource. */
    resourcePolicy: pulumi.Output<string>;
    /** The runtime's name, as checked (a runtime's role). */
    runtimeName?: pulumi.Output<string>;
    /** The gateway's name, as checked (a gateway's role). */
    gatewayName?: pulumi.Output<string>;
}

/** What one resource-based policy is attached from. */
export interface ResourcePolicyInputs {
    /** The runtime's or the gateway's role component, given `resourcePolicy`. */
    role: ResourcePolicySource;
    /**
     * The ARN of the resource that holds the policy: the runtime's (`agentRuntimeArn`), one of its
     * endpoints' (`agentRuntimeEndpointArn`; attach the same policy to the runtime and to each
     * endpoint called), or the gateway's (`gatewayArn`).
     */
    resourceArn: pulumi.Input<string>;
}

/** Arguments for `aws.bedrock.AgentcoreResourcePolicy`. */
export interface AgentCoreResourcePolicyArgs {
    /** The resource that holds the policy. */
    resourceArn: pulumi.Input<string>;
    /** The policy, as JSON. */
    policy: pulumi.Output<string>;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The ARNs a policy of the resource named may be attached to: its own ids, and a runtime's endpoints. */
function attachableArn(resource: "runtime" | "gateway", name: string): RegExp {
    const ids = `${escaped(resource === "gateway" ? name.toLowerCase() : name)}-[a-zA-Z0-9]{10}`;
    // The Service Authorization Reference writes an endpoint as runtime-endpoint/<name>; the
    // resource-based-policies page's comment writes endpoint/<name>: either is what AWS returned.
    const endpoint = resource === "runtime" ? "(/(runtime-)?endpoint/[a-zA-Z][a-zA-Z0-9_]{0,47})?" : "";
    return new RegExp(`^arn:aws[a-z-]*:bedrock-agentcore:[a-z0-9-]+:\\d{12}:${resource}/${ids}${endpoint}$`);
}

/**
 * A resource-based policy's statements attached to the resource that holds it: `Resource` is its ARN.
 * @param statements the role component's `resourcePolicy`
 * @param resource the kind of resource the policy is for, and its name, as the role checked it
 * @throws ArgumentError when the ARN is not of that resource (another runtime's, another
 *   gateway's, not an AgentCore ARN) or there are no statements
 * @internal
 */
export function attachedResourcePolicy(
    statements: AttachableStatement[],
    resource: { kind: "runtime" | "gateway"; name: string },
    resourceArn: string,
): PolicyDocument<AttachedStatement> {
    if (statements.length === 0) {
        throw new ArgumentError(
            "role",
            "has an empty resourcePolicy: give its role component resourcePolicy",
            '{ principals: ["arn:aws:iam::210987654321:role/support-app"] }',
        );
    }
    if (!attachableArn(resource.kind, resource.name).test(resourceArn)) {
        throw new ArgumentError(
            "resourceArn",
            `"${resourceArn}" is not the ARN of a ${resource.kind} named ${resource.name}${resource.kind === "runtime" ? " or of one of its endpoints" : ""}, whose role wrote the policy`,
            `arn:aws:bedrock-agentcore:us-east-1:123456789012:${resource.kind}/${resource.name}-AbCdE12345`,
        );
    }
    return policyDocument(
        statements.map((s) => statement<AttachedStatement>({ ...s, Resource: [resourceArn] })),
    );
}

/**
 * Arguments for an `aws.bedrock.AgentcoreResourcePolicy` holding a runtime's or gateway's
 * resource-based policy (its role component's `resourcePolicy`), with the resource's ARN in
 * `Resource`: `new aws.bedrock.AgentcoreResourcePolicy("runtime-policy",
 * agentCoreResourcePolicyArgs({ role, resourceArn: runtime.agentRuntimeArn }))`, and the same for
 * each endpoint called. An ARN of another resource, or an empty policy, is refused when it resolves.
 */
export function agentCoreResourcePolicyArgs(inputs: ResourcePolicyInputs): AgentCoreResourcePolicyArgs {
    const { role } = inputs;
    const kind = role.runtimeName ? "runtime" : "gateway";
    const name = role.runtimeName ?? role.gatewayName;
    if (!name) {
        throw new ArgumentError(
            "role",
            "is neither a runtime's nor a gateway's role: only their resources take a resource-based policy",
            "role: runtimeRole",
        );
    }
    return {
        resourceArn: inputs.resourceArn,
        policy: pulumi
            .all([role.resourcePolicy, name, inputs.resourceArn])
            .apply(([statements, resourceName, arn]) =>
                renderPolicy(
                    attachedResourcePolicy(
                        statements === "" ? [] : (JSON.parse(statements) as AttachableStatement[]),
                        { kind, name: resourceName },
                        arn,
                    ),
                ),
            ),
    };
}
