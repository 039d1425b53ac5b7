// What a runtime's image reference names: a repository of a private ECR registry (by name, ARN or
// image URI) or an image of ECR Public. Image URIs: `<account>.dkr.ecr[-fips].<region>.<dns suffix>/
// <repository>[:tag][@sha256:<digest>]` (Amazon ECR User Guide, "Amazon ECR private registry":
// registry URL; "Pulling an image") and `public.ecr.aws/<alias>/<repository>[:tag][@digest]`
// (Amazon ECR Public User Guide, "Public repositories").
import { ArgumentError } from "../../iam/argumentError";
import { arnFor, ArnRule, checkArn } from "../../iam/arn";
import { ArnScope, dnsSuffixOf } from "../../iam/awsEnvironment";

/** An ECR repository, by the naming rules of CreateRepository. @internal */
export const ECR_REPOSITORY: ArnRule = {
    service: "ecr",
    resourcePrefix: "repository/",
    resource: /^(?=.{2,256}$)(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,
    scope: "regional",
    exampleResource: "support-agent",
};

/** What a runtime's image comes from: a private repository of the account, or ECR Public. @internal */
export type ContainerImage = { registry: "private"; repositoryArn: string } | { registry: "public" };

/** A tag, a digest, or both (`:1.4@sha256:…`), or neither, after the repository. */
const REFERENCE = "(?::[\\w][\\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?";

/**
 * The image a runtime's `containerRepository` names: a private repository of the account and
 * region (the registry's domain checked against the partition), or an image of ECR Public (in the
 * `aws` partition only, where ECR Public is offered).
 * @throws ArgumentError naming `argument`, with the forms it takes as the example
 * @internal
 */
export function containerImage(argument: string, value: string, scope: ArnScope): ContainerImage {
    const { partition, account, region } = scope.environment;
    const suffix = dnsSuffixOf(partition);
    const example = `${ECR_REPOSITORY.exampleResource}, ${arnFor(ECR_REPOSITORY, scope, ECR_REPOSITORY.exampleResource)} or ${account}.dkr.ecr.${region}.${suffix ?? "amazonaws.com"}/${ECR_REPOSITORY.exampleResource}:1.0`;
    if (new RegExp(`^public\\.ecr\\.aws/[a-z0-9][a-z0-9_-]{1,49}/[^:@]+${REFERENCE}$`).test(value)) {
        if (partition !== "aws") {
            throw new ArgumentError(
                argument,
                `"${value}" is an ECR Public image, which AWS offers only in the aws partition, not in ${partition}`,
                example,
            );
        }
        return { registry: "public" };
    }
    const uri = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.([a-z0-9.-]+)\/([^:@]+)((?::|@).*)?$/.exec(
        value,
    );
    if (uri) {
        const [, owner, uriRegion, domain, repository, reference = ""] = uri;
        if (suffix === undefined || domain !== suffix) {
            throw new ArgumentError(
                argument,
                suffix === undefined
                    ? `"${value}" is an image URI, whose registry domain cannot be checked for partition ${partition}; give the repository by name or ARN`
                    : `"${value}" is in a registry of domain ${domain}, but the ${partition} partition's registries are under ${suffix}`,
                example,
            );
        }
        if (!new RegExp(`^${REFERENCE}$`).test(reference)) {
            throw new ArgumentError(
                argument,
                `"${value}" has neither a valid tag nor a valid digest`,
                example,
            );
        }
        const arn = `arn:${partition}:ecr:${uriRegion}:${owner}:repository/${repository}`;
        return {
            registry: "private",
            repositoryArn: arnFor(ECR_REPOSITORY, scope, checkArn(argument, arn, ECR_REPOSITORY, scope)),
        };
    }
    if (value.startsWith("arn:")) {
        return {
            registry: "private",
            repositoryArn: arnFor(ECR_REPOSITORY, scope, checkArn(argument, value, ECR_REPOSITORY, scope)),
        };
    }
    if (!ECR_REPOSITORY.resource.test(value)) {
        throw new ArgumentError(
            argument,
            `"${value}" is neither a repository name, an ARN nor an image URI of one`,
            example,
        );
    }
    return { registry: "private", repositoryArn: arnFor(ECR_REPOSITORY, scope, value) };
}
