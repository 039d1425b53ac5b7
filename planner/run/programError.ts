// The error of a user's program itself, as the offline plan reports it (exit 1).
/** An error of the user's program itself, not of this package's arguments. */
export class ProgramError extends Error {
    constructor(
        readonly project: string,
        readonly cause: unknown,
    ) {
        super(`the program of ${project} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
        this.name = "ProgramError";
    }
}
