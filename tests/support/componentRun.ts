import * as pulumi from "@pulumi/pulumi";
import type { BedrockAgentRole } from "../../components/agents/bedrockAgentRole";
import { drainRegistrations, RecordedResource, settle } from "./pulumiMocks";

/** Resource types the component registers. */
export const ROLE = "aws:iam/role:Role";
export const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
export const PERMISSION = "aws:lambda/permission:Permission";

/** Waits until the component's role and policies are registered on the mocks. */
export async function deployed(component: BedrockAgentRole): Promise<void> {
    await settle(component.roleArn);
    await settle(component.identityPolicy);
    await drainRegistrations();
}

/** The recorded resources of one type. */
export const ofType = (recorded: RecordedResource[], type: string): RecordedResource[] =>
    recorded.filter((r) => r.type === type);

/** Runs `action` with pulumi.log.warn recording what the component logs. */
export async function loggedWarnings(action: () => Promise<void>): Promise<string[]> {
    const warnings: string[] = [];
    const warn = pulumi.log.warn;
    pulumi.log.warn = (message: string) => {
        warnings.push(message);
        return Promise.resolve();
    };
    try {
        await action();
    } finally {
        pulumi.log.warn = warn;
    }
    return warnings;
}
