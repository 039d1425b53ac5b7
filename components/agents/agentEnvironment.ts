import { ArgumentError } from "../iam/argumentError";
import { optionalString } from "../iam/argumentTypes";
import {
    ArnScope,
    AwsEnvironment,
    checkEnvironmentField,
    ENVIRONMENT_FIELDS,
    environmentExample,
} from "../iam/awsEnvironment";

/**
 * The explicit `account`, `region` and `partition` args, each a string when given.
 * @throws ArgumentError naming a field of another type
 * @internal
 */
export function environmentArgs(args: {
    account?: unknown;
    region?: unknown;
    partition?: unknown;
}): Partial<AwsEnvironment> {
    const given: Partial<AwsEnvironment> = {};
    for (const field of ["account", "region", "partition"] as const) {
        const value = optionalString(field, args[field], environmentExample(field));
        if (value !== undefined) {
            given[field] = value;
        }
    }
    return given;
}

/**
 * The agent's environment: the explicit `account`, `region` and `partition` args where given,
 * otherwise the provider's. The role is created in the provider's account and partition, so an
 * explicit account or partition must equal the provider's; the region may differ, since IAM is
 * global and the agent may live in another region than the provider's.
 * @param provider the provider's environment
 * @throws ArgumentError when an explicit value contradicts the provider or is malformed
 * @internal
 */
export function agentEnvironment(explicit: Partial<AwsEnvironment>, provider: AwsEnvironment): ArnScope {
    const environment = { ...provider };
    for (const field of ENVIRONMENT_FIELDS) {
        const given = explicit[field];
        if (given !== undefined) {
            checkEnvironmentField(field, given);
        }
        if (field !== "region" && given !== undefined && given !== provider[field]) {
            throw new ArgumentError(
                field,
                `"${given}" contradicts the provider's ${field} "${provider[field]}", where the role is created`,
                provider[field],
            );
        }
        environment[field] = checkEnvironmentField(field, given ?? provider[field]);
    }
    return { environment };
}
