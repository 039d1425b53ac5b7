import { ArgumentError } from "./argumentError";

/** Where the agent lives: every ARN the package builds or accepts is checked against it. */
export interface AwsEnvironment {
    /** AWS partition: `aws`, `aws-us-gov`, `aws-cn` (or another partition AWS adds). */
    partition: string;
    /** Twelve-digit account id of the agent. */
    account: string;
    /** Region of the agent, for example `us-east-1`. */
    region: string;
}

/** One of the three fields of an {@link AwsEnvironment}. */
export type EnvironmentField = keyof AwsEnvironment;

/** Where ARNs are written and checked: the agent's environment, every field known. @internal */
export interface ArnScope {
    /** The environment. */
    environment: AwsEnvironment;
}

/** The fields of an environment, in the order they are checked. @internal */
export const ENVIRONMENT_FIELDS: EnvironmentField[] = ["partition", "account", "region"];

const RULES: Record<EnvironmentField, { pattern: RegExp; problem: string; example: string }> = {
    partition: {
        pattern: /^aws(-[a-z]{2,8}){0,2}$/,
        problem: "is not an AWS partition",
        example: "aws-us-gov",
    },
    account: { pattern: /^\d{12}$/, problem: "is not a twelve-digit account id", example: "123456789012" },
    // Two to four letters, then words and a number: us-east-1, us-isof-south-1, eusc-de-east-1.
    region: {
        pattern: /^[a-z]{2,4}(-[a-z]{2,10}){1,3}-\d{1,2}$/,
        problem: "is not an AWS region",
        example: "us-east-1",
    },
};

/**
 * The partition of a region, from its prefix
 * (https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/partitions.html).
 * @internal
 */
export function partitionOfRegion(region: string): string {
    const prefixes: [RegExp, string][] = [
        [/^us-gov-/, "aws-us-gov"],
        [/^cn-/, "aws-cn"],
        [/^eusc-/, "aws-eusc"],
        [/^us-isob-/, "aws-iso-b"],
        [/^eu-isoe-/, "aws-iso-e"],
        [/^us-isof-/, "aws-iso-f"],
        [/^us-iso-/, "aws-iso"],
    ];
    return prefixes.find(([prefix]) => prefix.test(region))?.[1] ?? "aws";
}

/**
 * The DNS suffix of a partition's service endpoints, as the AWS SDKs' partition data gives it
 * (botocore's `endpoints.json`, `dnsSuffix`); `undefined` for a partition it does not list.
 * @internal
 */
export function dnsSuffixOf(partition: string): string | undefined {
    const suffixes: Record<string, string> = {
        aws: "amazonaws.com",
        "aws-us-gov": "amazonaws.com",
        "aws-cn": "amazonaws.com.cn",
        "aws-eusc": "amazonaws.eu",
        "aws-iso": "c2s.ic.gov",
        "aws-iso-b": "sc2s.sgov.gov",
        "aws-iso-e": "cloud.adc-e.uk",
        "aws-iso-f": "csp.hci.ic.gov",
    };
    return Object.hasOwn(suffixes, partition) ? suffixes[partition] : undefined;
}

/** Whether `text` is a region's name, as an environment accepts it. @internal */
export function isRegion(text: string): boolean {
    return RULES.region.pattern.test(text);
}

/** A valid value of an environment field, for errors. @internal */
export const environmentExample = (field: EnvironmentField): string => RULES[field].example;

/**
 * Checks a partition, account or region, whether given explicitly or read from the provider.
 * @throws ArgumentError naming the field
 */
export function checkEnvironmentField(field: EnvironmentField, value: string): string {
    const rule = RULES[field];
    if (!rule.pattern.test(value)) {
        throw new ArgumentError(field, `"${value}" ${rule.problem}`, rule.example);
    }
    return value;
}
