// The pack's policies called as the policy framework calls them: a resource policy with one
// resource's type, name, inputs and the policy's configuration; a stack policy with the stack's
// resources, each with its URN and the resources each input was given from.
import type { PolicyResource, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";
import { agentIamPolicies } from "../../policypack/agentIamPolicies";

/** A resource as a test gives it: its type, name and inputs. */
export interface PackResource {
    type: string;
    name: string;
    props: Record<string, unknown>;
}

const urnOf = (r: { type: string; name: string }) => `urn:pulumi:dev::app::${r.type}::${r.name}`;

function policyNamed(name: string) {
    const policy = agentIamPolicies().find((p) => p.name === name);
    if (!policy) {
        throw new Error(`the pack has no policy ${name}`);
    }
    return policy;
}

/** What the pack's policy `name` reports on `resource`, given the configuration `config`. */
export function resourcePolicyReports(name: string, resource: PackResource, config = {}): string[] {
    const policy = policyNamed(name);
    if (!("validateResource" in policy)) {
        throw new Error(`${name} is a stack policy`);
    }
    const reported: string[] = [];
    const args = {
        ...resource,
        urn: urnOf(resource),
        getConfig: () => config,
    } as unknown as ResourceValidationArgs;
    const validations = Array.isArray(policy.validateResource)
        ? policy.validateResource
        : [policy.validateResource];
    validations.forEach((validate) => validate?.(args, (message) => reported.push(message)));
    return reported;
}

/** A stack's resource as a test gives it, with the names of the resources each input was given from. */
export interface PackStackResource extends PackResource {
    propertyDependencies?: Record<string, string[]>;
}

/** What the pack's stack policy `name` reports on the stack of `resources`: each message with the URN it names. */
export function stackPolicyReports(
    name: string,
    resources: PackStackResource[],
    config = {},
): { message: string; urn?: string }[] {
    const policy = policyNamed(name);
    if (!("validateStack" in policy)) {
        throw new Error(`${name} is a resource policy`);
    }
    const stack: PolicyResource[] = resources.map(
        (r) => ({ type: r.type, name: r.name, props: r.props, urn: urnOf(r) }) as unknown as PolicyResource,
    );
    resources.forEach((r, i) => {
        stack[i].propertyDependencies = Object.fromEntries(
            Object.entries(r.propertyDependencies ?? {}).map(([input, names]) => [
                input,
                names.map((n) => {
                    const from = stack.find((s) => s.name === n);
                    if (!from) {
                        throw new Error(`no resource ${n} in the stack`);
                    }
                    return from;
                }),
            ]),
        );
    });
    const reported: { message: string; urn?: string }[] = [];
    const args = { resources: stack, getConfig: () => config } as unknown as StackValidationArgs;
    void policy.validateStack(args, (message, urn) => reported.push({ message, urn }));
    return reported;
}
