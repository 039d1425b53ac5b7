/** How the offline plan shows a value the program or the stack marks secret, as `pulumi preview` does. */
export const SECRET = "[secret]";

/**
 * `value` with every occurrence of each secret, in every string and key, shown as `[secret]`:
 * an ARN built from a secret name keeps what is not secret and hides the name.
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
