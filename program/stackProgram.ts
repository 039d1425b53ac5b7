import * as pulumi from "@pulumi/pulumi";
import { AGENTCORE_KINDS } from "../components/agentcore/agentCoreKinds";
import { AGENTCORE_ROLES } from "../components/agentcore/agentCoreRoles";
import { BedrockAgentRole } from "../components/agents/bedrockAgentRole";
import type { ArgumentError } from "../components/iam/argumentError";
import { ARGUMENT_ERROR_FOR } from "../components/resources/roleComponent";
import { inConfigTerms } from "./configTerms";
import { roleFromConfig } from "./stackConfig";
import { agentCoreOutputs, agentOutputs } from "./stackOutputs";

/** What the stack program declares: the component, and what the stack exports of it. */
export interface StackProgram {
    component: pulumi.ComponentResource;
    outputs: Record<string, pulumi.Output<unknown>>;
}

type RoleClass = new (name: string, args: never) => pulumi.ComponentResource;

/** The component's class whose errors name the stack's config keys, which set its args. */
function configured(Component: RoleClass, project: string): RoleClass {
    return class extends Component {
        [ARGUMENT_ERROR_FOR](error: ArgumentError): ArgumentError {
            return inConfigTerms(error, project) as ArgumentError;
        }
    };
}

/**
 * The stack program: reads the stack's config, checks it, and declares the one role component it
 * describes (a `BedrockAgentRole` unless `roleKind` names an AgentCore kind). `pulumi up` runs it
 * through `program/index.ts`; the offline plan runs the very same function on mocks.
 */
export function stackProgram(): StackProgram {
    const project = pulumi.getProject();
    const prefix = `${project}:`;
    const presentKeys = Object.keys(pulumi.runtime.allConfig())
        .filter((key) => key.startsWith(prefix))
        .map((key) => key.slice(prefix.length));
    const role = roleFromConfig(new pulumi.Config(), project, presentKeys);
    const Component = configured(
        (role.kind === "agent" ? BedrockAgentRole : AGENTCORE_ROLES[role.kind]) as RoleClass,
        project,
    );
    let component: pulumi.ComponentResource;
    try {
        component = new Component(role.name, role.args as never);
    } catch (error) {
        throw inConfigTerms(error, project);
    }
    return {
        component,
        outputs:
            role.kind === "agent"
                ? agentOutputs(component as BedrockAgentRole)
                : agentCoreOutputs(AGENTCORE_KINDS[role.kind] as never, component),
    };
}
