import type * as pulumi from "@pulumi/pulumi";
import { ArgumentError } from "../../iam/argumentError";
import { optionalString } from "../../iam/argumentTypes";
import { IdentityStatement, statement } from "../../iam/policyDocument";
import { s3ObjectArn, S3ObjectArgs, s3ObjectsStatement } from "../../grants/s3Objects";
import type { AgentCoreCapability } from "./agentCoreCapability";
import { ContainerImage, containerImage, ECR_REPOSITORY } from "./containerImages";

/** What the runtime runs: a container image from ECR, or a code artifact in S3. */
export interface RuntimeArtifactArgs {
    /**
     * The ECR repository of the runtime's container image, as its name (`support-agent`), ARN, or
     * an image URI of it (`123456789012.dkr.ecr.us-east-1.amazonaws.com/support-agent:1.4`, a tag,
     * a digest or both), or an ECR Public image (`public.ecr.aws/<alias>/<repository>:<tag>`). The
     * role may pull images of this repository only. Give this or `codeArtifact`.
     */
    containerRepository?: pulumi.Input<string>;
    /** The runtime's code artifact (a zip) in S3: the role may read this object only. Give this or `containerRepository`. */
    codeArtifact?: pulumi.Input<S3ObjectArgs>;
}

/** Pulling the image: from its private repository, or, for ECR Public, with a public-registry token. @internal */
export function imageStatements(image: ContainerImage): IdentityStatement[] {
    if (image.registry === "public") {
        // ECR Public authenticates pulls with a bearer token; both actions take only "*" (Amazon ECR
        // Public User Guide, "Registry authentication": ecr-public:GetAuthorizationToken and
        // sts:GetServiceBearerToken).
        return [
            statement({
                Sid: "GetEcrPublicAuthorizationToken",
                Effect: "Allow",
                Action: ["ecr-public:GetAuthorizationToken", "sts:GetServiceBearerToken"],
                Resource: ["*"],
            }),
        ];
    }
    return [
        statement({
            Sid: "PullRuntimeImage",
            Effect: "Allow",
            Action: ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
            Resource: [image.repositoryArn],
        }),
        ecrTokenStatement(),
    ];
}

/** A private registry's token, which IAM authorizes against `*` only. @internal */
export function ecrTokenStatement(): IdentityStatement {
    return statement({
        Sid: "GetEcrAuthorizationToken",
        Effect: "Allow",
        Action: ["ecr:GetAuthorizationToken"],
        Resource: ["*"],
    });
}

/**
 * The runtime's artifact: pulling its image (`ecr:BatchGetImage`, `ecr:GetDownloadUrlForLayer` on
 * the repository, and `ecr:GetAuthorizationToken`, which IAM authorizes against `*` only; for an
 * ECR Public image, its registry's token only) or reading its code object (`s3:GetObject`, in a bucket of the account). CreateAgentRuntime checks
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
                identity: imageStatements(containerImage("containerRepository", repository, context)),
                keyPolicy: [],
            };
        }
        const code = s3ObjectArn("codeArtifact", args.codeArtifact, context);
        return {
            identity: [s3ObjectsStatement("ReadRuntimeCode", ["s3:GetObject"], [code], context)],
            keyPolicy: [],
        };
    },
};
