import * as pulumi from "@pulumi/pulumi";
import { expect } from "chai";
import { ArgumentError } from "../../components/iam/argumentError";
import { settle } from "./pulumiMocks";

/** Runs `action`, expecting it to throw an ArgumentError, and returns that error. */
export function argumentErrorFrom(action: () => unknown): ArgumentError {
    try {
        action();
    } catch (error) {
        expect(error).to.be.instanceOf(ArgumentError);
        return error as ArgumentError;
    }
    throw new Error("expected an ArgumentError");
}

/** The runtime's chain of outstanding resource RPCs: not in the typings, but stable since 3.0. */
function outstandingRpcs(): Promise<unknown> {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const state = require("@pulumi/pulumi/runtime/state") as {
        getStore(): { settings: { rpcDone: Promise<unknown> } };
    };
    return state.getStore().settings.rpcDone;
}

/**
 * Runs `declare` and returns, with what it returns, a promise of every resource registration the
 * components it constructs started before registering their outputs: each has reached the mocks
 * or failed. (Waiting for all RPCs would never end after a failure: a component's outputs wait
 * for children that will never register.)
 */
export function withRegistrations<T>(declare: () => T): { value: T; registrations: Promise<unknown> } {
    const started: Promise<unknown>[] = [];
    const prototype = pulumi.ComponentResource.prototype as unknown as {
        registerOutputs(outputs?: unknown): void;
    };
    const registerOutputs = prototype.registerOutputs;
    prototype.registerOutputs = function (this: unknown, outputs?: unknown) {
        started.push(outstandingRpcs());
        return registerOutputs.call(this, outputs);
    };
    try {
        return { value: declare(), registrations: Promise.all(started) };
    } finally {
        prototype.registerOutputs = registerOutputs;
    }
}

/**
 * The ArgumentError a component reports, whether it throws as it is constructed (what names its
 * resources) or through its plan (everything else), once every registration it started has
 * reached the mocks or failed; fails the test when it plans.
 * @param declare constructs the component and returns an output that waits for its whole plan
 */
export async function reportedArgumentError(declare: () => pulumi.Output<unknown>): Promise<ArgumentError> {
    let failure: unknown;
    try {
        const { value, registrations } = withRegistrations(declare);
        await settle(value).finally(() => registrations);
    } catch (error) {
        failure = error;
    }
    expect(
        ArgumentError.isArgumentError(failure),
        `expected an ArgumentError, got ${String(failure)}`,
    ).to.equal(true);
    return failure as ArgumentError;
}
