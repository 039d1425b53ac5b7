import { ArgumentError } from "./argumentError";

/** Where the agent lives: every ARN the component builds or accepts is checked against it. */
export interface AwsEnvironment {
    /** AWS partition: `aws`, `aws-us-gov`, `aws-cn` (or another partition AWS adds). */
    partition: string;
    /** Twelve-digit account id of the agent. */
    account: string;
    /** Region of the agent, for example `us-east-1`. */
    region: string;
}

/**
 * Stands for any partition, account or region: what is checked before the provider's environment
 * is known, where only the form of the args can be judged.
 */
export const ANY = "*";

/** An environment matching every partition, account and region. */
export const ANY_ENVIRONMENT: AwsEnvironment = { partition: ANY, account: ANY, region: ANY };

/** The values shown in examples for an environment not yet known. */
export const SAMPLE_ENVIRONMENT: AwsEnvironment = {
    partition: "aws",
    account: "123456789012",
    region: "us-east-1",
};

/** Whether `actual` is the `expected` partition, account or region, or `expected` is {@link ANY}. */
export function matchesEnvironment(expected: string, actual: string): boolean {
    return expected === ANY || expected === actual;
}

const PARTITION = /^aws(-[a-z]+)*$/;
const ACCOUNT = /^\d{12}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/**
 * Checks the partition, account and region, whether given explicitly or read from the provider.
 * @throws ArgumentError naming the field at fault
 */
export function validateEnvironment(env: AwsEnvironment): AwsEnvironment {
    if (env.partition !== ANY && !PARTITION.test(env.partition)) {
        throw new ArgumentError("partition", `"${env.partition}" is not an AWS partition`, "aws-us-gov");
    }
    if (env.account !== ANY && !ACCOUNT.test(env.account)) {
        throw new ArgumentError(
            "account",
            `"${env.account}" is not a twelve-digit account id`,
            "123456789012",
        );
    }
    if (env.region !== ANY && !REGION.test(env.region)) {
        throw new ArgumentError("region", `"${env.region}" is not an AWS region`, "us-east-1");
    }
    return env;
}

/**
 * The agent's environment: the explicit `account`, `region` and `partition` args where given,
 * otherwise the provider's. The role is created in the provider's account and partition, so an
 * explicit account or partition must equal the provider's; the region may differ, since IAM is
 * global and the agent may live in another region than the provider's.
 * @throws ArgumentError when an explicit value contradicts the provider or is malformed
 */
export function agentEnvironment(
    explicit: Partial<AwsEnvironment>,
    provider: AwsEnvironment,
): AwsEnvironment {
    for (const field of ["account", "partition"] as const) {
        const value = explicit[field];
        if (value !== undefined && !matchesEnvironment(provider[field], value)) {
            throw new ArgumentError(
                field,
                `"${value}" contradicts the provider's ${field} "${provider[field]}", where the role is created`,
                provider[field],
            );
        }
    }
    return validateEnvironment({
        partition: provider.partition === ANY ? (explicit.partition ?? ANY) : provider.partition,
        account: provider.account === ANY ? (explicit.account ?? ANY) : provider.account,
        region: explicit.region ?? provider.region,
    });
}
