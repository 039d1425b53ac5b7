// Where a harness's container comes from (AgentCore's harness-security page, "Amazon ECR
// permissions"): on the public network, AgentCore's managed image from ECR Public; in a VPC, the
// same image from AWS's private repository `harness-<region>` of the harness's Region; with a custom
// container (`environmentArtifact.containerConfiguration.containerUri`), that image.
import type * as pulumi from "@pulumi/pulumi";
import { optionalString } from "../../iam/argumentTypes";
import { statement } from "../../iam/policyDocument";
import type { AgentCoreCapability } from "./agentCoreCapability";
import { containerImage, ECR_REPOSITORY } from "./containerImages";
import { checkedNetworkMode, networkDeployer } from "./networkMode";
import { ecrTokenStatement, imageStatements } from "./runtimeArtifact";

/** The harness's network and container. */
export interface HarnessEnvironmentArgs {
    /**
     * The harness's network mode, as `environments[0].agentcoreRuntimeEnvironment.networkConfiguration.networkMode`
     * gives it: `PUBLIC` (the default), where AgentCore pulls its managed container from ECR Public
     * with the role's token; or `VPC`, where it pulls it from AWS's repository `harness-<region>`,
     * and the deployer may create AgentCore's network service-linked role
     * (`AWSServiceRoleForBedrockAgentCoreNetwork`).
     */
    networkMode?: pulumi.Input<string>;
    /**
     * The harness's custom container image (`environmentArtifact.containerConfiguration.containerUri`),
     * as a repository name, ARN or image URI of the account, or an ECR Public image: the role pulls
     * this image instead of AgentCore's managed one.
     */
    containerRepository?: pulumi.Input<string>;
}

const NETWORK_MODES = ["PUBLIC", "VPC"];

/**
 * The harness's container: its custom image when given (pulled as a runtime pulls its own);
 * otherwise AgentCore's managed image, from ECR Public (`ecr-public:GetAuthorizationToken` and
 * `sts:GetServiceBearerToken`, on `*` only) on the public network, or, in a VPC, from the
 * repository `harness-<region>` of an AWS account the page does not name (hence `*` for the
 * account), with `ecr:GetAuthorizationToken`; and, in a VPC, the deployer's creation of the
 * network service-linked role.
 * @internal
 */
export const harnessEnvironment: AgentCoreCapability<HarnessEnvironmentArgs> = {
    grant(args, context) {
        const mode = checkedNetworkMode(args.networkMode, NETWORK_MODES, context.subject);
        // AWS's page names runtimes, code interpreters and browsers; a harness runs in a runtime's environment.
        const deployer = networkDeployer(mode, context);
        const repository = optionalString(
            "containerRepository",
            args.containerRepository,
            ECR_REPOSITORY.exampleResource,
        );
        if (repository !== undefined) {
            return {
                identity: imageStatements(containerImage("containerRepository", repository, context)),
                keyPolicy: [],
                deployer,
            };
        }
        if (mode === "PUBLIC") {
            return { identity: imageStatements({ registry: "public" }), keyPolicy: [], deployer };
        }
        const { partition, region } = context.environment;
        return {
            identity: [
                statement({
                    Sid: "PullHarnessImage",
                    Effect: "Allow",
                    Action: [
                        "ecr:BatchCheckLayerAvailability",
                        "ecr:BatchGetImage",
                        "ecr:GetDownloadUrlForLayer",
                    ],
                    Resource: [`arn:${partition}:ecr:${region}:*:repository/harness-${region}`],
                }),
                ecrTokenStatement(),
            ],
            keyPolicy: [],
            deployer,
        };
    },
};
