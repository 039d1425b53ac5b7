import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../../iam/argumentError";
import { optionalString } from "../../iam/argumentTypes";
import { arnFor, ArnRule, checkArn } from "../../iam/arn";
import type { ArnScope } from "../../iam/awsEnvironment";
import { statement } from "../../iam/policyDocument";
import { s3ObjectArn, S3ObjectArgs } from "../../grants/s3Objects";
import type { AgentCoreCapability } from "./agentCoreCapability";

/** What the runtime runs: a container image from ECR, or a code artifact in S3. */
export interface RuntimeArtifactArgs {
    /**
     * The ECR repository of the runtime's container image, as its name (`support-agent`), ARN, or
     * an image URI of it (`123456789012.dkr.ecr.us-east-1.amazonaws.com/support-agent:1.4`). The
     * role may pull images of this repository only. Give this or `codeArtifact`.
     */
    containerRepository?: pulumi.Input<string>;
    /** The runtime's code artifact (a zip) in S3: the role may read this object only. Give this or `containerRepository`. */
    codeArtifact?: pulumi.Input<S3ObjectArgs>;
}

/** An ECR repository, by the naming rules of CreateRepository. @internal */
export const ECR_REPOSITORY: ArnRule = {
    service: "ecr",
    resourcePrefix: "repository/",
    resource: /^(?=.{2,256}$)(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,
    scope: "regional",
    exampleResource: "support-agent",
};

/** An image URI of a private ECR repository: account, region, repository, and a tag or digest. */
const IMAGE_URI =
    /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@]+)(?::[\w][\w.-]{0,127}|@sha256:[a-f0-9]{64})?$/;

/** The ARN of the repository named by a name, an ARN or an image URI, in the scope. */
function repositoryArn(value: string, scope: ArnScope): string {
    const argument = "containerRepository";
    const example = `${ECR_REPOSITORY.exampleResource}, ${arnFor(ECR_REPOSITORY, scope, ECR_REPOSITORY.exampleResource)} or ${scope.environment.account}.dkr.ecr.${scope.environment.region}.amazonaws.com/${ECR_REPOSITORY.exampleResource}:1.0`;
    const uri = IMAGE_URI.exec(value);
    const arn = uri
        ? `arn:${scope.environment.partition}:ecr:${uri[2]}:${uri[1]}:repository/${uri[3]}`
        : value.startsWith("arn:")
          ? value
          : undefined;
    if (arn !== undefined) {
        return arnFor(ECR_REPOSITORY, scope, checkArn(argument, arn, ECR_REPOSITORY, scope));
    }
    if (!ECR_REPOSITORY.resource.test(value)) {
        throw new ArgumentError(
            argument,
            `"${value}" is neither a repository name, an ARN nor an image URI of one`,
            example,
        );
    }
    return arnFor(ECR_REPOSITORY, scope, value);
}

/**
 * The runtime's artifact: pulling its image (`ecr:BatchGetImage`, `ecr:GetDownloadUrlForLayer` on
 * the repository, and `ecr:GetAuthorizationToken`, which IAM authorizes against `*` only) or
 * reading its code object (`s3:GetObject`, in a bucket of the account). CreateAgentRuntime checks
 * the image pull, so the role must have these before the runtime is created.
 * @internal
 */
export const runtimeArtifact: AgentCoreCapability<RuntimeArtifactArgs> = {
    grant(args, context) {
        const repository = optionalString(
            "containerRepository",
            args.containerRepository,
            ECR_REPOSITORY.exampleResource,
        );
        if ((repository === undefined) === (args.codeArtifact === undefined)) {
            throw new ArgumentError(
                repository === undefined ? "containerRepository" : "codeArtifact",
                "a runtime runs either a container image or a code artifact: give exactly one of containerRepository and codeArtifact",
                `containerRepository: "${ECR_REPOSITORY.exampleResource}"`,
            );
        }
        if (repository !== undefined) {
            return {
                identity: [
                    statement({
                        Sid: "PullRuntimeImage",
                        Effect: "Allow",
                        Action: ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
                        Resource: [repositoryArn(repository, context)],
                    }),
                    statement({
                        Sid: "GetEcrAuthorizationToken",
                        Effect: "Allow",
                        Action: ["ecr:GetAuthorizationToken"],
                        Resource: ["*"],
                    }),
                ],
                keyPolicy: [],
            };
        }
        return {
            identity: [
                statement({
                    Sid: "ReadRuntimeCode",
                    Effect: "Allow",
                    Action: ["s3:GetObject"],
                    Resource: [s3ObjectArn("codeArtifact", args.codeArtifact, context)],
                    Condition: { StringEquals: { "aws:ResourceAccount": [context.environment.account] } },
                }),
            ],
            keyPolicy: [],
        };
    },
};
