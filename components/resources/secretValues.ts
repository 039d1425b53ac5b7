import * as pulumi from "@pulumi/pulumi";
import { isPlainContainer } from "../grants/grant";
import { redactSecrets } from "../iam/secrets";

/** Every string in a value, at any depth. */
function stringsIn(value: unknown): string[] {
    if (typeof value === "string") {
        return [value];
    }
    if (Array.isArray(value) || isPlainContainer(value)) {
        return Object.values(value as object).flatMap(stringsIn);
    }
    return [];
}

/**
 * Every string the program marks secret in a component's args (the values of its secret Outputs):
 * what the component's warnings and errors show as `[secret]`, since Pulumi hides secrets only in
 * outputs, never in what is logged.
 * @internal
 */
export function secretStrings(args: unknown): pulumi.Output<string[]> {
    const found: pulumi.Output<unknown>[] = [];
    const visit = (value: unknown): void => {
        if (pulumi.Output.isInstance(value)) {
            found.push(value);
        } else if (Array.isArray(value) || isPlainContainer(value)) {
            Object.values(value as object).forEach(visit);
        }
    };
    visit(args);
    // Each Output's secrecy is asked once every value is known; the list's own secrecy is dropped.
    return pulumi.unsecret(
        pulumi.all(found).apply(async (values) => {
            const secret = await Promise.all(found.map((output) => pulumi.isSecret(output)));
            return values.flatMap((value, index) => (secret[index] ? stringsIn(value) : []));
        }),
    );
}

/**
 * The plan with every secret of its args shown as `[secret]` in its warnings, which the component
 * logs and the offline plan shows.
 * @internal
 */
export function withHiddenSecrets<Plan extends { warnings: string[] }>(plan: Plan, secrets: string[]): Plan {
    return { ...plan, warnings: plan.warnings.map((warning) => redactSecrets(warning, secrets)) };
}
