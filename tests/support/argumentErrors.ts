import { expect } from "chai";
import { ArgumentError } from "../../components/iam/argumentError";

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
