import { ArgumentError } from "./argumentError";

/**
 * How a value the program or the stack marks secret is shown wherever the package writes text
 * (warnings, errors, the offline plan), as `pulumi preview` shows it.
 * @internal
 */
export const SECRET = "[secret]";

/**
 * `value` with every occurrence of each secret, in every string and key, shown as `[secret]`:
 * an ARN built from a secret name keeps what is not secret and hides the name.
 * @internal
 */
export function redactSecrets<T>(value: T, secrets: readonly string[]): T {
    // Longest first, so that a secret holding another is hidden whole.
    const ordered = [...new Set(secrets)]
        .filter((secret) => secret !== "")
        .sort((a, b) => b.length - a.length);
    if (ordered.length === 0) {
        return value;
    }
    const redactText = (text: string) =>
        ordered.reduce((hidden, secret) => hidden.split(secret).join(SECRET), text);
    const redact = (item: unknown): unknown => {
        if (typeof item === "string") return redactText(item);
        if (Array.isArray(item)) return item.map(redact);
        if (typeof item === "object" && item !== null) {
            return Object.fromEntries(
                Object.entries(item).map(([key, field]) => [redactText(key), redact(field)]),
            );
        }
        return item;
    };
    return redact(value) as T;
}

/**
 * The error with every secret in its problem and example shown as `[secret]`; any other error as
 * it is (its message is the program's, not built from the args).
 * @internal
 */
export function redactedError(error: unknown, secrets: readonly string[]): unknown {
    if (!ArgumentError.isArgumentError(error) || secrets.length === 0) {
        return error;
    }
    return new ArgumentError(
        error.argument,
        redactSecrets(error.problem, secrets),
        redactSecrets(error.example, secrets),
        error.resource,
        error.component,
    );
}
