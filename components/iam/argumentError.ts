import type * as pulumi from "@pulumi/pulumi";

/**
 * The error raised for input that cannot produce a correct grant. It always names the argument,
 * says what is wrong with it and shows a value of the right form, so that the fix is obvious
 * from the message alone. Pulumi reports it once, without a stack trace, against the component
 * when it is known: it carries the fields by which Pulumi recognises a `ResourceError` (in any
 * copy of the SDK), so the pure core needs no Pulumi at runtime.
 */
export class ArgumentError extends Error {
    /** The argument at fault, as a path into the args (for example `knowledgeBases[2]`). */
    public readonly argument: string;
    /** What is wrong with the given value. */
    public readonly problem: string;
    /** A value of the right form. */
    public readonly example: string;
    /** The component whose argument it is, when known: Pulumi reports the error against it. */
    public readonly resource: pulumi.Resource | undefined;
    /** The name of the component whose argument it is (`orders-agent`), when known. */
    public readonly component: string | undefined;
    /** Always true: the message is the fix, a stack trace would only hide it. */
    public readonly hideStack = true;
    /** How `pulumi.ResourceError.isInstance` recognises the error. @internal */
    public readonly __pulumResourceError = true;

    /**
     * @param argument path of the argument at fault, for example `actionGroups[0].apiSchema.key`
     * @param problem what is wrong with the given value
     * @param example a value of the right form
     * @param resource the component whose argument it is, when known
     * @param component the name of that component, which the message then starts with
     */
    constructor(
        argument: string,
        problem: string,
        example: string,
        resource?: pulumi.Resource,
        component?: string,
    ) {
        const message = `${component ? `${component}: ` : ""}${argument}: ${problem}. Example of a valid value: ${example}`;
        super(message);
        this.name = "ArgumentError";
        this.argument = argument;
        this.problem = problem;
        this.example = example;
        this.resource = resource;
        this.component = component;
        // Pulumi prefixes `error serializing property "x": ` to an error's message each time an
        // input that carries it is serialized, once per resource; the message is the fix, so it
        // stays as written.
        Object.defineProperty(this, "message", {
            get: () => message,
            set: () => undefined,
            enumerable: false,
            configurable: true,
        });
    }

    /** Whether `error` is an ArgumentError, also one raised by another copy of this package. */
    static isArgumentError(error: unknown): error is ArgumentError {
        return (
            error instanceof Error &&
            error.name === "ArgumentError" &&
            typeof (error as Partial<ArgumentError>).argument === "string"
        );
    }

    /**
     * The same error, about the component named `component`, and reported against it once it is
     * a resource.
     * @internal
     */
    of(component: string, resource?: pulumi.Resource): ArgumentError {
        return new ArgumentError(this.argument, this.problem, this.example, resource, component);
    }
}
