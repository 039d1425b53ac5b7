import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import type { BedrockAgentRole } from "../../components/agents/bedrockAgentRole";
import { drainRegistrations, RecordedResource, settle } from "./pulumiMocks";

/** What every role component exposes that these helpers read. */
export type RoleComponent = Pick<BedrockAgentRole, "role" | "roleArn" | "identityPolicy">;

/** Resource types the component registers. */
export const ROLE = "aws:iam/role:Role";
export const ROLE_POLICY = "aws:iam/rolePolicy:RolePolicy";
export const PERMISSION = "aws:lambda/permission:Permission";

/** Waits until the component's role and policies are registered on the mocks. */
export async function deployed(component: RoleComponent): Promise<void> {
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

/** A resource type's registration, held back until released: how a test orders registrations. */
export interface HeldRegistration {
    /** The mocks' hook: holds back registrations of the type until `release`. */
    hold(args: pulumi.runtime.MockResourceArgs): Promise<void>;
    /** Lets the held registrations complete. */
    release(): void;
    /** Whether `release` was called. */
    released(): boolean;
}

/** Holds back every registration of `type` until released. */
export function heldRegistration(type: string): HeldRegistration {
    let release: () => void = () => undefined;
    let released = false;
    const gate = new Promise<void>((resolve) => (release = resolve));
    return {
        hold: (args) => (args.type === type ? gate : Promise.resolve()),
        release: () => {
            released = true;
            release();
        },
        released: () => released,
    };
}

/**
 * Proves that `roleArn` resolves only after the held registration completes: the role itself is
 * registered first, then the hold is released, and roleArn must not have resolved before.
 */
export async function expectRoleArnAfter(component: RoleComponent, held: HeldRegistration): Promise<void> {
    const resolvedAfterRelease = component.roleArn.apply(() => held.released());
    await settle(component.role.arn);
    held.release();
    expect((await settle(resolvedAfterRelease)).value, "roleArn resolved before the held policy").to.equal(
        true,
    );
}
