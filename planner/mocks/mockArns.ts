// How the offline plan's mocks make what AWS would: ARNs in the stack's environment, ids stable per
// resource, and the ARNs of AgentCore's credential providers and their secrets.
import type * as pulumi from "@pulumi/pulumi";
import type { AwsEnvironment } from "../../components/iam/awsEnvironment";
import { shortHash } from "../../components/iam/names";

/** A resource's inputs or outputs. @internal */
export type Inputs = Record<string, unknown>;
/** The outputs AWS would give a resource of one type. @internal */
export type Outputs = (args: pulumi.runtime.MockResourceArgs, env: AwsEnvironment, name: string) => Inputs;

/** An ARN in the stack's environment; `global` leaves out the region, `noAccount` the account too. */
export function arn(env: AwsEnvironment, service: string, resource: string, scope = ""): string {
    const region = scope === "global" || scope === "noAccount" ? "" : env.region;
    const account = scope === "noAccount" ? "" : env.account;
    return `arn:${env.partition}:${service}:${region}:${account}:${resource}`;
}

/** An id as AWS makes them, stable per resource: `length` characters of upper-case hex. */
export const idOf = (args: pulumi.runtime.MockResourceArgs, length: number) =>
    shortHash(`${args.type}/${args.name}`).toUpperCase().padEnd(length, "0");

/** A credential provider of the token vault (`oauth2` or `apikey`). */
export const credentialProviderArn = (env: AwsEnvironment, kind: string, name: string) =>
    arn(env, "bedrock-agentcore", `token-vault/default/${kind}credentialprovider/${name}`);

/** The secret AgentCore keeps a credential provider's credentials in, with Secrets Manager's six characters. */
export const providerSecretArn = (
    args: pulumi.runtime.MockResourceArgs,
    env: AwsEnvironment,
    kind: string,
    name: string,
) =>
    arn(
        env,
        "secretsmanager",
        `secret:bedrock-agentcore-identity!default/${kind}/${name}-${idOf(args, 6).slice(0, 6)}`,
    );
