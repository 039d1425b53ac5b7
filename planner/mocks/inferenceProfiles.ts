// What the offline plan's mocked AWS answers to GetInferenceProfile, where no AWS can be asked: a
// system profile's models from the package's table of geographies, and an application profile
// created in the same program from the model or profile it copies.
import { ArgumentError } from "../../components/iam/argumentError";
import type { AwsEnvironment } from "../../components/iam/awsEnvironment";
import { tableProfileModels } from "../../components/grants/profileDestinations";

/** A provider's failure, as the engine hands it to the SDK: the message in gRPC details. */
export function providerFailure(message: string): Error {
    return Object.assign(new Error(message), { details: message });
}

/**
 * The models of a profile, as the mocked AWS answers them.
 * @param identifier the profile's id or ARN, as asked
 * @param copies the application profiles the program created, by ARN: what each copies
 * @throws a provider failure when the table cannot tell, with the reason
 */
export function tableProfileAnswer(
    identifier: string,
    env: AwsEnvironment,
    copies: ReadonlyMap<string, string>,
): string[] {
    const copied = copies.get(identifier);
    if (copied !== undefined && !copied.includes(":inference-profile/")) {
        return [copied];
    }
    try {
        return tableProfileModels(copied ?? identifier, { environment: env });
    } catch (error) {
        const reason = ArgumentError.isArgumentError(error) ? error.problem : String(error);
        throw providerFailure(
            `ResourceNotFoundException: the offline plan's mocked AWS answers inference profiles from the package's table, which cannot tell ${identifier}: ${reason}`,
        );
    }
}
