/**
 * The error raised for input that cannot produce a correct grant. It always names the argument,
 * says what is wrong with it and shows a value of the right form, so that the fix is obvious
 * from the message alone.
 */
export class ArgumentError extends Error {
    /** The argument at fault, as a path into the args (for example `knowledgeBases[2]`). */
    public readonly argument: string;
    /** What is wrong with the given value. */
    public readonly problem: string;
    /** A value of the right form. */
    public readonly example: string;

    /**
     * @param argument path of the argument at fault, for example `actionGroups[0].apiSchema.key`
     * @param problem what is wrong with the given value
     * @param example a value of the right form
     */
    constructor(argument: string, problem: string, example: string) {
        super(`${argument}: ${problem}. Example of a valid value: ${example}`);
        this.name = "ArgumentError";
        this.argument = argument;
        this.problem = problem;
        this.example = example;
    }
}
